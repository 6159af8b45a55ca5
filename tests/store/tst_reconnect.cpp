#include "PrivateCluster.h"
#include "store/Dsn.h"
#include "store/PgConnection.h"
#include "store/StoreClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

// The store goes away under a connected client and comes back: the client says so, keeps the
// caller's thread free, and picks up again by itself, LISTEN included. This test stops a
// store, so it runs a cluster of its own, not the fixture's.
class TestReconnect : public QObject
{
    Q_OBJECT
private slots:
    // Dsn::embedded() of this process reaches this cluster from now on, not the fixture's.
    void initTestCase() { QVERIFY(m_cluster.create()); }

    void reconnectsWhenTheStoreComesBack()
    {
        StoreClient client;
        int reconnecting = 0;
        bool retryAtInFuture = true;
        connect(&client, &StoreClient::stateChanged, this, [&](const ConnectionState& state) {
            if (state.kind != ConnectionState::Reconnecting)
                return;
            ++reconnecting;
            retryAtInFuture = retryAtInFuture && state.retryAt > QDateTime::currentDateTimeUtc();
        });
        QSignalSpy notified(&client, &StoreClient::notified);
        client.open(Dsn::embedded(u"admin"_s));
        QTRY_COMPARE_WITH_TIMEOUT(client.state().kind, ConnectionState::Connected, 20'000);
        QCOMPARE(client.state().role, u"admin"_s);
        client.listen(u"reconnect_events"_s);
        QVERIFY(answer(client, u"SELECT 1"_s).ok());

        // The caller's event loop must keep turning through everything that follows.
        QTimer heartbeat;
        QElapsedTimer sinceBeat;
        qint64 longestGap = 0;
        int beats = 0;
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            longestGap = qMax(longestGap, sinceBeat.restart());
            ++beats;
        });
        sinceBeat.start();
        heartbeat.start(50);

        std::optional<QueryResult> running;
        client.run({u"SELECT pg_sleep(30)"_s, {}}, this,
                   [&running](const QueryResult& result) { running = result; });
        QVERIFY(m_cluster.stop());
        QTRY_VERIFY(running);
        QVERIFY(running->connectionLost);
        QTRY_COMPARE_WITH_TIMEOUT(client.state().kind, ConnectionState::Reconnecting, 10'000);
        QVERIFY(!client.state().reason.isEmpty());
        QVERIFY(retryAtInFuture);

        const QueryResult whileDown = answer(client, u"SELECT 1"_s);
        QVERIFY(whileDown.connectionLost);
        QVERIFY(!whileDown.ok());
        // It keeps trying, each time with a new time for the next attempt.
        QTRY_VERIFY_WITH_TIMEOUT(reconnecting >= 3, 20'000);
        QVERIFY(retryAtInFuture);
        QCOMPARE(client.state().kind, ConnectionState::Reconnecting);

        QVERIFY(m_cluster.start());
        QTRY_COMPARE_WITH_TIMEOUT(client.state().kind, ConnectionState::Connected, 45'000);
        QCOMPARE(client.state().user, u"admin"_s);
        QCOMPARE(client.state().role, u"admin"_s);
        const QueryResult afterRestart = answer(client, u"SELECT 40 + 2"_s);
        QVERIFY2(afterRestart.ok(), qPrintable(afterRestart.error));
        QCOMPARE(afterRestart.rows[0][0].toLongLong(), 42);

        PgConnection other = PgConnection::open(Dsn::embedded(u"payops"_s));
        other.exec(u"SELECT pg_notify($1, $2)"_s, {u"reconnect_events"_s, u"after restart"_s});
        QTRY_COMPARE(notified.size(), 1);
        QCOMPARE(notified[0][1].toString(), u"after restart"_s);

        heartbeat.stop();
        QVERIFY(beats > 20);
        QVERIFY2(longestGap < 2'000, qPrintable(u"event loop stalled for %1 ms"_s.arg(longestGap)));
    }

private:
    // Runs one query and waits, turning the event loop, for its answer.
    QueryResult answer(StoreClient& client, const QString& sql)
    {
        // Shared: an answer that comes after we gave up must not write into a dead frame.
        auto result = std::make_shared<std::optional<QueryResult>>();
        client.run({sql, {}}, this, [result](const QueryResult& r) { *result = r; });
        if (!QTest::qWaitFor([&] { return result->has_value(); }, 20'000))
            return QueryResult{{}, {}, 0, u"no answer within 20 s"_s, {}, false};
        return **result;
    }

    PrivateCluster m_cluster;
};

QTEST_GUILESS_MAIN(TestReconnect)
#include "tst_reconnect.moc"
