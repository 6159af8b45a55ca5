#include "ConsoleSettings.h"

#include "store/Dsn.h"

#include <QSettings>

namespace {

const QString dsnKey = QStringLiteral("store/dsn");
const QString readDsnKey = QStringLiteral("store/readDsn");

} // namespace

namespace ConsoleSettings {

QString rememberedDsn()
{
    return QSettings().value(dsnKey).toString();
}

void rememberDsn(const QString& conninfo)
{
    QSettings().setValue(dsnKey, Dsn::withoutPassword(conninfo));
}

QString startupDsn(const QString& fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    const QString fromEnvironment = qEnvironmentVariable("PAYOPS_DSN");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString remembered = rememberedDsn();
    return remembered.isEmpty() ? Dsn::embedded() : remembered;
}

QString rememberedReadDsn()
{
    return QSettings().value(readDsnKey).toString();
}

void rememberReadDsn(const QString& conninfo)
{
    QSettings().setValue(readDsnKey, Dsn::withoutPassword(conninfo));
}

QString startupReadDsn(const QString& dsnFromCommandLine, const QString& readFromCommandLine)
{
    if (!readFromCommandLine.isEmpty())
        return readFromCommandLine;
    const QString fromEnvironment = qEnvironmentVariable("PAYOPS_READ_DSN");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const bool rememberedStore =
        dsnFromCommandLine.isEmpty() && qEnvironmentVariable("PAYOPS_DSN").isEmpty();
    return rememberedStore && !rememberedDsn().isEmpty() ? rememberedReadDsn() : QString();
}

} // namespace ConsoleSettings
