#include "PayopsRun.h"

#include <QProcess>

PayopsRun PayopsRun::of(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(qEnvironmentVariable("PAYOPS_BIN"), arguments);
    PayopsRun ran;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return ran;
    }
    ran.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    ran.out = process.readAllStandardOutput();
    ran.err = process.readAllStandardError();
    return ran;
}
