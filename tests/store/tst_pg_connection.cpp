#include "TestStore.h"
#include "store/PgConnection.h"
#include "store/PgTransaction.h"
#include "store/StoreError.h"

#include <QTest>
#include <QTimeZone>
#include <optional>

using namespace Qt::StringLiterals;

// The libpq layer against the fixture's PostgreSQL: what goes in as a bound parameter comes
// back as the same Qt value.
class TestPgConnection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_store.emplace(u"pg_connection"_s, false);
        m_connection.emplace(PgConnection::open(m_store->ownerDsn()));
        QVERIFY(m_connection->isAlive());
        QCOMPARE(m_connection->user(), u"payops"_s);
        QCOMPARE(m_connection->database(), m_store->database());
    }
    void cleanupTestCase()
    {
        m_connection.reset();
        m_store.reset();
    }

    void nullParameter()
    {
        const PgResult result = db().exec(u"SELECT $1::text IS NULL, $1::text"_s, {QVariant()});
        QCOMPARE(result.value(0, 0), QVariant(true));
        QVERIFY(result.isNull(0, 1));
        QVERIFY(result.value(0, 1).isNull());
    }
    void boolParameter()
    {
        const PgResult result = db().exec(u"SELECT $1::boolean, NOT $2::boolean"_s, {true, false});
        QCOMPARE(result.value(0, 0).typeId(), QMetaType::Bool);
        QCOMPARE(result.value(0, 0).toBool(), true);
        QCOMPARE(result.value(0, 1).toBool(), true);
    }
    void intParameter()
    {
        // Beyond a double's 53 bits: the value must travel as an exact integer.
        const qint64 big = 9'007'199'254'740'993;
        const PgResult result =
            db().exec(u"SELECT $1::bigint + 1, $2::int, $3::smallint"_s, {big, -7, qint16(12)});
        QCOMPARE(result.value(0, 0).toLongLong(), big + 1);
        QCOMPARE(result.value(0, 1).toLongLong(), -7);
        QCOMPARE(result.value(0, 2).toLongLong(), 12);
    }
    void doubleParameter()
    {
        const PgResult result =
            db().exec(u"SELECT $1::float8 * 2, $2::float8, $3::numeric"_s, {0.1, 1e300, 2.5});
        QCOMPARE(result.value(0, 0).toDouble(), 0.2);
        QCOMPARE(result.value(0, 1).toDouble(), 1e300);
        QCOMPARE(result.value(0, 2).toDouble(), 2.5);
    }
    void stringParameter()
    {
        const QString text = u"O'Brien \"quoted\" \\ ; DROP TABLE x; -- żółć 日本 🙂"_s;
        const PgResult result = db().exec(u"SELECT $1::text, length($1::text)"_s, {text});
        QCOMPARE(result.value(0, 0).toString(), text);
        QCOMPARE(result.value(0, 1).toLongLong(), qint64(text.toUcs4().size()));
    }
    void arrayParameters()
    {
        const QStringList texts{u"plain"_s, u"with \"quotes\", commas"_s, u"back\\slash"_s,
                                u"żółw"_s};
        const PgResult strings = m_connection->exec(
            u"SELECT array_length($1::text[], 1), ($1::text[])[2], ($1::text[])[3],"
            " ($1::text[])[4]"_s,
            {texts});
        QCOMPARE(strings.toInt(0, 0), 4);
        QCOMPARE(strings.text(0, 1), texts[1]);
        QCOMPARE(strings.text(0, 2), texts[2]);
        QCOMPARE(strings.text(0, 3), texts[3]);
        const PgResult numbers =
            m_connection->exec(u"SELECT sum(x), count(*) FROM unnest($1::bigint[]) AS x"_s,
                               {QVariant::fromValue(QList<qint64>{1, -2, 9'000'000'000})});
        QCOMPARE(numbers.toInt(0, 0), 8'999'999'999LL);
        QCOMPARE(numbers.toInt(0, 1), 3);
        const PgResult empty = m_connection->exec(u"SELECT cardinality($1::bigint[])"_s,
                                                  {QVariant::fromValue(QList<qint64>{})});
        QCOMPARE(empty.toInt(0, 0), 0);
    }

    void timestampRoundTrip_data()
    {
        QTest::addColumn<QDateTime>("sent");
        QTest::addColumn<QString>("serverText");
        const QDate day(2026, 11, 24);
        QTest::newRow("utc") << QDateTime(day, QTime(16, 0, 0, 123), Qt::UTC)
                             << u"2026-11-24 16:00:00.123"_s;
        QTest::newRow("east") << QDateTime(day, QTime(16, 0, 0, 7), QTimeZone(5 * 3600 + 1800))
                              << u"2026-11-24 10:30:00.007"_s;
        QTest::newRow("west") << QDateTime(day, QTime(23, 59, 59, 999), QTimeZone(-3 * 3600))
                              << u"2026-11-25 02:59:59.999"_s;
    }
    void timestampRoundTrip()
    {
        QFETCH(QDateTime, sent);
        QFETCH(QString, serverText);
        const PgResult result = db().exec(
            u"SELECT $1::timestamptz, to_char($1::timestamptz, 'YYYY-MM-DD HH24:MI:SS.MS')"_s,
            {sent});
        QCOMPARE(result.text(0, 1), serverText);
        const QDateTime back = result.value(0, 0).toDateTime();
        QCOMPARE(back.timeSpec(), Qt::UTC);
        QCOMPARE(back, sent);
        QCOMPARE(back.toMSecsSinceEpoch(), sent.toMSecsSinceEpoch());
    }
    void timestampMicrosecondsAndZones_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("literal");
        QTest::addColumn<QDateTime>("expected");
        const QDate day(2026, 11, 24);
        QTest::newRow("microseconds") << u"UTC"_s << u"2026-11-24 16:00:00.123999+00"_s
                                      << QDateTime(day, QTime(16, 0, 0, 123), Qt::UTC);
        QTest::newRow("negative half hour")
            << u"America/St_Johns"_s << u"2026-11-24 16:00:00.5+00"_s
            << QDateTime(day, QTime(16, 0, 0, 500), Qt::UTC);
        QTest::newRow("positive half hour") << u"Asia/Kolkata"_s << u"2026-11-24 00:10:00+00"_s
                                            << QDateTime(day, QTime(0, 10), Qt::UTC);
        // Amsterdam kept local mean time (+00:19:32) until 1937: an offset with seconds.
        QTest::newRow("offset with seconds") << u"Europe/Amsterdam"_s << u"1900-06-01 12:00:00+00"_s
                                             << QDateTime(QDate(1900, 6, 1), QTime(12, 0), Qt::UTC);
    }
    void timestampMicrosecondsAndZones()
    {
        QFETCH(QString, zone);
        QFETCH(QString, literal);
        QFETCH(QDateTime, expected);
        db().exec(u"SELECT set_config('TimeZone', $1, false)"_s, {zone});
        const PgResult result = db().exec(u"SELECT $1::timestamptz"_s, {literal});
        db().exec(u"SET TimeZone = 'UTC'"_s);
        QCOMPARE(result.value(0, 0).toDateTime(), expected);
        QCOMPARE(result.value(0, 0).toDateTime().timeSpec(), Qt::UTC);
    }
    void timestampWithoutZoneIsUtc()
    {
        const PgResult result = db().exec(u"SELECT '2026-11-24 16:00:00.25'::timestamp"_s);
        QCOMPARE(result.value(0, 0).toDateTime(),
                 QDateTime(QDate(2026, 11, 24), QTime(16, 0, 0, 250), Qt::UTC));
    }
    void timestampInfinityStaysText()
    {
        const PgResult result = db().exec(u"SELECT 'infinity'::timestamptz"_s);
        QCOMPARE(result.value(0, 0), QVariant(u"infinity"_s));
    }
    void byteaRoundTrip()
    {
        const QByteArray bytes("\x00\x01\xff'\\\x00zeros\x00", 12);
        const PgResult result = db().exec(u"SELECT $1::bytea, length($1::bytea)"_s, {bytes});
        QCOMPARE(result.value(0, 0).typeId(), QMetaType::QByteArray);
        QCOMPARE(result.value(0, 0).toByteArray(), bytes);
        QCOMPARE(result.value(0, 1).toLongLong(), 12);
    }

    void transactionRollsBackOnDestruction()
    {
        db().exec(u"CREATE TEMP TABLE rolled (n int)"_s);
        {
            PgTransaction transaction(db());
            db().exec(u"INSERT INTO rolled VALUES ($1)"_s, {1});
            QCOMPARE(db().exec(u"SELECT count(*) FROM rolled"_s).toInt(0, 0), 1);
        }
        QCOMPARE(db().exec(u"SELECT count(*) FROM rolled"_s).toInt(0, 0), 0);
        {
            PgTransaction transaction(db());
            db().exec(u"INSERT INTO rolled VALUES ($1)"_s, {2});
            transaction.commit();
        }
        QCOMPARE(db().exec(u"SELECT n FROM rolled"_s).toInt(0, 0), 2);
    }
    void transactionRollsBackWhenAnExceptionLeaves()
    {
        db().exec(u"CREATE TEMP TABLE thrown (n int PRIMARY KEY)"_s);
        try {
            PgTransaction transaction(db());
            db().exec(u"INSERT INTO thrown VALUES (1)"_s);
            db().exec(u"INSERT INTO thrown VALUES (1)"_s);
            transaction.commit();
            QFAIL("a duplicate key must throw");
        } catch (const StoreError& error) {
            QCOMPARE(error.sqlState(), u"23505"_s);
        }
        QCOMPARE(db().exec(u"SELECT count(*) FROM thrown"_s).toInt(0, 0), 0);
    }

    void copyIn()
    {
        db().exec(u"CREATE TEMP TABLE copied (id int, name text)"_s);
        db().beginCopy(u"COPY copied (id, name) FROM STDIN"_s);
        db().putCopyData("1\tone\n2\ttw");
        db().putCopyData("o\n3\t\\N\n");
        QCOMPARE(db().endCopy(), 3);
        const PgResult rows = db().exec(u"SELECT id, name FROM copied ORDER BY id"_s);
        QCOMPARE(rows.rows(), 3);
        QCOMPARE(rows.value(1, 1).toString(), u"two"_s);
        QVERIFY(rows.isNull(2, 1));
    }
    void copyInBadDataThrowsAndLeavesTheConnectionUsable()
    {
        db().exec(u"CREATE TEMP TABLE copied_bad (id int)"_s);
        db().beginCopy(u"COPY copied_bad FROM STDIN"_s);
        db().putCopyData("1\nnot a number\n");
        try {
            db().endCopy();
            QFAIL("bad COPY data must throw");
        } catch (const StoreError& error) {
            QCOMPARE(error.sqlState(), u"22P02"_s);
            QVERIFY(error.message().contains(u"not a number"));
        }
        QCOMPARE(db().exec(u"SELECT count(*) FROM copied_bad"_s).toInt(0, 0), 0);
    }
    void abortedCopyLoadsNothing()
    {
        db().exec(u"CREATE TEMP TABLE copied_aborted (id int)"_s);
        db().beginCopy(u"COPY copied_aborted FROM STDIN"_s);
        db().putCopyData("1\n2\n");
        db().abortCopy(u"changed my mind"_s);
        QCOMPARE(db().exec(u"SELECT count(*) FROM copied_aborted"_s).toInt(0, 0), 0);
    }

    void listenAndTakeNotifications()
    {
        db().listen(u"pg connection \"test\""_s);
        PgConnection other = PgConnection::open(m_store->ownerDsn());
        const qint64 otherPid = other.exec(u"SELECT pg_backend_pid()"_s).toInt(0, 0);
        other.exec(u"SELECT pg_notify($1, $2)"_s, {u"pg connection \"test\""_s, u"hello ü"_s});
        QList<PgNotification> received;
        QTRY_VERIFY((received += db().takeNotifications(), !received.isEmpty()));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received[0].channel, u"pg connection \"test\""_s);
        QCOMPARE(received[0].payload, u"hello ü"_s);
        QCOMPARE(received[0].backendPid, otherPid);
    }

    void sqlErrorCarriesStateAndMessage()
    {
        try {
            db().exec(u"SELECT 1 / $1::int"_s, {0});
            QFAIL("division by zero must throw");
        } catch (const StoreError& error) {
            QCOMPARE(error.sqlState(), u"22012"_s);
            QCOMPARE(error.message(), u"division by zero"_s);
            QVERIFY(!error.isConnectionLoss());
            QVERIFY(!error.isRefusal());
        }
        try {
            db().exec(u"SELECT * FROM no_such_table"_s);
            QFAIL("a missing table must throw");
        } catch (const StoreError& error) {
            QCOMPARE(error.sqlState(), u"42P01"_s);
            QVERIFY(error.message().contains(u"no_such_table"));
        }
        QVERIFY(db().isAlive());
        QCOMPARE(db().exec(u"SELECT 42"_s).toInt(0, 0), 42);
    }
    // Prepared once per connection, at its first use; later calls bind new values to it.
    void preparedStatementIsPreparedOnceAndReused()
    {
        const QString sql = u"SELECT $1::bigint * 2, $2::text"_s;
        auto prepared = [this] {
            return db()
                .exec(u"SELECT count(*) FROM pg_prepared_statements WHERE name = $1"_s,
                      {u"tst_double"_s})
                .toInt(0, 0);
        };
        QCOMPARE(prepared(), 0);
        const PgResult first = db().execPrepared("tst_double", sql, {21, u"ü"_s});
        QCOMPARE(first.toInt(0, 0), 42);
        QCOMPARE(first.text(0, 1), u"ü"_s);
        QCOMPARE(prepared(), 1);
        const PgResult second = db().execPrepared("tst_double", sql, {QVariant(), u"b"_s});
        QVERIFY(second.isNull(0, 0));
        QCOMPARE(second.text(0, 1), u"b"_s);
        QCOMPARE(prepared(), 1);
        PgConnection other = PgConnection::open(m_store->ownerDsn());
        QCOMPARE(other.execPrepared("tst_double", sql, {5, u"c"_s}).toInt(0, 0), 10);
    }
    void preparedStatementErrorThrowsAndLeavesTheConnectionUsable()
    {
        try {
            db().execPrepared("tst_divide", u"SELECT 1 / $1::int"_s, {0});
            QFAIL("division by zero must throw");
        } catch (const StoreError& error) {
            QCOMPARE(error.sqlState(), u"22012"_s);
        }
        QCOMPARE(db().execPrepared("tst_divide", u"SELECT 1 / $1::int"_s, {1}).toInt(0, 0), 1);
        try {
            db().execPrepared("tst_missing", u"SELECT * FROM no_such_table"_s, {});
            QFAIL("a missing table must throw");
        } catch (const StoreError& error) {
            QCOMPARE(error.sqlState(), u"42P01"_s);
        }
        QCOMPARE(db().exec(u"SELECT 42"_s).toInt(0, 0), 42);
    }
    // The DSN's own server options survive; the session's time zone and date style stay ours.
    void dsnOptionsAreKept()
    {
        PgConnection other =
            PgConnection::open(m_store->ownerDsn() + u" options='-c search_path=payops'"_s);
        QCOMPARE(other.exec(u"SHOW search_path"_s).text(0, 0), u"payops"_s);
        QCOMPARE(other.exec(u"SHOW TimeZone"_s).text(0, 0), u"UTC"_s);
        QCOMPARE(other.exec(u"SHOW DateStyle"_s).text(0, 0).left(3), u"ISO"_s);
    }

    void refusedDatabase()
    {
        const QString dsn = m_store->ownerDsn().replace(m_store->database(), u"t_no_such_db"_s);
        try {
            PgConnection::open(dsn);
            QFAIL("a missing database must refuse");
        } catch (const StoreError& error) {
            QCOMPARE(error.sqlState(), u"3D000"_s);
            QVERIFY(error.isRefusal());
            QVERIFY(error.message().contains(u"t_no_such_db"));
            QVERIFY(!error.message().contains(u'\n'));
        }
    }

private:
    PgConnection& db() { return *m_connection; }

    std::optional<TestStore> m_store;
    std::optional<PgConnection> m_connection;
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pg_connection.moc"
