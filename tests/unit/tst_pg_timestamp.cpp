#include "store/PgResult.h"

#include <QTest>

using namespace Qt::StringLiterals;

// How timestamps printed by PostgreSQL (DateStyle ISO) become QDateTime in UTC.
class TestPgTimestamp : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDate day(2026, 11, 24);
        QTest::newRow("utc") << u"2026-11-24 16:00:00+00"_s
                             << QDateTime(day, QTime(16, 0), Qt::UTC);
        QTest::newRow("milliseconds")
            << u"2026-11-24 16:00:00.123+00"_s << QDateTime(day, QTime(16, 0, 0, 123), Qt::UTC);
        QTest::newRow("microseconds truncate") << u"2026-11-24 23:59:59.999999+00"_s
                                               << QDateTime(day, QTime(23, 59, 59, 999), Qt::UTC);
        QTest::newRow("one digit")
            << u"2026-11-24 16:00:00.5+00"_s << QDateTime(day, QTime(16, 0, 0, 500), Qt::UTC);
        QTest::newRow("positive offset")
            << u"2026-11-24 16:00:00+05:30"_s << QDateTime(day, QTime(10, 30), Qt::UTC);
        QTest::newRow("negative offset")
            << u"2026-11-24 16:00:00.25-03:30"_s << QDateTime(day, QTime(19, 30, 0, 250), Qt::UTC);
        QTest::newRow("negative hours only")
            << u"2026-11-24 22:00:00-05"_s << QDateTime(day.addDays(1), QTime(3, 0), Qt::UTC);
        QTest::newRow("offset with seconds") << u"1900-06-01 12:19:32+00:19:32"_s
                                             << QDateTime(QDate(1900, 6, 1), QTime(12, 0), Qt::UTC);
        QTest::newRow("without zone is utc")
            << u"2026-11-24 16:00:00.75"_s << QDateTime(day, QTime(16, 0, 0, 750), Qt::UTC);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = PgResult::timestampFromText(text);
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("infinity") << u"infinity"_s;
        QTest::newRow("minus infinity") << u"-infinity"_s;
        QTest::newRow("before christ") << u"0044-03-15 12:00:00+00 BC"_s;
        QTest::newRow("five digit year") << u"12026-11-24 16:00:00+00"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("bad month") << u"2026-13-24 16:00:00+00"_s;
        QTest::newRow("bad offset") << u"2026-11-24 16:00:00+5"_s;
        QTest::newRow("truncated") << u"2026-11-24 16:00"_s;
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!PgResult::timestampFromText(text).isValid());
    }
};

QTEST_GUILESS_MAIN(TestPgTimestamp)
#include "tst_pg_timestamp.moc"
