// The console against a primary and its streaming replica (scripts/store replica, on loopback
// unix sockets): views read from the replica, operator actions land on the primary and reach
// the replica by replication.
#include "MuteListModel.h"
#include "MutesView.h"
#include "RetryDialog.h"
#include "WallFixture.h"
#include "console/LiveQuery.h"
#include "downtimes/MuteQuery.h"
#include "store/PgConnection.h"
#include "store/StoreClient.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
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
        qWarning().noquote() << "scripts/store" << arguments.join(u' ')
                             << "failed:" << process.readAllStandardError();
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

bool inRecovery(StoreClient& client, const Query& query)
{
    const QueryResult result = WallFixture::run(client, query);
    return result.ok() && !result.rows.isEmpty() && result.rows.first().first().toBool();
}

qint64 mute(StoreClient& client, const QString& issuer)
{
    const QueryResult made =
        WallFixture::run(client, MuteQuery::create(QJsonObject{{u"issuer"_s, issuer}}, {},
                                                   QDateTime::currentDateTimeUtc().addSecs(3600),
                                                   u"replica test"_s));
    if (!made.ok() || made.rows.isEmpty()) {
        qWarning().noquote() << "mute failed:" << made.error;
        return 0;
    }
    return made.rows.first().first().toLongLong();
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
        // A read that decides an action (the bulk retry's count) asks the primary.
        QVERIFY(!inRecovery(client, Query::fresh(recovery.sql, {})));
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
    // Mutes view, woken by a notification and reading the replica, does not list it; once
    // replay resumes, the view lists it with no refresh asked: the read waited for the replica.
    void anOperatorActionLandsOnThePrimaryAndTheViewReadsTheReplica()
    {
        PgConnection primary = PgConnection::open(dsn(m_primary, u"payops"_s));
        PgConnection replica = PgConnection::open(dsn(m_replica, u"payops"_s));
        StoreClient client;
        client.open(dsn(m_primary, u"operator"_s), dsn(m_replica, u"operator"_s));
        MutesView view(&client);
        QAbstractItemModelTester tester(view.model());
        // Only a notification (or the client's catching up) may bring the row, not the timer.
        view.findChild<LiveQuery*>()->setInterval(std::chrono::hours(1));
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->hasData(), 20000);
        const int before = view.model()->rowCount();

        replica.exec(u"SELECT pg_wal_replay_pause()"_s);
        const qint64 muteId = mute(client, u"paused"_s);
        QVERIFY(muteId > 0);
        const QString target = u"mute:%1"_s.arg(muteId);
        const QString audited =
            u"SELECT count(*) FROM payops.audit_log WHERE action = 'mute' AND target = $1"_s;
        QCOMPARE(primary.exec(audited, {target}).value(0, 0).toLongLong(), 1);
        QCOMPARE(replica.exec(audited, {target}).value(0, 0).toLongLong(), 0);
        primary.exec(u"SELECT pg_notify('payops_detection', '')"_s);
        QTest::qWait(2000);
        QCOMPARE(view.model()->rowCount(), before);

        replica.exec(u"SELECT pg_wal_replay_resume()"_s);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), before + 1, 20000);
        QCOMPARE(replica.exec(audited, {target}).value(0, 0).toLongLong(), 1);
        QCOMPARE(view.model()->mute(0).id, muteId);
        QCOMPARE(view.model()->mute(0).author, u"operator"_s);
    }

    // The console LISTENs on the primary: a replica delivers no NOTIFY.
    void notificationsComeFromThePrimary()
    {
        PgConnection primary = PgConnection::open(dsn(m_primary, u"payops"_s));
        StoreClient client;
        client.open(dsn(m_primary, u"viewer"_s), dsn(m_replica, u"viewer"_s));
        QSignalSpy spy(&client, &StoreClient::notified);
        client.listen(u"payops_rules"_s);
        // Queued after the LISTEN on the same connection: answered once it is in place.
        QVERIFY(WallFixture::run(client, Query::action(u"SELECT 1"_s, {})).ok());
        primary.exec(u"SELECT pg_notify('payops_rules', 'rule 7')"_s);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        QCOMPARE(spy.first().at(0).toString(), u"payops_rules"_s);
        QCOMPARE(spy.first().at(1).toString(), u"rule 7"_s);
    }

    // The replica stopped: the status names it, the operator can still end a mute from the
    // view (it lands on the primary); the replica back, the view reads it again by itself.
    void aDownReplicaLeavesActionsToThePrimary()
    {
        PgConnection primary = PgConnection::open(dsn(m_primary, u"payops"_s));
        StoreClient client;
        client.setRefusalRetry(std::chrono::seconds(1));
        client.open(dsn(m_primary, u"operator"_s), dsn(m_replica, u"operator"_s));
        const qint64 muteId = mute(client, u"down replica"_s);
        QVERIFY(muteId > 0);
        MutesView view(&client);
        auto* table = view.findChild<QTableView*>(u"mutesTable"_s);
        auto* end = view.findChild<QPushButton*>(u"endMuteButton"_s);
        QVERIFY(table && end);
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOf(muteId) >= 0, 20000);
        table->selectRow(view.model()->rowOf(muteId));
        QVERIFY(end->isEnabled());

        bool ok = false;
        store(m_replica, {u"stop"_s}, &ok);
        QVERIFY(ok);
        QTRY_VERIFY_WITH_TIMEOUT(client.state().readStoreDown, 20000);
        QVERIFY(client.state().kind != ConnectionState::Connected);
        QVERIFY(client.canAct());
        QVERIFY(!end->isHidden());
        QVERIFY(end->isEnabled());

        end->click();
        auto* dialog = view.findChild<RetryDialog*>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(u"retryReason"_s)->setText(u"replica down"_s);
        dialog->accept();
        auto* message = view.findChild<QLabel*>(u"mutesMessage"_s);
        QTRY_COMPARE_WITH_TIMEOUT(message->text(), u"Mute %1 ended."_s.arg(muteId), 20000);
        QCOMPARE(primary
                     .exec(u"SELECT count(*) FROM payops.audit_log WHERE action = 'end_mute'"
                           " AND target = $1"_s,
                           {u"mute:%1"_s.arg(muteId)})
                     .value(0, 0)
                     .toLongLong(),
                 1);

        store(m_replica, {u"start"_s}, &ok);
        QVERIFY(ok);
        client.retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(client.state().kind, ConnectionState::Connected, 30000);
        QVERIFY(!client.state().readStoreDown);
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOf(muteId) >= 0 &&
                                     !view.model()->mute(view.model()->rowOf(muteId)).canEnd(),
                                 20000);
    }
};

QTEST_MAIN(TestReadReplica)
#include "tst_read_replica.moc"
