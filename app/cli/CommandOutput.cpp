#include "CommandOutput.h"

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const char* command, const QString& message)
{
    err() << "payops " << command << ": " << message << " (see payops " << command << " --help)\n";
    return 2;
}
