#include "webhooks/RetryAfter.h"

#include <QTest>

using namespace std::chrono_literals;

class TestRetryAfter : public QObject
{
    Q_OBJECT
    const QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(12, 0, 0), Qt::UTC);

private slots:
    void seconds()
    {
        QCOMPARE(RetryAfter::parse("120", now)->count(), 120'000);
        QCOMPARE(RetryAfter::parse(" 7 ", now)->count(), 7'000);
    }
    void httpDates()
    {
        QCOMPARE(RetryAfter::parse("Wed, 25 Nov 2026 12:01:30 GMT", now)->count(), 90'000);
        QCOMPARE(RetryAfter::parse("Wednesday, 25-Nov-26 12:00:10 GMT", now)->count(), 10'000);
        QCOMPARE(RetryAfter::parse("Wed Nov 25 12:00:20 2026", now)->count(), 20'000);
    }
    void clamped()
    {
        QCOMPARE(RetryAfter::parse("0", now)->count(), 1'000);
        QCOMPARE(RetryAfter::parse("Wed, 25 Nov 2026 11:00:00 GMT", now)->count(), 1'000);
        QCOMPARE(RetryAfter::parse("99999999999", now)->count(), 24 * 3600 * 1000LL);
        QCOMPARE(RetryAfter::parse("600", now, 1s, 60s)->count(), 60'000);
    }
    void unreadableIsIgnored()
    {
        QVERIFY(!RetryAfter::parse("", now));
        QVERIFY(!RetryAfter::parse("soon", now));
        QVERIFY(!RetryAfter::parse("-5", now));
        QVERIFY(!RetryAfter::parse("1.5", now));
    }
};

QTEST_APPLESS_MAIN(TestRetryAfter)
#include "tst_retry_after.moc"
