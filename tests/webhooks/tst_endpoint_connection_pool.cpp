#include "webhooks/EndpointConnectionPool.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <functional>
#include <optional>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using Response = HttpClientConnection::Response;

namespace {

// Answers each request it reads completely with what `answer` says (empty: no answer).
class ScriptedServer : public QObject
{
public:
    std::function<QByteArray(int index)> answer = [](int) {
        return QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    };
    int connections = 0;
    int requests = 0;
    QList<QPointer<QTcpSocket>> sockets;

    ScriptedServer()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++connections;
                sockets.append(socket);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype lengthAt = buffer.indexOf("content-length: ");
            const int length =
                buffer.mid(lengthAt + 16, buffer.indexOf("\r\n", lengthAt) - lengthAt - 16).toInt();
            if (buffer.size() < end + 4 + length)
                return;
            buffer.remove(0, end + 4 + length);
            const QByteArray reply = answer(requests++);
            if (!reply.isEmpty())
                socket->write(reply);
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

QByteArray request(const QByteArray& body = "{}")
{
    return "POST /hook HTTP/1.1\r\nhost: x\r\ncontent-length: " + QByteArray::number(body.size()) +
           "\r\n\r\n" + body;
}

struct Collected
{
    QList<Response> responses;
    HttpClientConnection::Done add()
    {
        return [this](Response response) { responses.append(std::move(response)); };
    }
};

} // namespace

class TestEndpointConnectionPool : public QObject
{
    Q_OBJECT

    static std::unique_ptr<EndpointConnectionPool> pool(quint16 port, int max,
                                                        std::chrono::milliseconds response = 5s)
    {
        auto pool =
            std::make_unique<EndpointConnectionPool>(u"127.0.0.1"_s, port, false, 2s, response);
        pool->setMaxConnections(max);
        return pool;
    }

private slots:
    void keepAliveReusesConnectionsUpToTheLimit()
    {
        ScriptedServer server;
        auto p = pool(server.port(), 2);
        Collected got;
        for (int i = 0; i < 10; ++i)
            p->send(request(), got.add());
        QCOMPARE(p->connections(), 2);
        QCOMPARE(p->waiting(), 8);
        QTRY_COMPARE(got.responses.size(), 10);
        for (const Response& r : got.responses) {
            QCOMPARE(r.status, 200);
            QCOMPARE(r.excerpt, "ok");
            QVERIFY(r.error.isEmpty());
        }
        QCOMPARE(server.connections, 2);
        p->send(request(), got.add());
        QTRY_COMPARE(got.responses.size(), 11);
        QCOMPARE(server.connections, 2); // still the same two
    }
    void chunkedAnswersAndRetryAfter()
    {
        ScriptedServer server;
        server.answer = [](int) {
            return QByteArray("HTTP/1.1 503 Busy\r\nRetry-After: 30\r\nTransfer-Encoding: chunked"
                              "\r\n\r\n4\r\nbusy\r\n0\r\n\r\n");
        };
        auto p = pool(server.port(), 1);
        Collected got;
        p->send(request(), got.add());
        p->send(request(), got.add());
        QTRY_COMPARE(got.responses.size(), 2);
        QCOMPARE(got.responses[1].status, 503);
        QCOMPARE(got.responses[1].retryAfter, "30");
        QCOMPARE(got.responses[1].excerpt, "busy");
        QCOMPARE(server.connections, 1);
    }
    void aConnectionTheServerClosedIsReplacedWithoutLosingTheRequest()
    {
        ScriptedServer server;
        auto p = pool(server.port(), 1);
        Collected got;
        p->send(request(), got.add());
        QTRY_COMPARE(got.responses.size(), 1);
        // The server drops the idle connection; the pool notices or retries once on a new one.
        server.sockets.first()->close();
        p->send(request(), got.add());
        QTRY_COMPARE(got.responses.size(), 2);
        QCOMPARE(got.responses[1].status, 200);
        QCOMPARE(server.connections, 2);
        QCOMPARE(server.requests, 2);
    }
    void connectionCloseIsHonoured()
    {
        ScriptedServer server;
        server.answer = [](int) {
            return QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        };
        auto p = pool(server.port(), 4);
        Collected got;
        for (int i = 0; i < 3; ++i) {
            p->send(request(), got.add());
            QTRY_COMPARE(got.responses.size(), i + 1);
        }
        QCOMPARE(server.connections, 3);
        QTRY_COMPARE(p->connections(), 0);
    }
    void noAnswerTimesOut()
    {
        ScriptedServer server;
        server.answer = [](int index) {
            return index == 0 ? QByteArray() : QByteArray("HTTP/1.1 204 No Content\r\n\r\n");
        };
        auto p = pool(server.port(), 1, 200ms);
        Collected got;
        p->send(request(), got.add());
        p->send(request(), got.add());
        QTRY_COMPARE(got.responses.size(), 2);
        QVERIFY(got.responses[0].timedOut);
        QCOMPARE(got.responses[0].status, 0);
        QCOMPARE(got.responses[0].error, u"no response within 200 ms"_s);
        QCOMPARE(got.responses[1].status, 204); // on a fresh connection
        QCOMPARE(server.connections, 2);
    }
    void aRefusedConnectionAndAGarbledAnswerAreErrors()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        auto refused = pool(closedPort, 1);
        Collected got;
        refused->send(request(), got.add());
        QTRY_COMPARE(got.responses.size(), 1);
        QCOMPARE(got.responses[0].status, 0);
        QVERIFY(!got.responses[0].timedOut);
        QVERIFY2(got.responses[0].error.contains(u"refused"_s, Qt::CaseInsensitive),
                 qPrintable(got.responses[0].error));

        ScriptedServer server;
        server.answer = [](int) { return QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n"); };
        auto garbled = pool(server.port(), 1);
        garbled->send(request(), got.add());
        QTRY_COMPARE(got.responses.size(), 2);
        QCOMPARE(got.responses[1].status, 0);
        QVERIFY2(got.responses[1].error.contains(u"malformed status line"_s),
                 qPrintable(got.responses[1].error));
    }
};

QTEST_GUILESS_MAIN(TestEndpointConnectionPool)
#include "tst_endpoint_connection_pool.moc"
