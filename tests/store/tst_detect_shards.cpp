#include "DetectScenario.h"
#include "TestStore.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"

#include <QElapsedTimer>
#include <QTest>
#include <optional>
#include <signal.h>

using namespace Qt::StringLiterals;
using namespace DetectScenario;

// Two `payops detect` processes on one store: they share the 16 shards evenly, compute no
// cohort twice, and one takes over the other's shards once a kill -9 lets its leases run out.
class DetectShardsTest : public QObject
{
    Q_OBJECT

    static constexpr int lease = 3;
    static constexpr int merchants = 64;

    std::optional<TestStore> m_store;

    QString engine() const { return m_store->dsnAs(u"engine"_s); }
    PgConnection owner() const { return PgConnection::open(m_store->ownerDsn()); }
    qint64 count(const QString& sql, const QVariantList& params = {})
    {
        return owner().exec(sql, params).toInt(0, 0);
    }

    QProcess* start(const QString& name)
    {
        return startDetect(engine(), {u"--name"_s, name, u"--lease"_s, QString::number(lease)},
                           this);
    }

    // Shards held by each live owner, e.g. {"a": 8, "b": 8}.
    QMap<QString, qint64> holders()
    {
        const PgResult result = owner().exec(
            u"SELECT owner, count(*) FROM payops.detector_shards WHERE lease_until > now() "
            u"GROUP BY owner"_s);
        QMap<QString, qint64> map;
        for (int row = 0; row < result.rows(); ++row)
            map.insert(result.text(row, 0), result.toInt(row, 1));
        return map;
    }

    static std::vector<Traffic> traffic()
    {
        std::vector<Traffic> flows;
        for (int m = 0; m < merchants; ++m) {
            Traffic flow;
            flow.merchant = "m_" + std::to_string(m);
            flow.perSecond = 1;
            flows.push_back(flow);
        }
        return flows;
    }

    Run stop(QProcess* process)
    {
        ::kill(pid_t(process->processId()), SIGTERM);
        return finish(process);
    }

    // Every merchant has the same windows, one per 10 s from the first to the last.
    void checkWindowsComplete()
    {
        const PgResult perCohort = owner().exec(
            u"SELECT count(DISTINCT cohort_key), min(n), max(n), "
            u"extract(epoch FROM max(last) - min(first))::bigint / 10 + 1 FROM ("
            u"SELECT cohort_key, count(*) AS n, min(window_end) AS first, max(window_end) AS last "
            u"FROM payops.sr_windows GROUP BY cohort_key) AS c"_s);
        QCOMPARE(perCohort.toInt(0, 0), merchants);
        QCOMPARE(perCohort.toInt(0, 1), perCohort.toInt(0, 2));
        QCOMPARE(perCohort.toInt(0, 1), perCohort.toInt(0, 3));
    }

private slots:
    void initTestCase()
    {
        m_store.emplace(u"detect_shards"_s);
        onlyRule(m_store->dsnAs(u"admin"_s), rule(u"[\"merchant_id\"]"_s));
    }

    void shareTheShardsAndComputeNothingTwice()
    {
        QProcess* a = start(u"a"_s);
        QProcess* b = start(u"b"_s);
        const QMap<QString, qint64> even{{u"a"_s, 8}, {u"b"_s, 8}};
        QTRY_COMPARE_WITH_TIMEOUT(holders(), even, 5 * lease * 1000);

        load(engine(), events(traffic(), 0, 300), 500);
        PgConnection db = owner();
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp(db), 60'000);
        const Run stoppedA = stop(a);
        const Run stoppedB = stop(b);
        QVERIFY2(stoppedA.exitCode == 0, qPrintable(stoppedA.err));
        QVERIFY2(stoppedB.exitCode == 0, qPrintable(stoppedB.err));

        // Both computed, and the windows they wrote add up to the rows: none written twice.
        const qint64 windowsA = figure(stoppedA.out, u"windows"_s);
        const qint64 windowsB = figure(stoppedB.out, u"windows"_s);
        QVERIFY2(windowsA > 0 && windowsB > 0, qPrintable(stoppedA.out + stoppedB.out));
        QCOMPARE(windowsA + windowsB, count(u"SELECT count(*) FROM payops.sr_windows"_s));
        QCOMPARE(figure(stoppedA.out, u"events"_s), qint64(merchants) * 300);
        QCOMPARE(figure(stoppedB.out, u"events"_s), qint64(merchants) * 300);
        checkWindowsComplete();
        // Stopping hands the shards back at once.
        QCOMPARE(holders(), (QMap<QString, qint64>{}));
    }

    void takeOverADeadDetectorsShardsWithinTheLease()
    {
        QProcess* a = start(u"a"_s);
        QProcess* b = start(u"b"_s);
        const QMap<QString, qint64> even{{u"a"_s, 8}, {u"b"_s, 8}};
        QTRY_COMPARE_WITH_TIMEOUT(holders(), even, 5 * lease * 1000);

        ::kill(pid_t(a->processId()), SIGKILL);
        finish(a);
        QElapsedTimer sinceKill;
        sinceKill.start();
        const QMap<QString, qint64> all{{u"b"_s, 16}};
        QTRY_COMPARE_WITH_TIMEOUT(holders(), all, 5 * lease * 1000);
        // The lease runs out at most `lease` after the kill; b notices at its next renewal.
        qInfo("shards taken over %lld ms after the kill (lease %d s)", sinceKill.elapsed(), lease);
        QVERIFY(sinceKill.elapsed() < 2 * lease * 1000);

        load(engine(), events(traffic(), 300, 600), 500);
        PgConnection db = owner();
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp(db), 60'000);
        const Run stoppedB = stop(b);
        QVERIFY2(stoppedB.exitCode == 0, qPrintable(stoppedB.err));
        checkWindowsComplete();
        QVERIFY(
            count(u"SELECT count(*) FROM payops.sr_windows WHERE window_end > $1::timestamptz"_s,
                  {at(500)}) > 0);
    }

    void cleanup() { killLeftovers(this); }
    void cleanupTestCase() { m_store.reset(); }
};

QTEST_GUILESS_MAIN(DetectShardsTest)
#include "tst_detect_shards.moc"
