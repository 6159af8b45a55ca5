#include "webhooks/EndpointUrlPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestEndpointUrlPolicy : public QObject
{
    Q_OBJECT
private slots:
    void refusedAddressesNameTheReason_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("reason");
        QTest::newRow("loopback v4") << u"127.0.0.1"_s << u"loopback"_s;
        QTest::newRow("loopback v6") << u"::1"_s << u"loopback"_s;
        QTest::newRow("mapped loopback") << u"::ffff:127.0.0.2"_s << u"loopback"_s;
        QTest::newRow("10/8") << u"10.1.2.3"_s << u"private"_s;
        QTest::newRow("172.16/12") << u"172.31.0.1"_s << u"private"_s;
        QTest::newRow("192.168/16") << u"192.168.1.1"_s << u"private"_s;
        QTest::newRow("link-local v4") << u"169.254.169.254"_s << u"link-local"_s;
        QTest::newRow("link-local v6") << u"fe80::1"_s << u"link-local"_s;
        QTest::newRow("unique-local") << u"fd12:3456::1"_s << u"unique-local"_s;
        QTest::newRow("unspecified v4") << u"0.0.0.0"_s << u"unspecified"_s;
        QTest::newRow("unspecified v6") << u"::"_s << u"unspecified"_s;
        QTest::newRow("cgnat") << u"100.64.0.1"_s << u"shared"_s;
        QTest::newRow("multicast") << u"224.0.0.1"_s << u"multicast"_s;
    }
    void refusedAddressesNameTheReason()
    {
        QFETCH(QString, address);
        QFETCH(QString, reason);
        const auto refused = EndpointUrlPolicy().checkAddress(QHostAddress(address));
        QVERIFY(refused);
        QVERIFY2(refused->contains(reason), qPrintable(*refused));
        QVERIFY2(refused->contains(u"--allow"), qPrintable(*refused));
    }
    void publicAddressesPass()
    {
        EndpointUrlPolicy policy;
        QVERIFY(!policy.checkAddress(QHostAddress(u"93.184.216.34"_s)));
        QVERIFY(!policy.checkAddress(QHostAddress(u"2606:2800:220:1::1"_s)));
        QVERIFY(!policy.checkAddress(QHostAddress(u"172.32.0.1"_s)));
    }
    void allowListAdmits()
    {
        QString error;
        const auto policy = EndpointUrlPolicy::fromAllowList(u"127.0.0.0/8, ::1/128"_s, &error);
        QVERIFY2(policy, qPrintable(error));
        QVERIFY(!policy->checkAddress(QHostAddress(u"127.0.0.1"_s)));
        QVERIFY(!policy->checkAddress(QHostAddress(u"::1"_s)));
        QVERIFY(policy->checkAddress(QHostAddress(u"10.0.0.1"_s)));
        QVERIFY(!EndpointUrlPolicy::fromAllowList(u"127.0.0.0/8,nonsense"_s, &error));
        QVERIFY2(error.contains(u"nonsense"), qPrintable(error));
    }
    void urlsAreChecked()
    {
        EndpointUrlPolicy policy;
        QVERIFY(EndpointUrlPolicy::checkUrl(QUrl(u"ftp://example.com/x"_s))->contains(u"ftp"));
        QVERIFY(EndpointUrlPolicy::checkUrl(QUrl(u"http://user:pw@example.com/"_s)));
        QVERIFY(EndpointUrlPolicy::checkUrl(QUrl(u"https:///path"_s)));
        QVERIFY(!EndpointUrlPolicy::checkUrl(QUrl(u"https://example.com/hook"_s)));
        // Every address a host resolves to must pass.
        const auto refused =
            policy.checkAddresses({QHostAddress(u"93.184.216.34"_s), QHostAddress(u"10.0.0.5"_s)});
        QVERIFY(refused && refused->contains(u"10.0.0.5 is a private address"));
        QVERIFY(!policy.checkAddresses(
            {QHostAddress(u"93.184.216.34"_s), QHostAddress(u"2606:2800:220:1::1"_s)}));
    }
};

QTEST_APPLESS_MAIN(TestEndpointUrlPolicy)
#include "tst_endpoint_url_policy.moc"
