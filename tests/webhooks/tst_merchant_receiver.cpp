// The simulated merchants over real HTTP on loopback: QNetworkAccessManager as the client
// (as the dispatcher uses it), raw sockets for what a well-behaved client never sends.
#include "simulate/MerchantReceiver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QByteArray secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

QJsonObject merchant(const QString& name, const QJsonValue& behaviour)
{
    QJsonObject object{{u"merchant"_s, name}, {u"secret"_s, QString::fromLatin1(secret)}};
    object.insert(behaviour.isArray() ? u"schedule"_s : u"behaviour"_s, behaviour);
    return object;
}

MerchantScript testScript()
{
    const QJsonArray merchants{
        merchant(u"healthy"_s, QJsonObject{{u"kind"_s, u"healthy"_s}}),
        merchant(u"slow"_s, QJsonObject{{u"kind"_s, u"slow"_s}, {u"delay_ms"_s, 800}}),
        merchant(u"flaky"_s,
                 QJsonObject{{u"kind"_s, u"flaky"_s}, {u"share"_s, 0.5}, {u"status"_s, 502}}),
        merchant(u"limited"_s,
                 QJsonObject{{u"kind"_s, u"rate_limited"_s}, {u"retry_after_s"_s, 7}}),
        merchant(u"gone"_s, QJsonObject{{u"kind"_s, u"gone"_s}}),
        merchant(u"reset"_s, QJsonObject{{u"kind"_s, u"down"_s}, {u"mode"_s, u"reset"_s}}),
        merchant(u"hang"_s, QJsonObject{{u"kind"_s, u"down"_s}, {u"mode"_s, u"hang"_s}}),
        merchant(u"outage"_s,
                 QJsonArray{
                     QJsonObject{{u"at_s"_s, 0}, {u"kind"_s, u"healthy"_s}},
                     QJsonObject{{u"at_s"_s, 60}, {u"kind"_s, u"down"_s}, {u"retry_after_s"_s, 30}},
                     QJsonObject{{u"at_s"_s, 120}, {u"kind"_s, u"healthy"_s}}}),
    };
    QString error;
    auto script = MerchantScript::parse(
        QJsonDocument(QJsonObject{{u"merchants"_s, merchants}}).toJson(), &error);
    if (!script)
        qFatal("test scenario: %s", qPrintable(error));
    return *script;
}

struct Answer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray retryAfter;
    QByteArray body;
};

// A complete response in `data`: its status, removed from the front.
int takeResponse(QByteArray& data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return 0;
    const QByteArray head = data.left(end).toLower();
    const qsizetype at = head.indexOf("content-length:");
    const qsizetype length =
        at < 0 ? 0 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
    if (data.size() < end + 4 + length)
        return 0;
    const int status = data.mid(9, 3).toInt();
    data.remove(0, end + 4 + length);
    return status;
}

// Reads what arrived; true once a whole response is in (its status in *status). Safe to
// evaluate again, as QTRY_VERIFY does.
bool received(QTcpSocket& socket, QByteArray& data, int& status)
{
    if (status == 0) {
        data += socket.readAll();
        status = takeResponse(data);
    }
    return status != 0;
}

QByteArray rawRequest(const QByteArray& path, const QByteArray& id, const QByteArray& body,
                      const QByteArray& extraHeaders = {})
{
    const auto signer = *WebhookSignature::fromSecret(secret);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return "POST " + path +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "webhook-id: " +
           id + "\r\nwebhook-timestamp: " + QByteArray::number(now) +
           "\r\nwebhook-signature: " + signer.sign(id, now, body) +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders +
           "\r\n" + body;
}

} // namespace

