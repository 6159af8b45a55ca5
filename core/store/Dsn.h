#pragma once

#include <QString>
#include <optional>

// libpq connection strings: where the store is, and how to show or remember one safely.
namespace Dsn {

// PAYOPS_DSN when set, otherwise the embedded store of this checkout.
QString resolve();

// The embedded store: a private cluster under PAYOPS_VAR (default: the checkout's var/),
// reached on the unix socket whose directory scripts/store records in var/pg.socketdir.
QString embedded(const QString& user = QStringLiteral("payops"),
                 const QString& database = QStringLiteral("payops"));
QString varDir();

// An error message when libpq cannot parse the string (key=value or URI form), without the
// password the string holds (libpq quotes the bad part of a URI, password and all).
std::optional<QString> validate(const QString& conninfo);

// message (libpq's, about conninfo) with conninfo's password masked: everywhere when it has 4
// characters or more, otherwise where libpq quoted it.
QString maskPassword(const QString& message, const QString& conninfo);

// The same connection without its password, in key=value form: safe to store and show.
QString withoutPassword(const QString& conninfo);

// conninfo (in key=value form) with this password; conninfo unchanged when password is empty.
QString withPassword(const QString& conninfo, const QString& password);

// The value of one keyword of conninfo (e.g. "options"), empty when it is not set.
QString value(const QString& conninfo, const QString& keyword);

// "user@host:port/dbname", for status bars and logs.
QString describe(const QString& conninfo);

} // namespace Dsn
