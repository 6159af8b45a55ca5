#include "simulate/HttpRequestParser.h"

#include <QTest>

using Outcome = HttpRequestParser::Outcome;

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

    static Outcome take(QByteArray& buffer, HttpRequest& request, int& status)
    {
        QByteArray error;
        return HttpRequestParser::take(buffer, &request, &status, &error);
    }

private slots:
    void aRequestArrivingInPieces()
    {
        const QByteArray wire = "POST /m_1 HTTP/1.1\r\nHost: x\r\nWebhook-Id: evt_1\r\n"
                                "Content-Length: 11\r\n\r\n{\"a\": true}";
        QByteArray buffer;
        HttpRequest request;
        int status = 0;
        for (qsizetype i = 0; i < wire.size() - 1; ++i) {
            buffer += wire[i];
            QCOMPARE(take(buffer, request, status), Outcome::NeedMore);
        }
        buffer += wire.back();
        QCOMPARE(take(buffer, request, status), Outcome::Complete);
        QCOMPARE(request.method, "POST");
        QCOMPARE(request.target, "/m_1");
        QCOMPARE(request.header("webhook-id"), "evt_1");
        QCOMPARE(request.body, "{\"a\": true}");
        QVERIFY(request.keepAlive());
        QVERIFY(buffer.isEmpty());
    }
    void pipelinedRequestsComeOutOneByOne()
    {
        QByteArray buffer = "POST /a HTTP/1.1\r\nContent-Length: 2\r\n\r\nab"
                            "\r\n" // a stray blank line between requests is tolerated
                            "GET /b HTTP/1.0\r\n\r\n"
                            "POST /c HTTP/1.1\r\nConnection: close\r\nContent-Length: 1\r\n\r\n";
        HttpRequest request;
        int status = 0;
        QCOMPARE(take(buffer, request, status), Outcome::Complete);
        QCOMPARE(request.body, "ab");
        QCOMPARE(take(buffer, request, status), Outcome::Complete);
        QCOMPARE(request.target, "/b");
        QCOMPARE(request.minorVersion, 0);
        QVERIFY(!request.keepAlive());
        QCOMPARE(take(buffer, request, status), Outcome::NeedMore); // its body is not there
        buffer += 'z';
        QCOMPARE(take(buffer, request, status), Outcome::Complete);
        QCOMPARE(request.body, "z");
        QVERIFY(!request.keepAlive());
    }
    void keepAliveByVersion()
    {
        QByteArray buffer = "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n";
        HttpRequest request;
        int status = 0;
        QCOMPARE(take(buffer, request, status), Outcome::Complete);
        QVERIFY(request.keepAlive());
    }
    void badInput_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("status");
        QTest::newRow("two words") << QByteArray("POST /x\r\n\r\n") << 400;
        QTest::newRow("bad method") << QByteArray("PO(ST /x HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("HTTP/2") << QByteArray("GET /x HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("no colon") << QByteArray("GET /x HTTP/1.1\r\nHost x\r\n\r\n") << 400;
        QTest::newRow("space in name") << QByteArray("GET /x HTTP/1.1\r\nHo st: x\r\n\r\n") << 400;
        QTest::newRow("length not a number")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 1e3\r\n\r\n") << 400;
        QTest::newRow("length too big")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 999999999999\r\n\r\n") << 413;
        QTest::newRow("chunked") << QByteArray(
                                        "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 501;
        QTest::newRow("head too large")
            << QByteArray("GET /x HTTP/1.1\r\nX: " + QByteArray(20'000, 'a')) << 431;
    }
    void badInput()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, status);
        HttpRequest request;
        int answer = 0;
        QByteArray error;
        QCOMPARE(HttpRequestParser::take(wire, &request, &answer, &error), Outcome::Bad);
        QCOMPARE(answer, status);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_http_request_parser.moc"
