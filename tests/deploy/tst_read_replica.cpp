// The console against a primary and its streaming replica (scripts/store replica, on loopback
// unix sockets): views read from the replica, operator actions land on the primary and reach
// the replica by replication.
#include "MuteListModel.h"
#include "MutesView.h"
#include "WallFixture.h"
#include "downtimes/MuteQuery.h"
#include "store/PgConnection.h"
#include "store/StoreClient.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// scripts/store on the store of var; its standard output, or a failed test's message.
QString store(const QString& var, const QStringList& arguments, bool* ok)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PAYOPS_VAR"_s, var);
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("PAYOPS_SOURCE_DIR") + u"/scripts/store"_s, arguments);
    *ok = process.waitForFinished(180'000) && process.exitStatus() == QProcess::NormalExit &&
          process.exitCode() == 0;
    if (!*ok)
        qWarning().noquote() << "scripts/store" << arguments.join(u' ') << "failed:"
                             << process.readAllStandardError();
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

bool inRecovery(StoreClient& client, const Query& query)
{
    const QueryResult result = WallFixture::run(client, query);
    return result.ok() && !result.rows.isEmpty() && result.rows.first().first().toBool();
}

} // namespace

class TestReadReplica : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_primary;
    QString m_replica;

    QString dsn(const QString& var, const QString& user)
    {
        bool ok = false;
        return store(var, {u"dsn"_s, user}, &ok);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_primary = m_dir.filePath(u"primary"_s);
        m_replica = m_dir.filePath(u"replica"_s);
        bool ok = false;
        store(m_primary, {u"start"_s, u"--fresh"_s, u"--fast"_s}, &ok);
        QVERIFY(ok);
        store(m_primary, {u"prepare"_s, u"--payops"_s, qEnvironmentVariable("PAYOPS_BIN")}, &ok);
        QVERIFY(ok);
        store(m_replica, {u"replica"_s, u"--from"_s, m_primary}, &ok);
        QVERIFY(ok);
    }

    void cleanupTestCase()
    {
        bool ok = false;
        store(m_replica, {u"stop"_s, u"--remove"_s}, &ok);
        store(m_primary, {u"stop"_s, u"--remove"_s}, &ok);
    }

    void readsGoToTheReplicaAndActionsToThePrimary()
    {
        StoreClient client;
        client.open(dsn(m_primary, u"operator"_s), dsn(m_replica, u"operator"_s));
        const Query recovery{u"SELECT pg_is_in_recovery()"_s, {}};
        QVERIFY(inRecovery(client, recovery));
        QVERIFY(!inRecovery(client, Query::action(recovery.sql, {})));
        QCOMPARE(client.state().role, u"operator"_s);
        QVERIFY(!client.state().readServer.isEmpty());
        QVERIFY(client.state().readServer != client.state().server);

        // Without a read store, everything is the primary's.
        StoreClient single;
        single.open(dsn(m_primary, u"operator"_s));
        QVERIFY(!inRecovery(single, recovery));
        QVERIFY(single.state().readServer.isEmpty());
    }

    // Replay on the replica paused: the console's mute goes to the primary (audited there), its
    // Mutes view, reading the replica, does not list it; replay resumed, the view lists it.
    void anOperatorActionLandsOnThePrimaryAndTheViewReadsTheReplica()
    {
        PgConnection primary = PgConnection::open(dsn(m_primary, u"payops"_s));
        PgConnection replica = PgConnection::open(dsn(m_replica, u"payops"_s));
        StoreClient client;
        client.open(dsn(m_primary, u"operator"_s), dsn(m_replica, u"operator"_s));
        MutesView view(&client);
        QAbstractItemModelTester tester(view.model());
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->hasData(), 20000);
        QCOMPARE(view.model()->rowCount(), 0);

        replica.exec(u"SELECT pg_wal_replay_pause()"_s);
        const QueryResult made = WallFixture::run(
            client, MuteQuery::create(QJsonObject{{u"method"_s, u"card"_s}}, {},
                                      QDateTime::currentDateTimeUtc().addSecs(3600),
                                      u"replica test"_s));
        QVERIFY2(made.ok(), qPrintable(made.error));
        const qint64 muteId = made.rows.first().first().toLongLong();
        const QString target = u"mute:%1"_s.arg(muteId);
        const QString audited =
            u"SELECT count(*) FROM payops.audit_log WHERE action = 'mute' AND target = $1"_s;
        QCOMPARE(primary.exec(audited, {target}).value(0, 0).toLongLong(), 1);
        QCOMPARE(replica.exec(audited, {target}).value(0, 0).toLongLong(), 0);
        view.refresh();
        QTest::qWait(500);
        QCOMPARE(view.model()->rowCount(), 0);

        replica.exec(u"SELECT pg_wal_replay_resume()"_s);
        QTRY_COMPARE_WITH_TIMEOUT(replica.exec(audited, {target}).value(0, 0).toLongLong(), 1,
                                  20000);
        view.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 1, 20000);
        QCOMPARE(view.model()->mute(0).id, muteId);
        QCOMPARE(view.model()->mute(0).author, u"operator"_s);
    }
};

QTEST_MAIN(TestReadReplica)
#include "tst_read_replica.moc"
