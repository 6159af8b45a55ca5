#include "store/Backoff.h"

#include <QTest>

using namespace std::chrono_literals;

class TestBackoff : public QObject
{
    Q_OBJECT
private slots:
    void growsThenCaps()
    {
        Backoff backoff(500ms, 8000ms);
        backoff.setRandom([] { return 0.999999; });
        QCOMPARE(backoff.next().count(), 499);
        QCOMPARE(backoff.next().count(), 999);
        QCOMPARE(backoff.next().count(), 1999);
        QCOMPARE(backoff.next().count(), 3999);
        QCOMPARE(backoff.next().count(), 7999);
        QCOMPARE(backoff.next().count(), 7999);
    }
    void jitterStaysInTheUpperHalf()
    {
        Backoff backoff(1000ms, 60'000ms);
        backoff.setRandom([] { return 0.0; });
        backoff.next();
        backoff.next();
        QCOMPARE(backoff.next().count(), 2000); // ceiling 4000, floor half of it
    }
    void resetStartsOver()
    {
        Backoff backoff(500ms, 8000ms);
        backoff.setRandom([] { return 0.5; });
        backoff.next();
        backoff.next();
        backoff.reset();
        QCOMPARE(backoff.attempts(), 0);
        QCOMPARE(backoff.next().count(), 375);
    }
    void manyAttemptsDoNotOverflow()
    {
        Backoff backoff(500ms, 30'000ms);
        for (int i = 0; i < 200; ++i)
            QVERIFY(backoff.next() <= 30'000ms);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
