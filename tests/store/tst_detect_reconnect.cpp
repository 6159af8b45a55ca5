#include "DetectScenario.h"
#include "PrivateCluster.h"
#include "TestStore.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"

#include <QTest>
#include <optional>
#include <signal.h>

using namespace Qt::StringLiterals;
using namespace DetectScenario;

// The store goes away under a running `payops detect` and comes back: the detector reconnects
// with backoff and carries on from where it was, no window lost or repeated. This test stops a
// store, so it runs a cluster of its own, not the fixture's.
class DetectReconnectTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // TestStore and the detector's embedded DSNs reach this cluster from now on.
        QVERIFY(m_cluster.create());
        m_store.emplace(u"detect_reconnect"_s);
    }

    void cleanup() { killLeftovers(this); }

    void cleanupTestCase() { m_store.reset(); }

    void carriesOnWhenTheStoreComesBack()
    {
        const QString engine = m_store->dsnAs(u"engine"_s);
        onlyRule(m_store->dsnAs(u"admin"_s), rule(u"[\"issuer\"]"_s));
        QProcess* detector = startDetect(engine, {u"--lease"_s, u"60"_s}, this);
        load(engine, events({Traffic()}, 0, 120));
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp(), 30'000);

        QVERIFY(m_cluster.stop());
        QTest::qWait(1500);
        QVERIFY(m_cluster.start());
        load(engine, events({Traffic()}, 120, 300));
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp(), 45'000);

        ::kill(pid_t(detector->processId()), SIGTERM);
        const Run run = finish(detector);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"detect: store reconnected"), qPrintable(run.err));
        QCOMPARE(figure(run.out, u"events"_s), 600);
        // Windows every 10 s up to the watermark (newest event 299.5 s - 10 s), each once.
        PgConnection db = PgConnection::open(m_store->ownerDsn());
        const PgResult windows = db.exec(
            u"SELECT count(*), count(DISTINCT window_end), min(window_end) = $1::timestamptz, "
            u"max(window_end) = $2::timestamptz FROM payops.sr_windows"_s,
            {at(10), at(280)});
        QCOMPARE(windows.toInt(0, 0), 28);
        QCOMPARE(windows.toInt(0, 1), 28);
        QCOMPARE(windows.text(0, 2), u"t"_s);
        QCOMPARE(windows.text(0, 3), u"t"_s);
    }

private:
    bool caughtUp()
    {
        try {
            PgConnection db = PgConnection::open(m_store->ownerDsn());
            return DetectScenario::caughtUp(db);
        } catch (const std::exception&) {
            return false;
        }
    }

    PrivateCluster m_cluster; // outlives m_store, whose database is in it
    std::optional<TestStore> m_store;
};

QTEST_GUILESS_MAIN(DetectReconnectTest)
#include "tst_detect_reconnect.moc"
