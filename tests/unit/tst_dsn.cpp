#include "store/Dsn.h"
#include "store/PgConnection.h"
#include "store/StoreError.h"

#include <QTest>

class TestDsn : public QObject
{
    Q_OBJECT
private slots:
    void passwordNeverSurvives_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::newRow("key=value")
            << QStringLiteral("host=db1 user=ops password=s3cr3t dbname=pay");
        QTest::newRow("quoted") << QStringLiteral(
            "host=db1 user=ops password='a b\\'c' dbname=pay");
        QTest::newRow("uri") << QStringLiteral("postgresql://ops:s3cr3t@db1:5433/pay");
    }
    void passwordNeverSurvives()
    {
        QFETCH(QString, dsn);
        const QString safe = Dsn::withoutPassword(dsn);
        QVERIFY2(!safe.contains(u"s3cr3t") && !safe.contains(u"a b"), qPrintable(safe));
        QVERIFY(!safe.contains(u"password"));
        QVERIFY(safe.contains(u"user=ops"));
        QVERIFY(!Dsn::describe(dsn).contains(u"s3cr3t"));
        QVERIFY(!Dsn::validate(safe)); // still a valid connection string
    }
    void describeIsShort()
    {
        QCOMPARE(Dsn::describe(QStringLiteral("postgresql://ops:pw@db1:5433/pay")),
                 QStringLiteral("ops@db1:5433/pay"));
        QCOMPARE(Dsn::describe(QStringLiteral("host=/tmp/x port=5432 user=viewer dbname=payops")),
                 QStringLiteral("viewer@/tmp/x/payops"));
    }
    void valueReadsOneKeyword()
    {
        const QString dsn = QStringLiteral("host=db1 options='-c search_path=x' dbname=pay");
        QCOMPARE(Dsn::value(dsn, QStringLiteral("options")), QStringLiteral("-c search_path=x"));
        QCOMPARE(Dsn::value(dsn, QStringLiteral("user")), QString());
        QCOMPARE(Dsn::value(QStringLiteral("postgresql://ops@db1/pay"), QStringLiteral("dbname")),
                 QStringLiteral("pay"));
    }
    void malformedIsRefusedWithReason()
    {
        const auto error = Dsn::validate(QStringLiteral("host=db1 user"));
        QVERIFY(error);
        QVERIFY2(error->contains(u"user"), qPrintable(*error));
        QVERIFY(Dsn::validate(QStringLiteral("postgresql://[bad")));
        QVERIFY(!Dsn::validate(QStringLiteral("host=db1 dbname=pay")));
    }
    void embeddedFollowsPayopsVar()
    {
        qputenv("PAYOPS_VAR", "/nonexistent/payops-var");
        const QString dsn = Dsn::embedded(QStringLiteral("viewer"));
        QVERIFY2(dsn.contains(u"host=/nonexistent/payops-var/run"), qPrintable(dsn));
        QVERIFY(dsn.contains(u"user=viewer"));
        qputenv("PAYOPS_DSN", "host=elsewhere dbname=x");
        QCOMPARE(Dsn::resolve(), QStringLiteral("host=elsewhere dbname=x"));
        qunsetenv("PAYOPS_DSN");
        QCOMPARE(Dsn::resolve(), Dsn::embedded());
    }
    void passwordJoinsAnyForm()
    {
        const QString uri = Dsn::withPassword(QStringLiteral("postgresql://ops@db1:5433/pay"),
                                              QStringLiteral("it's s3cr3t"));
        QVERIFY(!Dsn::validate(uri));
        QVERIFY2(uri.contains(u"password='it\\'s s3cr3t'"), qPrintable(uri));
        QVERIFY(uri.contains(u"host=db1") && uri.contains(u"dbname=pay"));
        QVERIFY(!Dsn::withoutPassword(uri).contains(u"s3cr3t"));
        const QString plain = QStringLiteral("host=db1 user=ops");
        QCOMPARE(Dsn::withPassword(plain, {}), plain);
    }

    // libpq quotes the part of a URI it cannot read, password included: the refusal (from
    // validate, as the connection dialog and every --dsn show it, and from connecting) says
    // what is wrong and never shows the password.
    void malformedNeverShowsThePassword_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<QString>("reason");
        QTest::newRow("uri, bad host") << QStringLiteral("postgresql://ops:s3cr3t@[bad/pay")
                                       << QStringLiteral("IPv6 host address");
        QTest::newRow("uri, bad escape in password")
            << QStringLiteral("postgres://ops:s3%zzcr3t@db1/pay")
            << QStringLiteral("invalid percent-encoded token");
        QTest::newRow("uri, bad parameter") << QStringLiteral("postgresql://ops:s3cr3t@db1/pay?x")
                                            << QStringLiteral("URI query parameter");
        QTest::newRow("uri, quote in password") << QStringLiteral("postgresql://ops:s3\"cr3t@[bad")
                                                << QStringLiteral("IPv6 host address");
        QTest::newRow("uri, quotes around password")
            << QStringLiteral("postgresql://ops:\"s3cr3t\"@[bad/pay")
            << QStringLiteral("IPv6 host address");
        QTest::newRow("keyword, unterminated")
            << QStringLiteral("host=db1 password='s3cr3t") << QStringLiteral("unterminated");
        QTest::newRow("keyword, no value")
            << QStringLiteral("host=db1 password=s3cr3t user") << QStringLiteral("after \"user\"");
        QTest::newRow("unknown keyword")
            << QStringLiteral("host=db1 password=s3cr3t pasword=s3cr3t")
            << QStringLiteral("invalid connection option \"pasword\"");
    }
    void malformedNeverShowsThePassword()
    {
        QFETCH(QString, dsn);
        QFETCH(QString, reason);
        const auto error = Dsn::validate(dsn);
        QVERIFY(error);
        QVERIFY2(error->contains(reason), qPrintable(*error));
        QVERIFY2(!error->contains(QStringLiteral("s3")) && !error->contains(QStringLiteral("cr3t")),
                 qPrintable(*error));
        try {
            PgConnection::open(dsn);
            QFAIL("connected with a malformed connection string");
        } catch (const StoreError& refused) {
            QVERIFY2(refused.message().contains(reason), qPrintable(refused.message()));
            QVERIFY2(!refused.message().contains(QStringLiteral("cr3t")),
                     qPrintable(refused.message()));
        }
    }
    void maskingLeavesOtherWordsAlone()
    {
        QCOMPARE(Dsn::maskPassword(QStringLiteral("invalid URI query parameter: \"e\""),
                                   QStringLiteral("postgresql://ops:e@db1/pay?e")),
                 QStringLiteral("invalid URI query parameter: \"***\""));
        QCOMPARE(Dsn::maskPassword(QStringLiteral("missing \"=\" after \"user\""),
                                   QStringLiteral("host=db1 user")),
                 QStringLiteral("missing \"=\" after \"user\""));
    }
};

QTEST_GUILESS_MAIN(TestDsn)
#include "tst_dsn.moc"
