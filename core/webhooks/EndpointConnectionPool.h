#pragma once

#include "HttpClientConnection.h"

#include <QObject>
#include <deque>
#include <vector>

// The keep-alive connections to one scheme, host and port: an idle one takes the next
// request, a new one opens while fewer than maxConnections exist, otherwise the request waits
// its turn. A request that failed on a reused connection before any answer (the server had
// closed it) goes once more on a fresh connection.
class EndpointConnectionPool : public QObject
{
    Q_OBJECT
public:
    EndpointConnectionPool(QString host, quint16 port, bool tls,
                           std::chrono::milliseconds connectTimeout,
                           std::chrono::milliseconds responseTimeout,
                           std::shared_ptr<const EndpointUrlPolicy> policy = {},
                           QObject* parent = nullptr);
    ~EndpointConnectionPool() override;

    void setMaxConnections(int max) { m_max = std::max(1, max); }
    void send(QByteArray request, HttpClientConnection::Done done);
    int connections() const { return int(m_connections.size()); }
    int waiting() const { return int(m_waiting.size()); }
    bool unused() const { return m_connections.empty() && m_waiting.empty(); }

private:
    struct Request
    {
        QByteArray bytes;
        HttpClientConnection::Done done;
        bool retried = false;
    };
    void dispatch(Request request, HttpClientConnection* connection);
    HttpClientConnection* openConnection();
    void onIdle(HttpClientConnection* connection);
    void onClosed(HttpClientConnection* connection);
    void next();

    QString m_host;
    quint16 m_port;
    bool m_tls;
    std::chrono::milliseconds m_connectTimeout;
    std::chrono::milliseconds m_responseTimeout;
    std::shared_ptr<const EndpointUrlPolicy> m_policy; // checks each connection's address
    int m_max = 16;
    std::vector<HttpClientConnection*> m_connections; // children of this pool
    std::vector<HttpClientConnection*> m_idle;
    std::deque<Request> m_waiting;
};
