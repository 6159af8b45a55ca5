#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

struct amqp_connection_state_t_;

// A broker error (connection lost, channel closed, refused login...): the caller reconnects.
class AmqpError : public std::runtime_error
{
public:
    explicit AmqpError(const QString& message);
    QString message() const { return QString::fromUtf8(what()); }
};

struct AmqpEndpoint
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 5673;
    QString user;
    QString password;
    QString vhost = QStringLiteral("/");
    // Other nodes of the same cluster (same user and vhost), tried in order when host:port
    // cannot be reached: a quorum queue answers on any node.
    QList<std::pair<QString, int>> alternates;
};

struct AmqpDelivery
{
    quint64 tag = 0;
    QByteArray body;
    QByteArray messageId;
    bool redelivered = false;
};

// Owns one librabbitmq connection (amqp_connection_state_t) with one channel. Blocking calls;
// one thread uses a connection at a time. Errors throw AmqpError.
class AmqpConnection
{
public:
    // Connects to endpoint's host:port, else to its alternates in order; throws the reasons
    // of every node when none lets it in.
    static AmqpConnection open(const AmqpEndpoint& endpoint,
                               std::chrono::milliseconds timeout = std::chrono::seconds(10));

    AmqpConnection(AmqpConnection&&) noexcept;
    AmqpConnection& operator=(AmqpConnection&&) noexcept;
    ~AmqpConnection();

    // Declares (idempotently) a durable queue; arguments are x-... strings and integers.
    void declareQueue(const QByteArray& name, const std::map<QByteArray, QByteArray>& strings,
                      const std::map<QByteArray, qint64>& integers);
    void declareExchange(const QByteArray& name, const QByteArray& type);
    void bind(const QByteArray& queue, const QByteArray& exchange, const QByteArray& routingKey);
    // Messages ready in a queue, and its consumers (a passive declare).
    quint32 readyMessages(const QByteArray& queue);
    quint32 consumers(const QByteArray& queue);

    // Publisher confirms: after enableConfirms(), every publish gets a sequence number that
    // waitForConfirms() reports as confirmed or failed (nacked, or returned as unroutable).
    void enableConfirms();
    quint64 publish(const QByteArray& exchange, const QByteArray& routingKey,
                    const QByteArray& messageId, const QByteArray& body);
    // Waits until every publish so far is settled; returns the failed sequence numbers.
    std::vector<quint64> waitForConfirms(std::chrono::milliseconds timeout);

    void setPrefetch(int count);
    void consume(const QByteArray& queue);
    // The next delivery, or nothing when none came within timeout.
    std::optional<AmqpDelivery> next(std::chrono::milliseconds timeout);
    void ack(quint64 tag, bool multiple);
    void reject(quint64 tag, bool requeue);

private:
    struct Destroy
    {
        void operator()(amqp_connection_state_t_* state) const;
    };
    explicit AmqpConnection(amqp_connection_state_t_* state);
    static AmqpConnection openNode(const AmqpEndpoint& endpoint, std::chrono::milliseconds timeout);
    void checkReply(const char* what);
    void settle(quint64 tag, bool multiple, bool ok);
    void handleReturn();

    std::unique_ptr<amqp_connection_state_t_, Destroy> m_state;
    bool m_confirms = false;
    quint64 m_nextSequence = 1;
    std::map<quint64, QByteArray> m_unconfirmed; // sequence → message id
    std::vector<quint64> m_failed;
};
