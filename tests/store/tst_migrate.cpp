#include "TestStore.h"
#include "schema/Migrator.h"
#include "store/PgConnection.h"
#include "store/StoreError.h"

#include <QProcess>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Every table design.md names, and the migrations' bookkeeping.
const QStringList designTables = {
    u"payment_events"_s,     u"payment_event_ids"_s, u"ingest_quarantine"_s,
    u"endpoints"_s,          u"endpoint_secrets"_s,  u"webhook_events"_s,
    u"deliveries"_s,         u"attempts"_s,          u"rules"_s,
    u"sr_windows"_s,         u"downtimes"_s,         u"mutes"_s,
    u"cashback_campaigns"_s, u"cashbacks"_s,         u"ledger_entries"_s,
    u"balances"_s,           u"audit_log"_s,         u"schema_migrations"_s};

QStringList column(const PgResult& result, int c = 0)
{
    QStringList values;
    for (int row = 0; row < result.rows(); ++row)
        values.append(result.text(row, c));
    return values;
}

// What a migration could change: relations, columns, constraints, functions, grants, and the
// migration records themselves.
QStringList catalogSnapshot(PgConnection& db)
{
    QStringList lines;
    lines += column(
        db.exec(u"SELECT c.relname || ' ' || c.relkind::text || ' ' || coalesce(c.relacl::text, '')"
                " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = 'payops' ORDER BY 1"_s));
    lines += column(db.exec(u"SELECT table_name || '.' || column_name || ' ' || data_type"
                            " FROM information_schema.columns WHERE table_schema = 'payops'"
                            " ORDER BY 1"_s));
    lines += column(db.exec(u"SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
                            " WHERE connamespace = 'payops'::regnamespace ORDER BY 1"_s));
    lines += column(db.exec(u"SELECT p.oid::regprocedure::text || ' ' || md5(p.prosrc) || ' '"
                            " || coalesce(p.proacl::text, '') FROM pg_proc p"
                            " WHERE p.pronamespace = 'payops'::regnamespace ORDER BY 1"_s));
    lines += column(db.exec(u"SELECT version || ' ' || name || ' ' || checksum || ' ' || applied_at"
                            " FROM payops.schema_migrations ORDER BY version"_s));
    return lines;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runPayops(const QString& dsn, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PAYOPS_DSN"_s, dsn);
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("PAYOPS_BIN"), QStringList{u"migrate"_s} + arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestMigrate : public QObject
{
    Q_OBJECT
private slots:
    void bundledMigrationsAreNumberedInOrder()
    {
        const auto migrations = Migrator::bundled();
        QVERIFY(migrations.size() >= 3);
        for (qsizetype i = 0; i < migrations.size(); ++i)
            QCOMPARE(migrations[i].version, int(i + 1));
        QCOMPARE(migrations.first().name, u"schema"_s);
        QVERIFY(migrations.first().sql.contains(u"CREATE TABLE payops.payment_events"));
    }

    void freshStoreGetsEveryVersionThenNothing()
    {
        TestStore store(u"migrate"_s, false);
        PgConnection db = PgConnection::open(store.ownerDsn());
        Migrator migrator(db);
        QCOMPARE(migrator.storeVersion(), 0);

        QList<int> applied;
        const int count = migrator.migrate([&](const auto& m) { applied.append(m.version); });
        QCOMPARE(count, int(Migrator::bundled().size()));
        QCOMPARE(applied.size(), count);
        QCOMPARE(applied.last(), migrator.latestVersion());
        QCOMPARE(migrator.storeVersion(), migrator.latestVersion());

        const QStringList tables = column(db.exec(
            u"SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = 'payops' AND c.relkind IN ('r', 'p') AND NOT c.relispartition"_s));
        for (const QString& table : designTables)
            QVERIFY2(tables.contains(table), qPrintable(u"missing table payops."_s + table));

        const PgResult partitioned = db.exec(
            u"SELECT c.relname, pg_get_partkeydef(c.oid) FROM pg_class c"
            " WHERE c.relnamespace = 'payops'::regnamespace AND c.relkind = 'p' ORDER BY 1"_s);
        QCOMPARE(column(partitioned), (QStringList{u"attempts"_s, u"payment_events"_s}));
        QCOMPARE(partitioned.text(0, 1), u"RANGE (started_at)"_s);
        QCOMPARE(partitioned.text(1, 1), u"RANGE (occurred_at)"_s);
        // The current month takes events right away.
        QCOMPARE(db.exec(u"SELECT to_regclass('payops.payment_events_' || to_char(now() AT TIME"
                         " ZONE 'UTC', 'YYYY_MM')) IS NOT NULL"_s)
                     .value(0, 0),
                 QVariant(true));

        const QStringList before = catalogSnapshot(db);
        QVERIFY(before.size() > 100);
        QCOMPARE(Migrator(db).migrate(), 0);
        QCOMPARE(catalogSnapshot(db), before);
    }

    void newerStoreIsRefused()
    {
        TestStore store(u"migrate_newer"_s);
        PgConnection db = PgConnection::open(store.ownerDsn());
        Migrator migrator(db);
        const int future = migrator.latestVersion() + 1;
        db.exec(u"INSERT INTO payops.schema_migrations (version, name, checksum)"
                " VALUES ($1, 'from_the_future', 'x')"_s,
                {future});
        const QStringList before = catalogSnapshot(db);
        try {
            migrator.migrate();
            QFAIL("a store newer than the binary was migrated");
        } catch (const StoreError& error) {
            QCOMPARE(error.message(),
                     u"the store's schema is at version %1 but this payops knows only up to %2:"
                     " upgrade payops before using this store"_s.arg(future)
                         .arg(migrator.latestVersion()));
        }
        QCOMPARE(catalogSnapshot(db), before);
    }

    void editedMigrationIsRefused()
    {
        TestStore store(u"migrate_edited"_s);
        PgConnection db = PgConnection::open(store.ownerDsn());
        auto migrations = Migrator::bundled();
        migrations[1].sql += u"\nGRANT SELECT ON payops.endpoint_secrets TO payops_viewer;\n"_s;
        try {
            Migrator(db, migrations).migrate();
            QFAIL("an edited migration was accepted");
        } catch (const StoreError& error) {
            QVERIFY2(
                error.message().contains(u"migration 002_roles was changed after it was applied"),
                qPrintable(error.message()));
        }
        QCOMPARE(db.exec(u"SELECT has_table_privilege('payops_viewer', 'payops.endpoint_secrets',"
                         " 'SELECT')"_s)
                     .value(0, 0),
                 QVariant(false));
    }

    void failedMigrationLeavesNothingBehind()
    {
        TestStore store(u"migrate_failed"_s);
        PgConnection db = PgConnection::open(store.ownerDsn());
        auto migrations = Migrator::bundled();
        const int broken = migrations.last().version + 1;
        migrations.append({broken, u"broken"_s,
                           u"CREATE TABLE payops.half_done (id int);\n"
                           "SELECT 1 / 0;\n"_s});
        try {
            Migrator(db, migrations).migrate();
            QFAIL("a failing migration succeeded");
        } catch (const StoreError& error) {
            QVERIFY2(
                error.message().startsWith(u"migration %1_broken failed: division by zero"_s.arg(
                    broken, 3, 10, QLatin1Char('0'))),
                qPrintable(error.message()));
        }
        QCOMPARE(db.exec(u"SELECT to_regclass('payops.half_done') IS NULL"_s).value(0, 0),
                 QVariant(true));
        QCOMPARE(Migrator(db).storeVersion(), broken - 1);
    }

    void theProgramMigratesTwiceAndRefusesNewer()
    {
        TestStore store(u"migrate_cli"_s, false);
        const int latest = Migrator::bundled().last().version;

        const Run first = runPayops(store.ownerDsn(), {});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(u"applied 001_schema\n"), qPrintable(first.out));
        QVERIFY2(first.out.contains(u"applied 005_admin_actions\n"), qPrintable(first.out));

        const Run second = runPayops(store.ownerDsn(), {});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(second.out, u"up to date at version %1\n"_s.arg(latest));
        QCOMPARE(second.err, QString());

        const Run status = runPayops(store.ownerDsn(), {u"--status"_s});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(u"schema version %1\n"_s.arg(latest)), qPrintable(status.out));
        QVERIFY(status.out.contains(u"up to date"));

        PgConnection db = PgConnection::open(store.ownerDsn());
        db.exec(u"INSERT INTO payops.schema_migrations (version, name, checksum)"
                " VALUES ($1, 'from_the_future', 'x')"_s,
                {latest + 5});
        const Run refused = runPayops(store.ownerDsn(), {});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(
                     u"the store's schema is at version %1 but this payops knows"
                     " only up to %2: upgrade payops before using this store"_s.arg(latest + 5)
                         .arg(latest)),
                 qPrintable(refused.err));
        QCOMPARE(refused.out, QString());
    }

    void theProgramNeverPrintsThePassword()
    {
        const Run run = runPayops(u"host=/nonexistent-socket-dir user=nobody password=s3cr3t-pw"
                                  " dbname=payops connect_timeout=2"_s,
                                  {});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
        QVERIFY2(!run.err.contains(u"s3cr3t-pw") && !run.out.contains(u"s3cr3t-pw"),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestMigrate)
#include "tst_migrate.moc"
