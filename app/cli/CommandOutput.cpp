#include "CommandOutput.h"

#include "metrics/EngineLog.h"

QTextStream& err()
{
    return EngineLog::stream();
}

int usageError(const char* command, const QString& message)
{
    err() << "payops " << command << ": " << message << " (see payops " << command << " --help)\n";
    return 2;
}
