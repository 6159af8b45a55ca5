#pragma once

#include <QString>

// What payops-console remembers between runs (QSettings of the application). A password is
// never written: only Dsn::withoutPassword() of a connection string reaches the settings.
namespace ConsoleSettings {

QString rememberedDsn();
void rememberDsn(const QString& conninfo);

// The store to open at start: fromCommandLine when given, then PAYOPS_DSN, then the
// remembered DSN, then the embedded store.
QString startupDsn(const QString& fromCommandLine);

// Where the console reads (a streaming replica of the store), remembered like the DSN.
QString rememberedReadDsn();
void rememberReadDsn(const QString& conninfo);
// The read store at start: readFromCommandLine (--read-dsn), then PAYOPS_READ_DSN, then the
// remembered one when the store itself is the remembered one; empty: read from the store.
QString startupReadDsn(const QString& dsnFromCommandLine, const QString& readFromCommandLine);

// The language chosen in Preferences ("fr", "pl", "ru", "en"; empty: the system's). It applies
// at the next start.
QString language();
void setLanguage(const QString& language);
// The language to start in: fromCommandLine (--lang) when given, then the chosen one.
QString startupLanguage(const QString& fromCommandLine);

// The colour theme chosen in Preferences: "system" (the default), "light" or "dark".
QString theme();
void setTheme(const QString& theme);

} // namespace ConsoleSettings
