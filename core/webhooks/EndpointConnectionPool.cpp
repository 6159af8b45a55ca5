#include "EndpointConnectionPool.h"

EndpointConnectionPool::EndpointConnectionPool(QString host, quint16 port, bool tls,
                                               std::chrono::milliseconds connectTimeout,
                                               std::chrono::milliseconds responseTimeout,
                                               std::shared_ptr<const EndpointUrlPolicy> policy,
                                               QObject* parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_tls(tls)
    , m_connectTimeout(connectTimeout)
    , m_responseTimeout(responseTimeout)
    , m_policy(std::move(policy))
{}

EndpointConnectionPool::~EndpointConnectionPool() = default;

HttpClientConnection* EndpointConnectionPool::openConnection()
{
    auto* connection = new HttpClientConnection(m_host, m_port, m_tls, m_connectTimeout,
                                                m_responseTimeout, m_policy, this);
    connect(connection, &HttpClientConnection::idle, this, &EndpointConnectionPool::onIdle);
    connect(connection, &HttpClientConnection::closed, this, &EndpointConnectionPool::onClosed);
    m_connections.push_back(connection);
    return connection;
}

void EndpointConnectionPool::send(QByteArray request, HttpClientConnection::Done done)
{
    m_waiting.push_back({std::move(request), std::move(done)});
    next();
}

void EndpointConnectionPool::next()
{
    while (!m_waiting.empty()) {
        HttpClientConnection* connection = nullptr;
        while (!m_idle.empty() && !connection) {
            connection = m_idle.back();
            m_idle.pop_back();
            if (!connection->reusable())
                connection = nullptr;
        }
        if (!connection) {
            if (int(m_connections.size()) >= m_max)
                return;
            connection = openConnection();
        }
        Request request = std::move(m_waiting.front());
        m_waiting.pop_front();
        dispatch(std::move(request), connection);
    }
}

void EndpointConnectionPool::dispatch(Request request, HttpClientConnection* connection)
{
    QByteArray bytes = request.bytes;
    connection->send(std::move(bytes), [this, request = std::move(request)](
                                           HttpClientConnection::Response response) mutable {
        if (response.retryable && !request.retried) {
            request.retried = true;
            m_waiting.push_front(std::move(request));
            return; // next() runs when the failed connection reports closed
        }
        request.done(std::move(response));
    });
}

void EndpointConnectionPool::onIdle(HttpClientConnection* connection)
{
    m_idle.push_back(connection);
    next();
}

void EndpointConnectionPool::onClosed(HttpClientConnection* connection)
{
    std::erase(m_idle, connection);
    std::erase(m_connections, connection);
    connection->deleteLater();
    next();
}
