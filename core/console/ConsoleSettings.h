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

} // namespace ConsoleSettings
