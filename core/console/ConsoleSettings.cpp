#include "ConsoleSettings.h"

#include "store/Dsn.h"

#include <QSettings>

namespace {

const QString dsnKey = QStringLiteral("store/dsn");
const QString readDsnKey = QStringLiteral("store/readDsn");
const QString languageKey = QStringLiteral("display/language");
const QString themeKey = QStringLiteral("display/theme");

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

QString language()
{
    return QSettings().value(languageKey).toString();
}

void setLanguage(const QString& language)
{
    QSettings().setValue(languageKey, language);
}

QString startupLanguage(const QString& fromCommandLine)
{
    return fromCommandLine.isEmpty() ? language() : fromCommandLine;
}

QString theme()
{
    return QSettings().value(themeKey, QStringLiteral("system")).toString();
}

void setTheme(const QString& theme)
{
    QSettings().setValue(themeKey, theme);
}

} // namespace ConsoleSettings
