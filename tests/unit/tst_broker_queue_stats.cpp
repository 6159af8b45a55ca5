#include "BrokerManagementStub.h"
#include "cashback/BrokerQueueStats.h"
#include "store/Dsn.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString password = u"s3cret-Pa55"_s;

const QByteArray creditsJson =
    R"({"name":"payops.credits","type":"quorum","messages":17891,"messages_ready":17800,
        "messages_unacknowledged":91,"consumers":2,"message_stats":{"publish_details":
        {"rate":375.0},"deliver_get_details":{"rate":41.0},"ack_details":{"rate":40.0}}})";

BrokerQueueStats::Snapshot refreshAndWait(BrokerQueueStats& stats)
{
    QSignalSpy updated(&stats, &BrokerQueueStats::updated);
    stats.refresh();
    if (updated.isEmpty() && !updated.wait(10000))
        return {};
    return updated.first().first().value<BrokerQueueStats::Snapshot>();
}

} // namespace

class TestBrokerQueueStats : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_credentials = m_dir.filePath(u"credentials"_s);
        QFile file(m_credentials);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("user=payops\npassword=" + password.toUtf8() + "\namqp_port=5673\n");
    }

    void readsBothQueuesWithTheLogin()
    {
        BrokerManagementStub stub;
        stub.setQueue("payops.credits", creditsJson);
        stub.setQueue("payops.credits.dead", R"({"name":"payops.credits.dead","messages":2})");
        BrokerQueueStats stats;
        stats.setUrl(stub.url());
        stats.setCredentialsFile(m_credentials);
        const BrokerQueueStats::Snapshot snapshot = refreshAndWait(stats);
        QVERIFY2(snapshot.ok(), qPrintable(snapshot.error));
        QCOMPARE(snapshot.queues.size(), 2);
        const BrokerQueueFigures* credits = snapshot.queue(u"payops.credits"_s);
        QVERIFY(credits);
        QCOMPARE(credits->messages, 17891);
        QCOMPARE(credits->unacked, 91);
        QCOMPARE(credits->consumers, 2);
        QCOMPARE(credits->publishRate, 375.0);
        QCOMPARE(credits->ackRate, 40.0);
        QCOMPARE(snapshot.queue(u"payops.credits.dead"_s)->messages, 2);
        QCOMPARE(stub.heads.size(), 2);
        const QByteArray auth =
            "Authorization: Basic " + QByteArray("payops:" + password.toUtf8()).toBase64();
        for (const QByteArray& head : stub.heads)
            QVERIFY2(head.contains(auth), head.constData());
        QVERIFY(stub.heads.first().startsWith("GET /api/queues/%2F/payops.credits HTTP/1.1"));
        QVERIFY(stub.heads.last().startsWith("GET /api/queues/%2F/payops.credits.dead HTTP/1.1"));
    }

    void refusedLoginIsSaidWithoutThePassword()
    {
        BrokerManagementStub stub;
        stub.status = 401;
        BrokerQueueStats stats;
        stats.setUrl(stub.url());
        stats.setCredentialsFile(m_credentials);
        const BrokerQueueStats::Snapshot snapshot = refreshAndWait(stats);
        QVERIFY(!snapshot.ok());
        QVERIFY2(snapshot.error.contains(u"refused the login"), qPrintable(snapshot.error));
        QVERIFY(!snapshot.error.contains(password));
        QVERIFY(snapshot.queues.isEmpty());
    }

    void missingQueueAndDownBrokerAreSaid()
    {
        BrokerManagementStub stub;
        stub.status = 404;
        BrokerQueueStats stats;
        stats.setUrl(stub.url());
        stats.setCredentialsFile(m_credentials);
        BrokerQueueStats::Snapshot snapshot = refreshAndWait(stats);
        QVERIFY2(snapshot.error.contains(u"payops.credits: no such queue"),
                 qPrintable(snapshot.error));

        // Nothing listens on the port any more.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        stats.setUrl(QUrl(u"http://payops:%1@127.0.0.1:%2"_s.arg(password).arg(port)));
        snapshot = refreshAndWait(stats);
        QVERIFY2(snapshot.error.contains(u"refuses connections"), qPrintable(snapshot.error));
        QVERIFY(!snapshot.error.contains(password));
        QVERIFY(!stats.server().contains(password));
        QCOMPARE(stats.server(), u"127.0.0.1:%1"_s.arg(port));
    }

    void missingCredentialsAreSaid()
    {
        BrokerQueueStats stats;
        stats.setUrl(QUrl(u"http://127.0.0.1:1"_s));
        stats.setCredentialsFile(m_dir.filePath(u"nothing-here"_s));
        const BrokerQueueStats::Snapshot snapshot = refreshAndWait(stats);
        QVERIFY2(snapshot.error.contains(u"cannot read the broker's login"),
                 qPrintable(snapshot.error));
    }

    void aSlowBrokerTimesOut()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        BrokerQueueStats stats;
        stats.setUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
        stats.setCredentialsFile(m_credentials);
        stats.setTimeout(std::chrono::milliseconds(300));
        const BrokerQueueStats::Snapshot snapshot = refreshAndWait(stats);
        QVERIFY2(snapshot.error.contains(u"did not answer"), qPrintable(snapshot.error));
    }

    // Against the fixture's RabbitMQ node (ctest fixture `broker`), when there is one.
    void readsARealBroker()
    {
        if (qEnvironmentVariableIsEmpty("PAYOPS_AMQP_HTTP_PORT"))
            QSKIP("no broker fixture (PAYOPS_AMQP_HTTP_PORT unset)");
        const QString vhost = u"t_broker_queue_stats"_s;
        BrokerQueueStats stats; // the defaults: port from the env, login from PAYOPS_VAR
        QVERIFY(QFile::exists(BrokerQueueStats::defaultCredentialsFile()));
        stats.setVirtualHost(vhost);
        const QByteArray auth = authorization();
        QVERIFY(!auth.isEmpty());
        QCOMPARE(management("PUT", u"/api/vhosts/"_s + vhost, {}), 201);
        QVERIFY(management("PUT", u"/api/permissions/%1/payops"_s.arg(vhost),
                           R"({"configure":".*","write":".*","read":".*"})") /
                    100 ==
                2);
        QVERIFY(management("PUT", u"/api/queues/%1/payops.credits"_s.arg(vhost),
                           R"({"durable":true,"arguments":{"x-queue-type":"quorum"}})") /
                    100 ==
                2);
        QVERIFY(management("PUT", u"/api/queues/%1/payops.credits.dead"_s.arg(vhost),
                           R"({"durable":true})") /
                    100 ==
                2);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                management(
                    "POST", u"/api/exchanges/%1/amq.default/publish"_s.arg(vhost),
                    R"({"properties":{"delivery_mode":2},"routing_key":"payops.credits","payload":"x","payload_encoding":"string"})"),
                200);
        BrokerQueueStats::Snapshot snapshot;
        QTRY_VERIFY_WITH_TIMEOUT((snapshot = refreshAndWait(stats)).ok() &&
                                     snapshot.queue(u"payops.credits"_s)->messages == 5,
                                 20000);
        const BrokerQueueFigures* credits = snapshot.queue(u"payops.credits"_s);
        QCOMPARE(credits->type, u"quorum"_s);
        QCOMPARE(credits->ready, 5);
        QCOMPARE(credits->consumers, 0);
        QCOMPARE(snapshot.queue(u"payops.credits.dead"_s)->messages, 0);
        management("DELETE", u"/api/vhosts/"_s + vhost, {});
    }

private:
    static QByteArray authorization()
    {
        QFile file(BrokerQueueStats::defaultCredentialsFile());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QByteArray user = "payops", pass;
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.startsWith("password="))
                pass = line.mid(9).trimmed();
            if (line.startsWith("user="))
                user = line.mid(5).trimmed();
        }
        return "Basic " + QByteArray(user + ':' + pass).toBase64();
    }

    static int management(const QByteArray& verb, const QString& path, const QByteArray& body)
    {
        QNetworkAccessManager network;
        QUrl url = BrokerQueueStats::defaultUrl();
        url.setPath(path, QUrl::TolerantMode);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", authorization());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply* reply = network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    QTemporaryDir m_dir;
    QString m_credentials;
};

QTEST_MAIN(TestBrokerQueueStats)
#include "tst_broker_queue_stats.moc"
