#pragma once

#include "AttemptResult.h"
#include "ClaimedDelivery.h"

#include <QHash>
#include <QObject>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class EndpointConnectionPool;
class EndpointUrlPolicy;

// Sends webhook requests over HTTP/1.1 keep-alive on the calling thread's event loop (no
// thread per connection): Standard Webhooks headers and signature, one EndpointConnectionPool
// per endpoint (and scheme, host and port) with up to its max_in_flight connections, a connect
// timeout and a response timeout, the first 4 KiB of the response kept. With a policy, a URL
// it refuses, or a host that resolves to an address it refuses when a connection opens, is
// not sent to (outcome refused).
class WebhookSender : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        std::chrono::milliseconds connectTimeout{10'000};
        std::chrono::milliseconds responseTimeout{30'000};
        QByteArray userAgent;
        // Checks every connection's address (none: connect wherever the URL points).
        std::shared_ptr<const EndpointUrlPolicy> policy;
    };
    using Done = std::function<void(AttemptResult)>;

    static constexpr qsizetype excerptLimit = 4096;

    explicit WebhookSender(Options options, QObject* parent = nullptr);
    ~WebhookSender() override;

    // `done` is called once, on this object's thread, with the transport side of the result
    // filled in (status or error, duration, excerpt, headers, Retry-After).
    void send(const ClaimedDelivery& delivery, const QDateTime& startedAt, Done done);
    int inFlight() const { return m_inFlight; }
    int connections() const;

private:
    struct Target
    {
        EndpointConnectionPool* pool = nullptr;
        QByteArray head; // request line and the fixed headers
        QString error;   // the URL cannot be sent to
    };
    const Target& targetFor(qint64 endpointId, const QString& url);
    void later(AttemptResult result, Done done);

    Options m_options;
    // By endpoint and URL; pools by endpoint and scheme://host:port (each endpoint its own
    // connections, as many as its max_in_flight), children of this object.
    QHash<QString, Target> m_targets;
    QHash<QString, EndpointConnectionPool*> m_pools;
    int m_inFlight = 0;
};
