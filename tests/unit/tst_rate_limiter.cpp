#include "webhooks/RateLimiter.h"

#include <QTest>

using namespace std::chrono_literals;

class TestRateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void unlimitedNeverWaits()
    {
        RateLimiter limiter;
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(limiter.acquire(0ms).count(), 0);
    }
    void burstThenSpaced()
    {
        RateLimiter limiter(10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(limiter.acquire(0ms).count(), 0);
        QCOMPARE(limiter.acquire(0ms).count(), 100);
        QCOMPARE(limiter.acquire(50ms).count(), 50);
        QCOMPARE(limiter.acquire(100ms).count(), 0);
        QCOMPARE(limiter.acquire(100ms).count(), 100);
    }
    void averageRateHolds()
    {
        RateLimiter limiter(50);
        int sent = 0;
        for (qint64 ms = 0; ms < 10'000; ++ms) {
            while (limiter.acquire(std::chrono::milliseconds(ms)).count() == 0)
                ++sent;
        }
        QVERIFY2(sent >= 500 && sent <= 550, qPrintable(QString::number(sent)));
    }
};

QTEST_APPLESS_MAIN(TestRateLimiter)
#include "tst_rate_limiter.moc"
