#include "TestStore.h"
#include "store/PgConnection.h"
#include "store/StoreClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Collects one query's answer and where it was delivered.
struct Answer
{
    std::optional<QueryResult> result;
    QThread* thread = nullptr;

    StoreClient::Callback callback()
    {
        return [this](const QueryResult& r) {
            result = r;
            thread = QThread::currentThread();
        };
    }
};

} // namespace

// The GUI's way to the store: queries on a worker thread, answers on the caller's thread.
class TestStoreClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_store.emplace(u"store_client"_s, false); }
    void cleanupTestCase() { m_store.reset(); }

    void connectsAndTellsUserAndRole_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("role");
        QTest::newRow("superuser") << u"payops"_s << u"admin"_s;
        QTest::newRow("admin") << u"admin"_s << u"admin"_s;
        QTest::newRow("operator") << u"operator"_s << u"operator"_s;
        QTest::newRow("viewer") << u"viewer"_s << u"viewer"_s;
        QTest::newRow("engine") << u"engine"_s << u"engine"_s;
    }
    void connectsAndTellsUserAndRole()
    {
        QFETCH(QString, login);
        QFETCH(QString, role);
        StoreClient client;
        QSignalSpy states(&client, &StoreClient::stateChanged);
        client.open(m_store->dsnAs(login));
        QTRY_COMPARE(client.state().kind, ConnectionState::Connected);
        QCOMPARE(client.state().user, login);
        QCOMPARE(client.state().role, role);
        QCOMPARE(client.state().server, login + u'@' + socketDir() + u'/' + m_store->database());
        QVERIFY(states.size() >= 2);
        QCOMPARE(states.first().first().value<ConnectionState>().kind, ConnectionState::Connecting);
        QCOMPARE(states.last().first().value<ConnectionState>(), client.state());
    }

    void queryReturnsTypedRowsOnTheCallingThread()
    {
        StoreClient client;
        client.open(m_store->ownerDsn());
        Answer answer;
        client.run({u"SELECT $1::int + 1 AS n, $2::text AS s, now() AS t, NULL::text AS z "
                    "FROM generate_series(1, 3)"_s,
                    {41, u"żółć"_s}},
                   this, answer.callback());
        QTRY_VERIFY(answer.result);
        QCOMPARE(answer.thread, QThread::currentThread());
        const QueryResult& result = *answer.result;
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.columns, (QStringList{u"n"_s, u"s"_s, u"t"_s, u"z"_s}));
        QCOMPARE(result.rows.size(), 3);
        QCOMPARE(result.column(u"s"_s), 1);
        QCOMPARE(result.rows[0][0].typeId(), QMetaType::LongLong);
        QCOMPARE(result.rows[0][0].toLongLong(), 42);
        QCOMPARE(result.rows[2][1].toString(), u"żółć"_s);
        QCOMPARE(result.rows[0][2].typeId(), QMetaType::QDateTime);
        QVERIFY(qAbs(result.rows[0][2].toDateTime().secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QVERIFY(result.rows[0][3].isNull());
    }
    void affectedRowsAreCounted()
    {
        StoreClient client;
        client.open(m_store->ownerDsn());
        Answer created, inserted;
        client.run({u"CREATE TABLE IF NOT EXISTS counted (n int)"_s, {}}, this, created.callback());
        client.run({u"INSERT INTO counted SELECT generate_series(1, $1::int)"_s, {5}}, this,
                   inserted.callback());
        QTRY_VERIFY(inserted.result);
        QVERIFY(created.result);
        QVERIFY2(created.result->ok(), qPrintable(created.result->error));
        QCOMPARE(inserted.result->affected, 5);
        QVERIFY(inserted.result->rows.isEmpty());
    }

    void sqlErrorComesBackAndTheSessionStays()
    {
        StoreClient client;
        client.open(m_store->ownerDsn());
        QTRY_COMPARE(client.state().kind, ConnectionState::Connected);
        QSignalSpy states(&client, &StoreClient::stateChanged);
        Answer failed, next;
        client.run({u"SELECT 1 / $1::int"_s, {0}}, this, failed.callback());
        client.run({u"SELECT 7"_s, {}}, this, next.callback());
        QTRY_VERIFY(next.result);
        QVERIFY(failed.result);
        QVERIFY(!failed.result->ok());
        QCOMPARE(failed.result->sqlState, u"22012"_s);
        QCOMPARE(failed.result->error, u"division by zero"_s);
        QVERIFY(!failed.result->connectionLost);
        QVERIFY2(next.result->ok(), qPrintable(next.result->error));
        QCOMPARE(next.result->rows[0][0].toLongLong(), 7);
        QCOMPARE(client.state().kind, ConnectionState::Connected);
        QCOMPARE(states.size(), 0);
    }
    void deadContextIsNotCalled()
    {
        StoreClient client;
        client.open(m_store->ownerDsn());
        auto context = std::make_unique<QObject>();
        bool called = false;
        client.run({u"SELECT pg_sleep(0.2)"_s, {}}, context.get(),
                   [&called](const QueryResult&) { called = true; });
        context.reset();
        Answer after;
        client.run({u"SELECT 1"_s, {}}, this, after.callback());
        QTRY_VERIFY(after.result); // jobs answer in order: the first one's answer came and went
        QVERIFY(!called);
    }
    void jobsAreNumbered()
    {
        StoreClient client;
        const quint64 first = client.run({u"SELECT 1"_s, {}}, this, [](const QueryResult&) {});
        const quint64 second = client.run({u"SELECT 1"_s, {}}, this, [](const QueryResult&) {});
        QVERIFY(second > first);
    }
    void notConnectedAnswersAtOnce()
    {
        StoreClient client;
        Answer answer;
        client.run({u"SELECT 1"_s, {}}, this, answer.callback());
        QTRY_VERIFY(answer.result);
        QVERIFY(answer.result->connectionLost);
        QVERIFY(!answer.result->ok());
        QCOMPARE(client.state().kind, ConnectionState::Disconnected);
    }

    void notifyArrives()
    {
        StoreClient client;
        client.open(m_store->ownerDsn());
        QSignalSpy notified(&client, &StoreClient::notified);
        client.listen(u"store_client_events"_s);
        Answer ready; // answered after the LISTEN ran: jobs and LISTEN share one queue
        client.run({u"SELECT 1"_s, {}}, this, ready.callback());
        QTRY_VERIFY(ready.result);
        QVERIFY(ready.result->ok());

        PgConnection other = PgConnection::open(m_store->ownerDsn());
        other.exec(u"SELECT pg_notify($1, $2)"_s, {u"store_client_events"_s, u"ingested:3"_s});
        QTRY_COMPARE(notified.size(), 1);
        QCOMPARE(notified[0][0].toString(), u"store_client_events"_s);
        QCOMPARE(notified[0][1].toString(), u"ingested:3"_s);

        // One committed in the middle of a query's run arrives too.
        Answer slow;
        client.run({u"SELECT pg_sleep(0.3)"_s, {}}, this, slow.callback());
        QTest::qWait(100);
        other.exec(u"NOTIFY store_client_events, 'during'"_s);
        QTRY_VERIFY(slow.result);
        QTRY_COMPARE(notified.size(), 2);
        QCOMPARE(notified[1][1].toString(), u"during"_s);
    }

    void refusedRole()
    {
        StoreClient client;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        client.open(m_store->dsnAs(u"no_such_login"_s));
        QTRY_COMPARE(client.state().kind, ConnectionState::Refused);
        QVERIFY2(client.state().reason.contains(u"\"no_such_login\""),
                 qPrintable(client.state().reason));
        QVERIFY(client.state().retryAt > before.addSecs(10));
        QVERIFY(client.state().user.isEmpty());
        Answer answer;
        client.run({u"SELECT 1"_s, {}}, this, answer.callback());
        QTRY_VERIFY(answer.result);
        QVERIFY(answer.result->connectionLost);
    }
    void refusedDatabase()
    {
        StoreClient client;
        client.open(m_store->ownerDsn().replace(m_store->database(), u"t_no_such_database"_s));
        QTRY_COMPARE(client.state().kind, ConnectionState::Refused);
        QVERIFY2(client.state().reason.contains(u"t_no_such_database"),
                 qPrintable(client.state().reason));
    }
    void passwordNeverShows()
    {
        StoreClient client;
        QSignalSpy states(&client, &StoreClient::stateChanged);
        client.open(m_store->dsnAs(u"no_such_login"_s) + u" password=s3cr3t-Pw"_s);
        QTRY_COMPARE(client.state().kind, ConnectionState::Refused);
        for (const QList<QVariant>& change : std::as_const(states)) {
            const auto state = change.first().value<ConnectionState>();
            QVERIFY(!state.server.contains(u"s3cr3t"));
            QVERIFY(!state.reason.contains(u"s3cr3t"));
        }
    }

    void destroyingCancelsTheRunningQuery()
    {
        PgConnection watcher = PgConnection::open(m_store->ownerDsn());
        const QString sleeping = u"SELECT count(*) FROM pg_stat_activity "
                                 "WHERE datname = $1 AND query LIKE '%pg_sleep(60)%' "
                                 "AND pid <> pg_backend_pid()"_s;
        QElapsedTimer elapsed;
        {
            StoreClient client;
            client.open(m_store->ownerDsn());
            bool answered = false;
            client.run({u"SELECT pg_sleep(60)"_s, {}}, this,
                       [&answered](const QueryResult&) { answered = true; });
            QTRY_COMPARE(watcher.exec(sleeping, {m_store->database()}).toInt(0, 0), 1);
            elapsed.start();
            // The client dies with its query running: the query is cancelled, not awaited.
        }
        QVERIFY(elapsed.elapsed() < 30'000);
        QTRY_COMPARE(watcher.exec(sleeping, {m_store->database()}).toInt(0, 0), 0);
    }

private:
    QString socketDir() const
    {
        const QString dsn = m_store->ownerDsn();
        const qsizetype from = dsn.indexOf(u"host=") + 5;
        return dsn.mid(from, dsn.indexOf(u' ', from) - from);
    }

    std::optional<TestStore> m_store;
};

QTEST_GUILESS_MAIN(TestStoreClient)
#include "tst_store_client.moc"
