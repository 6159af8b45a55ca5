#pragma once

#include "HttpResponseParser.h"

#include <QElapsedTimer>
#include <QHostInfo>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>

class EndpointUrlPolicy;
class QAbstractSocket;

// One HTTP/1.1 keep-alive connection of the dispatcher's event loop (QTcpSocket, or
// QSslSocket for https): one request at a time, a connect timeout until the connection is up
// and a response timeout from then until the whole response is read. With a policy, the host
// is resolved at every new connection and the connection made to the address that passed the
// policy (all of the host's addresses must): a name that pointed outside when its endpoint was
// saved may point inside the network now (DNS rebinding).
class HttpClientConnection : public QObject
{
    Q_OBJECT
public:
    struct Response
    {
        int status = 0; // 0: no response
        QByteArray excerpt;
        QByteArray retryAfter;
        QString error; // empty when a response was read
        bool timedOut = false;
        // The request may not have reached the server (a reused connection the server had
        // closed): sending it again on a fresh connection is safe.
        bool retryable = false;
        // Not sent: the host resolved to an address the policy refuses.
        bool refused = false;
    };
    using Done = std::function<void(Response)>;

    HttpClientConnection(QString host, quint16 port, bool tls,
                         std::chrono::milliseconds connectTimeout,
                         std::chrono::milliseconds responseTimeout,
                         std::shared_ptr<const EndpointUrlPolicy> policy = {},
                         QObject* parent = nullptr);
    ~HttpClientConnection() override;

    // `request` is the whole request (head and body). `done` runs once, later, on this thread.
    void send(QByteArray request, Done done);
    bool busy() const { return bool(m_done); }
    // Neither busy nor closed: can take the next request.
    bool reusable() const;
    // Requests this connection completed.
    int served() const { return m_served; }

signals:
    // The connection is idle again (after a response it may carry another request).
    void idle(HttpClientConnection* connection);
    void closed(HttpClientConnection* connection);

private:
    void open();
    void onResolved(const QHostInfo& info);
    void connectTo(const QString& address);
    // On a connect error: the next resolved address, if any (true: trying it).
    bool connectToNextAddress();
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onError();
    void onTimeout();
    void complete(Response response, bool keep);

    QString m_host;
    quint16 m_port;
    bool m_tls;
    std::chrono::milliseconds m_connectTimeout;
    std::chrono::milliseconds m_responseTimeout;
    std::shared_ptr<const EndpointUrlPolicy> m_policy;
    std::unique_ptr<QAbstractSocket> m_socket;
    QTimer m_timer;
    HttpResponseParser m_parser;
    QByteArray m_buffer;
    QByteArray m_pending;          // the request, until the connection is up
    QList<QHostAddress> m_untried; // resolved and checked, not yet connected to
    Done m_done;
    bool m_connected = false;
    bool m_closed = false;
    int m_served = 0;
};
