#include "CommandOutput.h"
#include "Commands.h"
#include "schema/Migrator.h"
#include "store/Dsn.h"
#include "store/PgConnection.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {

const char* const help =
    "usage: payops migrate [--dsn DSN] [--status]\n\n"
    "Creates or upgrades the store's schema: applies the versioned migrations built into\n"
    "this program, each in its own transaction. Running it again changes nothing. A store\n"
    "whose schema is newer than this program, or whose applied migrations were edited, is\n"
    "refused and left as it is.\n\n"
    "Options:\n"
    "  --dsn DSN   libpq connection string of the store (default: PAYOPS_DSN, otherwise\n"
    "              the embedded store)\n"
    "  --status    print the store's schema version and this program's, change nothing\n"
    "  --help      this text\n\n"
    "Exit status: 0 up to date (or status printed), 1 refused or failed (reason on stderr),\n"
    "2 bad arguments.\n";

int printStatus(Migrator& migrator, const QString& dsn, QTextStream& out)
{
    const int store = migrator.storeVersion();
    const int latest = migrator.latestVersion();
    out << "store " << Dsn::describe(dsn) << ": schema version " << store << '\n'
        << "this payops: schema version " << latest << '\n';
    if (store == latest)
        out << "up to date\n";
    else if (store < latest)
        out << latest - store << " migration(s) pending: run payops migrate\n";
    else
        out << "the store is newer than this payops: upgrade payops\n";
    return 0;
}

} // namespace

int runMigrate(const QStringList& arguments)
{
    QTextStream out(stdout);
    QCommandLineParser parser;
    const QCommandLineOption dsnOption(QStringLiteral("dsn"), QString(), QStringLiteral("DSN"));
    const QCommandLineOption statusOption(QStringLiteral("status"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({dsnOption, statusOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("payops migrate")} + arguments)) {
        return usageError("migrate", parser.errorText());
    }
    if (parser.isSet(helpOption)) {
        out << help;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError("migrate",
                          u"unexpected argument '" % parser.positionalArguments().first() % u'\'');
    }
    const QString dsn = parser.isSet(dsnOption) ? parser.value(dsnOption) : Dsn::resolve();
    if (const auto invalid = Dsn::validate(dsn)) {
        return usageError("migrate", u"bad connection string: " % *invalid);
    }

    try {
        PgConnection connection = PgConnection::open(dsn);
        Migrator migrator(connection);
        if (parser.isSet(statusOption))
            return printStatus(migrator, dsn, out);
        const int applied = migrator.migrate([&](const Migrator::Migration& migration) {
            out << "applied " << migration.label() << '\n';
            out.flush();
        });
        if (applied == 0)
            out << "up to date at version " << migrator.latestVersion() << '\n';
        else
            out << "store " << Dsn::describe(dsn) << " now at version " << migrator.latestVersion()
                << '\n';
        return 0;
    } catch (const StoreError& error) {
        err() << "payops migrate: " << Dsn::describe(dsn) << ": " << error.message() << '\n';
        return 1;
    }
}
