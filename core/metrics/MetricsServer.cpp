#include "MetricsServer.h"

#include "simulate/HttpRequestParser.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

MetricsServer::MetricsServer(Render render, QObject* parent)
    : MetricsServer(std::move(render), Readiness(), parent)
{}

MetricsServer::MetricsServer(Render render, Readiness readiness, QObject* parent)
    : QObject(parent)
    , m_render(std::move(render))
    , m_readiness(std::move(readiness))
    , m_server(std::make_unique<QTcpServer>())
{
    connect(m_server.get(), &QTcpServer::newConnection, this, &MetricsServer::accept);
}

MetricsServer::~MetricsServer() = default;

bool MetricsServer::listen(const QString& hostPort, QString* error)
{
    const qsizetype colon = hostPort.lastIndexOf(u':');
    QString host = hostPort.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = hostPort.mid(colon + 1).toUInt(&ok);
    const QHostAddress address(host == u"localhost" ? u"127.0.0.1"_s : host);
    if (colon <= 0 || !ok || port > 65535 || address.isNull()) {
        *error = u"metrics: '"_s + hostPort + u"' is not HOST:PORT with an IP address"_s;
        return false;
    }
    if (!m_server->listen(address, quint16(port))) {
        *error = u"metrics: cannot listen on "_s + hostPort + u": "_s + m_server->errorString();
        return false;
    }
    return true;
}

quint16 MetricsServer::port() const
{
    return m_server->serverPort();
}

void MetricsServer::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
    }
}

void MetricsServer::read(QTcpSocket* socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    HttpRequest request;
    int status = 0;
    QByteArray error;
    switch (HttpRequestParser::take(buffer, &request, &status, &error)) {
    case HttpRequestParser::Outcome::NeedMore:
        socket->setProperty("buffer", buffer);
        return;
    case HttpRequestParser::Outcome::Bad:
        answer(socket, status, error + '\n');
        return;
    case HttpRequestParser::Outcome::Complete:
        break;
    }
    route(socket, request.method, request.target.split('?').first());
}

void MetricsServer::route(QTcpSocket* socket, const QByteArray& method, const QByteArray& path)
{
    if (path != "/metrics" && path != "/healthz" && path != "/readyz")
        return answer(socket, 404, "/metrics, /healthz and /readyz are served here\n");
    if (method != "GET")
        return answer(socket, 405, "GET " + path + '\n');
    if (path == "/metrics")
        return answer(socket, 200, m_render());
    if (path == "/healthz")
        return answer(socket, 200, "ok\n");
    const QString reason = m_readiness ? m_readiness() : QString();
    if (reason.isEmpty())
        answer(socket, 200, "ready\n");
    else
        answer(socket, 503, "not ready: " + reason.toUtf8() + '\n');
}

void MetricsServer::answer(QTcpSocket* socket, int status, const QByteArray& body)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' +
                  HttpRequestParser::reasonPhrase(status) +
                  "\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\n"
                  "Content-Length: " +
                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}