class TestMerchantReceiver : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_elapsed = 0ms;
        m_receiver = std::make_unique<MerchantReceiver>(testScript());
        m_receiver->setElapsedSource([this] { return m_elapsed; });
        QString error;
        QVERIFY2(m_receiver->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_network = std::make_unique<QNetworkAccessManager>();
    }
    void cleanup()
    {
        m_network.reset();
        m_receiver.reset();
    }

    void healthyAcceptsASignedRequest()
    {
        const Answer answer = post(u"healthy"_s, "evt_1", "{\"type\":\"payment.captured\"}");
        QCOMPARE(answer.status, 200);
        const MerchantCounters& counts = m_receiver->counters(u"ep_healthy"_s);
        QCOMPARE(counts.received, 1);
        QCOMPARE(counts.verified, 1);
        QCOMPARE(counts.accepted, 1);
        QCOMPARE(counts.badSignatures, 0);
        QCOMPARE(counts.answers.value(u"200"_s), 1);
    }
    void badSignaturesAreRefusedAndCounted()
    {
        const QByteArray other = WebhookSignature::generateSecret();
        QCOMPARE(post(u"healthy"_s, "evt_1", "{}", other).status, 401);
        QCOMPARE(post(u"healthy"_s, "evt_2", "{}", secret, -600).status, 401);    // too old
        QCOMPARE(post(u"healthy"_s, "evt_3", "{}", secret, 0, true).status, 401); // tampered
        const MerchantCounters& counts = m_receiver->counters(u"ep_healthy"_s);
        QCOMPARE(counts.received, 3);
        QCOMPARE(counts.badSignatures, 3);
        QCOMPARE(counts.verified, 0);
        QCOMPARE(counts.accepted, 0);
        QCOMPARE(counts.answers.value(u"401"_s), 3);
    }
    void repeatsAndDuplicatesAreCounted()
    {
        QCOMPARE(post(u"healthy"_s, "evt_1", "{}").status, 200);
        QCOMPARE(post(u"healthy"_s, "evt_1", "{}").status, 200);
        QCOMPARE(post(u"healthy"_s, "evt_2", "{}").status, 200);
        const MerchantCounters& counts = m_receiver->counters(u"ep_healthy"_s);
        QCOMPARE(counts.repeats, 1);
        QCOMPARE(counts.duplicates, 1);
        QCOMPARE(counts.seenIds.size(), 2);
        QCOMPARE(counts.deliveredIds.size(), 2);
    }
    void flakyFailsItsShareAndARetryIsNoDuplicate()
    {
        QList<double> draws{0.2, 0.7, 0.4, 0.9};
        m_receiver->setRandomSource([&draws] { return draws.takeFirst(); });
        QCOMPARE(post(u"flaky"_s, "evt_1", "{}").status, 502);
        QCOMPARE(post(u"flaky"_s, "evt_1", "{}").status, 200);
        QCOMPARE(post(u"flaky"_s, "evt_2", "{}").status, 502);
        QCOMPARE(post(u"flaky"_s, "evt_2", "{}").status, 200);
        const MerchantCounters& counts = m_receiver->counters(u"ep_flaky"_s);
        QCOMPARE(counts.repeats, 2);
        QCOMPARE(counts.duplicates, 0);
        QCOMPARE(counts.answers.value(u"502"_s), 2);
    }
    void rateLimitedSaysWhenToComeBack()
    {
        const Answer answer = post(u"limited"_s, "evt_1", "{}");
        QCOMPARE(answer.status, 429);
        QCOMPARE(answer.retryAfter, "7");
    }
    void goneAnswers410()
    {
        QCOMPARE(post(u"gone"_s, "evt_1", "{}").status, 410);
        QCOMPARE(m_receiver->counters(u"ep_gone"_s).accepted, 0);
    }
    void anOutageFollowsTheSchedule()
    {
        QCOMPARE(post(u"outage"_s, "evt_1", "{}").status, 200);
        m_elapsed = 60s;
        const Answer down = post(u"outage"_s, "evt_2", "{}");
        QCOMPARE(down.status, 503);
        QCOMPARE(down.retryAfter, "30");
        m_elapsed = 119'999ms;
        QCOMPARE(post(u"outage"_s, "evt_2", "{}").status, 503);
        m_elapsed = 120s;
        QCOMPARE(post(u"outage"_s, "evt_2", "{}").status, 200);
        QCOMPARE(m_receiver->counters(u"ep_outage"_s).repeats, 2);
    }
    void resetDropsTheConnection()
    {
        const Answer answer = post(u"reset"_s, "evt_1", "{}");
        QCOMPARE(answer.status, 0);
        QVERIFY(answer.error != QNetworkReply::NoError);
        // Qt's HTTP stack resends once on a connection closed before any answer.
        const MerchantCounters& counts = m_receiver->counters(u"ep_reset"_s);
        QVERIFY(counts.received >= 1);
        QCOMPARE(counts.answers.value(u"reset"_s), counts.received);
        QCOMPARE(counts.accepted, 0);
    }
    void hangNeverAnswers()
    {
        const Answer answer = post(u"hang"_s, "evt_1", "{}", secret, 0, false, 500ms);
        QCOMPARE(answer.status, 0);
        QCOMPARE(answer.error, QNetworkReply::OperationCanceledError);
        QCOMPARE(m_receiver->counters(u"ep_hang"_s).answers.value(u"hang"_s), 1);
    }
    void aSlowMerchantDoesNotHoldUpOthers()
    {
        QNetworkReply* slow = send(u"slow"_s, "evt_s", "{}");
        QElapsedTimer clock;
        clock.start();
        const Answer fast = post(u"healthy"_s, "evt_h", "{}");
        QCOMPARE(fast.status, 200);
        QVERIFY2(!slow->isFinished(), "the healthy merchant answered after the slow one");
        QSignalSpy done(slow, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(clock.elapsed() >= 750);
        slow->deleteLater();
    }
    void aSlowClientDoesNotHoldUpOthers()
    {
        QTcpSocket trickle;
        trickle.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QVERIFY(trickle.waitForConnected(5000));
        const QByteArray request = rawRequest("/healthy", "evt_t", "{\"slow\":\"client\"}");
        trickle.write(request.left(40));
        QCOMPARE(post(u"healthy"_s, "evt_q", "{}").status, 200);
        trickle.write(request.mid(40));
        QByteArray data;
        int status = 0;
        QTRY_VERIFY_WITH_TIMEOUT(received(trickle, data, status), 5000);
        QCOMPARE(status, 200);
    }
    void keepAliveAndPipelining()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QVERIFY(socket.waitForConnected(5000));
        // Three requests in one write, the middle one to a slow merchant: answers in order.
        socket.write(rawRequest("/slow", "evt_1", "{}") + rawRequest("/healthy", "evt_2", "{}") +
                     rawRequest("/gone", "evt_3", "{}"));
        QByteArray data;
        QList<int> statuses;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                data += socket.readAll();
                while (const int status = takeResponse(data))
                    statuses.append(status);
                return statuses.size() == 3;
            }(),
            5000);
        QCOMPARE(statuses, (QList<int>{200, 200, 410}));
        // Byte by byte on the same connection.
        const QByteArray request = rawRequest("/healthy", "evt_4", "{\"a\":1}");
        for (char byte : request) {
            socket.write(&byte, 1);
            socket.flush();
            QTest::qWait(0);
        }
        int status = 0;
        QTRY_VERIFY_WITH_TIMEOUT(received(socket, data, status), 5000);
        QCOMPARE(status, 200);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(m_receiver->openConnections(), 1);
        QCOMPARE(m_receiver->counters(u"ep_healthy"_s).accepted, 2);
    }
    void networkManagerReusesItsConnection()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(post(u"healthy"_s, "evt_" + QByteArray::number(i), "{}").status, 200);
        QCOMPARE(m_receiver->openConnections(), 1);
    }
    void badRequestsGet400AndTheConnectionCloses_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << 400;
        QTest::newRow("bad header")
            << QByteArray("POST /healthy HTTP/1.1\r\nno colon\r\n\r\n") << 400;
        QTest::newRow("bad length")
            << QByteArray("POST /healthy HTTP/1.1\r\nContent-Length: -3\r\n\r\n") << 400;
        QTest::newRow("chunked")
            << QByteArray("POST /healthy HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 501;
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
        QTest::newRow("endless head") << QByteArray(20'000, 'x') << 431;
    }
    void badRequestsGet400AndTheConnectionCloses()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(request);
        QByteArray data;
        int answered = 0;

        QTRY_VERIFY_WITH_TIMEOUT(received(socket, data, answered), 5000);
        QCOMPARE(answered, status);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        // The receiver still serves everyone else.
        QCOMPARE(post(u"healthy"_s, "evt_1", "{}").status, 200);
    }
    void unknownPathsAndMethods()
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/nobody"_s.arg(m_receiver->port())));
        std::unique_ptr<QNetworkReply> reply(m_network->get(request));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        request.setUrl(QUrl(u"http://127.0.0.1:%1/healthy"_s.arg(m_receiver->port())));
        reply.reset(m_network->get(request));
        QSignalSpy again(reply.get(), &QNetworkReply::finished);
        QVERIFY(again.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405);
        QCOMPARE(m_receiver->counters(u"ep_healthy"_s).received, 0);
    }
    void theReportSumsUp()
    {
        post(u"healthy"_s, "evt_1", "{}");
        post(u"healthy"_s, "evt_1", "{}");
        post(u"gone"_s, "evt_2", "{}");
        const QJsonObject report = m_receiver->report();
        const QJsonObject healthy = report[u"merchants"_s][u"ep_healthy"_s].toObject();
        QCOMPARE(healthy[u"received"_s].toInt(), 2);
        QCOMPARE(healthy[u"unique_ids"_s].toInt(), 1);
        QCOMPARE(healthy[u"duplicates"_s].toInt(), 1);
        QCOMPARE(healthy[u"bad_signatures"_s].toInt(), 0);
        QCOMPARE(healthy[u"merchant"_s].toString(), u"healthy"_s);
        QVERIFY(healthy[u"url"_s].toString().endsWith(u"/healthy"_s));
        const QJsonObject totals = report[u"totals"_s].toObject();
        QCOMPARE(totals[u"received"_s].toInt(), 3);
        QCOMPARE(totals[u"answers"_s][u"410"_s].toInt(), 1);
    }

