#include "webhooks/EndpointHealth.h"
#include "webhooks/RetrySchedule.h"

#include <QTest>

using namespace std::chrono_literals;

class TestEndpointHealth : public QObject
{
    Q_OBJECT
    const QDateTime t0 = QDateTime(QDate(2026, 11, 25), QTime(12, 0, 0), Qt::UTC);

private slots:
    void healthyEndpointIsNotStretched()
    {
        EndpointHealth health;
        QCOMPARE(health.stretch(), 1.0);
        for (int i = 0; i < 30; ++i)
            health.record(true, 50ms, t0);
        QCOMPARE(health.stretch(), 1.0);
        QCOMPARE(health.failureRate(), 0.0);
    }
    void failuresStretchMoreThanSuccesses()
    {
        EndpointHealth half, all;
        for (int i = 0; i < 20; ++i) {
            half.record(i % 2 == 0, 50ms, t0);
            all.record(false, 50ms, t0);
        }
        QCOMPARE(half.failureRate(), 0.5);
        QCOMPARE(half.stretch(), 2.0);
        QCOMPARE(all.stretch(), 3.0);
    }
    void slownessStretchesUpToTheCap()
    {
        EndpointHealth slow;
        for (int i = 0; i < 20; ++i)
            slow.record(true, 4000ms, t0);
        QCOMPARE(slow.averageLatency().count(), 4000);
        QCOMPARE(slow.stretch(), 2.0);
        EndpointHealth worst;
        for (int i = 0; i < 20; ++i)
            worst.record(false, 30000ms, t0);
        QCOMPARE(worst.stretch(), RetrySchedule::maxStretch);
    }
    void onlyTheRecentWindowCounts()
    {
        EndpointHealth health;
        for (int i = 0; i < 20; ++i)
            health.record(false, 50ms, t0);
        for (int i = 0; i < EndpointHealth::window; ++i)
            health.record(true, 50ms, t0);
        QCOMPARE(health.failureRate(), 0.0);
    }
    void failingSinceTheFirstFailureUntilASuccess()
    {
        EndpointHealth health;
        health.record(false, 10ms, t0);
        health.record(false, 10ms, t0.addSecs(60));
        QCOMPARE(health.failingSince(), t0);
        QCOMPARE(health.consecutiveFailures(), 2);
        health.record(true, 10ms, t0.addSecs(120));
        QVERIFY(!health.failingSince().isValid());
        QCOMPARE(health.consecutiveFailures(), 0);
    }
    void disabledAfterFiveDays()
    {
        QVERIFY(!EndpointHealth::shouldDisable(t0, t0.addDays(5).addSecs(-1)));
        QVERIFY(EndpointHealth::shouldDisable(t0, t0.addDays(5)));
        QVERIFY(!EndpointHealth::shouldDisable(QDateTime(), t0.addDays(50)));
        EndpointHealth restored;
        restored.restore(12, t0);
        restored.record(false, 10ms, t0.addDays(3));
        QCOMPARE(restored.failingSince(), t0);
        QCOMPARE(restored.consecutiveFailures(), 13);
    }
};

QTEST_APPLESS_MAIN(TestEndpointHealth)
#include "tst_endpoint_health.moc"
