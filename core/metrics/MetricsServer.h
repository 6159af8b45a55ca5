#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

// `--metrics HOST:PORT` of the engines: GET /metrics answers the Prometheus text format that
// `render` returns at that moment; GET /healthz 200 while the process runs; GET /readyz 200
// when the readiness probe returns no reason (connected to its store, and broker), 503 with
// the reason otherwise; anything else gets 404 (or 400 / 405). One request per connection.
class MetricsServer : public QObject
{
    Q_OBJECT
public:
    using Render = std::function<QByteArray()>;
    // Empty when ready; otherwise why not ("store: not connected").
    using Readiness = std::function<QString()>;

    explicit MetricsServer(Render render, QObject* parent = nullptr);
    MetricsServer(Render render, Readiness readiness, QObject* parent = nullptr);
    ~MetricsServer() override;

    // "HOST:PORT" (an IPv6 host in brackets); false and *error when it cannot listen.
    bool listen(const QString& hostPort, QString* error);
    quint16 port() const;

private:
    void accept();
    void read(QTcpSocket* socket);
    static void answer(QTcpSocket* socket, int status, const QByteArray& body);

    void route(QTcpSocket* socket, const QByteArray& method, const QByteArray& path);

    Render m_render;
    Readiness m_readiness;
    std::unique_ptr<QTcpServer> m_server;
};
