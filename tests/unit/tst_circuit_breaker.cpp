#include "webhooks/CircuitBreaker.h"

#include <QTest>

using namespace std::chrono_literals;
using State = CircuitBreaker::State;

class TestCircuitBreaker : public QObject
{
    Q_OBJECT
    const QDateTime t0 = QDateTime(QDate(2026, 11, 25), QTime(12, 0, 0), Qt::UTC);

private slots:
    void opensAfterThresholdFailures()
    {
        CircuitBreaker breaker(3, 30s);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(breaker.tryAcquire(t0));
            breaker.onFailure(t0);
        }
        QCOMPARE(breaker.state(), State::Closed);
        breaker.onFailure(t0);
        QCOMPARE(breaker.state(), State::Open);
        QCOMPARE(breaker.reopensAt(), t0.addSecs(30));
        QVERIFY(!breaker.tryAcquire(t0.addSecs(29)));
    }
    void successResetsTheCount()
    {
        CircuitBreaker breaker(3, 30s);
        breaker.onFailure(t0);
        breaker.onFailure(t0);
        breaker.onSuccess();
        breaker.onFailure(t0);
        breaker.onFailure(t0);
        QCOMPARE(breaker.state(), State::Closed);
    }
    void halfOpenLetsOneProbeThrough()
    {
        CircuitBreaker breaker(1, 10s);
        breaker.onFailure(t0);
        const QDateTime later = t0.addSecs(10);
        QVERIFY(breaker.tryAcquire(later));
        QCOMPARE(breaker.state(), State::HalfOpen);
        QVERIFY(!breaker.tryAcquire(later));
        QVERIFY(breaker.probeInFlight());
        breaker.onSuccess();
        QCOMPARE(breaker.state(), State::Closed);
        QVERIFY(breaker.tryAcquire(later));
        QVERIFY(breaker.tryAcquire(later));
    }
    void failedProbeOpensForAnotherCooldown()
    {
        CircuitBreaker breaker(1, 10s);
        breaker.onFailure(t0);
        QVERIFY(breaker.tryAcquire(t0.addSecs(10)));
        breaker.onFailure(t0.addSecs(11));
        QCOMPARE(breaker.state(), State::Open);
        QVERIFY(!breaker.tryAcquire(t0.addSecs(20)));
        QVERIFY(breaker.tryAcquire(t0.addSecs(21)));
    }
    void abandonedProbeFreesTheSlot()
    {
        CircuitBreaker breaker(1, 10s);
        breaker.onFailure(t0);
        QVERIFY(breaker.tryAcquire(t0.addSecs(10)));
        breaker.onAbandoned();
        QVERIFY(breaker.tryAcquire(t0.addSecs(10)));
    }
    void restoresFromTheStore()
    {
        CircuitBreaker breaker(5, 30s);
        breaker.restore(State::Open, t0, 7);
        QVERIFY(!breaker.tryAcquire(t0.addSecs(5)));
        QVERIFY(breaker.tryAcquire(t0.addSecs(30)));
        QCOMPARE(CircuitBreaker::fromName(CircuitBreaker::name(State::HalfOpen)), State::HalfOpen);
        QCOMPARE(CircuitBreaker::name(State::Closed), QStringLiteral("closed"));
    }
};

QTEST_APPLESS_MAIN(TestCircuitBreaker)
#include "tst_circuit_breaker.moc"