private:
    QNetworkReply* send(const QString& path, const QByteArray& id, const QByteArray& body,
                        const QByteArray& key = secret, qint64 skew = 0, bool tamper = false,
                        std::chrono::milliseconds timeout = 10s)
    {
        QNetworkRequest request(
            QUrl(u"http://127.0.0.1:%1/%2"_s.arg(m_receiver->port()).arg(path)));
        const qint64 timestamp = QDateTime::currentSecsSinceEpoch() + skew;
        const auto signer = *WebhookSignature::fromSecret(key);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("webhook-id", id);
        request.setRawHeader("webhook-timestamp", QByteArray::number(timestamp));
        request.setRawHeader("webhook-signature", signer.sign(id, timestamp, body));
        request.setTransferTimeout(int(timeout.count()));
        return m_network->post(request, tamper ? body + ' ' : body);
    }
    Answer post(const QString& path, const QByteArray& id, const QByteArray& body,
                const QByteArray& key = secret, qint64 skew = 0, bool tamper = false,
                std::chrono::milliseconds timeout = 10s)
    {
        std::unique_ptr<QNetworkReply> reply(send(path, id, body, key, skew, tamper, timeout));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!done.wait(15'000))
            return {};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(),
                reply->rawHeader("Retry-After"), reply->isOpen() ? reply->readAll() : QByteArray()};
    }

    std::unique_ptr<MerchantReceiver> m_receiver;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::chrono::milliseconds m_elapsed{0};
};

QTEST_GUILESS_MAIN(TestMerchantReceiver)
#include "tst_merchant_receiver.moc"
