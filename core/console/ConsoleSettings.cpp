#include "ConsoleSettings.h"

#include "store/Dsn.h"

#include <QSettings>

namespace {

const QString dsnKey = QStringLiteral("store/dsn");

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

} // namespace ConsoleSettings
