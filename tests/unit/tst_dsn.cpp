#include "store/Dsn.h"

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
};

QTEST_GUILESS_MAIN(TestDsn)
#include "tst_dsn.moc"
