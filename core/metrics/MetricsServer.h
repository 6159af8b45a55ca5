#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

// `--metrics HOST:PORT` of the engines: GET /metrics answers the Prometheus text format that
// `render` returns at that moment; anything else gets 404 (or 400 / 405). One request per
// connection.
class MetricsServer : public QObject
{
    Q_OBJECT
public:
    using Render = std::function<QByteArray()>;

    explicit MetricsServer(Render render, QObject* parent = nullptr);
    ~MetricsServer() override;

    // "HOST:PORT" (an IPv6 host in brackets); false and *error when it cannot listen.
    bool listen(const QString& hostPort, QString* error);
    quint16 port() const;

private:
    void accept();
    void read(QTcpSocket* socket);
    static void answer(QTcpSocket* socket, int status, const QByteArray& body);

    Render m_render;
    std::unique_ptr<QTcpServer> m_server;
};
