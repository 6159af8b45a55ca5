#pragma once

#include "MerchantCounters.h"
#include "MerchantScript.h"
#include "webhooks/WebhookSignature.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <map>
#include <memory>

class QTcpServer;
class QTcpSocket;
struct HttpRequest;

// Simulated merchant webhook endpoints: one HTTP/1.1 server (keep-alive, pipelining) serving
// every merchant of a script under its own path. Each request is routed, its signature
// verified (401 when bad) and answered as the merchant's current phase says; the counters
// record what arrived.
class MerchantReceiver : public QObject
{
    Q_OBJECT
public:
    using Elapsed = std::function<std::chrono::milliseconds()>;

    explicit MerchantReceiver(MerchantScript script, QObject* parent = nullptr);
    ~MerchantReceiver() override;

    bool listen(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const;
    QString urlOf(const MerchantSpec& merchant) const;
    const MerchantScript& script() const { return m_script; }

    // For tests: the time since the start that picks each merchant's phase, and the source
    // of numbers in [0, 1) that picks which requests a share hits.
    void setElapsedSource(Elapsed elapsed) { m_elapsed = std::move(elapsed); }
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }
    void setIdleTimeout(std::chrono::milliseconds timeout) { m_idleTimeout = timeout; }

    const MerchantCounters& counters(const QString& endpointId) const;
    // {"merchants": {endpoint: counters...}, "totals": {...}}
    QJsonObject report() const;
    // Every webhook-id each merchant saw, one CSV line each: endpoint,webhook_id,delivered
    // (1 when it was answered 2xx at least once); a header line first.
    QByteArray seenIdsCsv() const;
    int openConnections() const { return int(m_connections.size()); }

signals:
    // Every request that reached a merchant, with what it got: "200", "401", "reset", "hang".
    void answered(const QString& endpointId, const QString& answer);

private:
    struct Connection;
    struct Reply
    {
        enum class Action
        {
            Answer,
            Reset,
            Hang
        };
        int status = 200;
        QByteArray body;
        int retryAfter = 0;
        std::chrono::milliseconds delay{0};
        Action action = Action::Answer;
    };

    void accept();
    void read(QTcpSocket* socket);
    void processNext(QTcpSocket* socket);
    void handle(QTcpSocket* socket, Connection& connection, const HttpRequest& request);
    Reply decide(const MerchantSpec& merchant, const HttpRequest& request,
                 MerchantCounters& counters);
    void send(QTcpSocket* socket, const Reply& reply, bool keepAlive);
    void sweepIdle();
    const MerchantSpec* route(const QByteArray& target) const;

    MerchantScript m_script;
    std::map<QString, WebhookSignature> m_signers; // by endpoint id
    std::map<QString, MerchantCounters> m_counters;
    std::unique_ptr<QTcpServer> m_server;
    std::map<QTcpSocket*, std::unique_ptr<Connection>> m_connections;
    QElapsedTimer m_started;
    Elapsed m_elapsed;
    std::function<double()> m_random;
    std::chrono::milliseconds m_idleTimeout{120'000};
    QTimer m_sweep;
};
