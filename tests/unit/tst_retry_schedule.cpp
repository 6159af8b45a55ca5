#include "webhooks/RetrySchedule.h"

#include <QTest>

using namespace std::chrono_literals;

class TestRetrySchedule : public QObject
{
    Q_OBJECT
private slots:
    void defaultScheduleIsDesignMd()
    {
        const std::vector<std::chrono::seconds> expected{5s, 30s, 2min, 10min, 30min,
                                                         1h, 3h,  6h,   12h,   24h};
        QVERIFY(RetrySchedule::defaultDelays() == expected);
        RetrySchedule schedule;
        QCOMPARE(schedule.maxAttempts(), 11);
        schedule.setRandom([] { return 0.5; });
        for (int attempt = 1; attempt <= 10; ++attempt)
            QCOMPARE(schedule.delayAfter(attempt)->count(),
                     std::chrono::milliseconds(expected[attempt - 1]).count());
        QVERIFY(!schedule.delayAfter(11));
        QVERIFY(!schedule.delayAfter(0));
    }
    void boundedJitterStaysWithinTwentyPercent()
    {
        RetrySchedule schedule;
        for (double r : {0.0, 0.999999}) {
            schedule.setRandom([r] { return r; });
            const auto delay = schedule.delayAfter(2)->count();
            QVERIFY(delay >= 24'000 && delay <= 36'000);
        }
        schedule.setRandom([] { return 0.0; });
        QCOMPARE(schedule.delayAfter(1)->count(), 4'000);
        schedule.setRandom([] { return 0.999999; });
        QCOMPARE(schedule.delayAfter(1)->count(), 5'999);
    }
    void realJitterSpreadsOverTheWholeRange()
    {
        RetrySchedule schedule;
        const auto [low, high] = *schedule.bounds(3);
        QCOMPARE(low.count(), 96'000);
        QCOMPARE(high.count(), 144'000);
        qint64 least = high.count(), most = low.count();
        for (int i = 0; i < 2000; ++i) {
            const qint64 delay = schedule.delayAfter(3)->count();
            QVERIFY(delay >= low.count() && delay <= high.count());
            least = std::min(least, delay);
            most = std::max(most, delay);
        }
        QVERIFY(least < 100'000 && most > 140'000);
    }
    void fullJitterNeverExceedsTheSchedule()
    {
        RetrySchedule schedule(RetrySchedule::defaultDelays(), RetrySchedule::Jitter::Full);
        const auto [low, high] = *schedule.bounds(10);
        QCOMPARE(low.count(), 12 * 3600 * 1000LL);
        QCOMPARE(high.count(), 24 * 3600 * 1000LL);
        for (int i = 0; i < 1000; ++i) {
            const qint64 delay = schedule.delayAfter(10)->count();
            QVERIFY(delay >= low.count() && delay <= high.count());
        }
    }
    void stretchLengthensUpToItsCap()
    {
        RetrySchedule schedule;
        schedule.setRandom([] { return 0.5; });
        QCOMPARE(schedule.delayAfter(1, 2.0)->count(), 10'000);
        QCOMPARE(schedule.delayAfter(1, 100.0)->count(), 20'000);
        QCOMPARE(schedule.delayAfter(1, 0.1)->count(), 5'000);
    }
    void customScheduleForTests()
    {
        RetrySchedule schedule({1s, 2s});
        QCOMPARE(schedule.maxAttempts(), 3);
        QVERIFY(schedule.delayAfter(2));
        QVERIFY(!schedule.delayAfter(3));
    }
};

QTEST_APPLESS_MAIN(TestRetrySchedule)
#include "tst_retry_schedule.moc"
