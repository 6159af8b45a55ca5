#include "AmqpConnection.h"

#include <QStringList>
#include <amqp.h>
#include <amqp_tcp_socket.h>
#include <sys/time.h>
#include <tuple>

namespace {

constexpr amqp_channel_t channel = 1;

amqp_bytes_t bytes(const QByteArray& data)
{
    return amqp_bytes_t{size_t(data.size()), const_cast<char*>(data.constData())};
}

QByteArray toByteArray(amqp_bytes_t data)
{
    return QByteArray(static_cast<const char*>(data.bytes), qsizetype(data.len));
}

timeval toTimeval(std::chrono::milliseconds timeout)
{
    const auto ms = std::max<qint64>(0, timeout.count());
    return timeval{time_t(ms / 1000), suseconds_t((ms % 1000) * 1000)};
}

QString describe(const amqp_rpc_reply_t& reply)
{
    switch (reply.reply_type) {
    case AMQP_RESPONSE_NORMAL:
        return QStringLiteral("ok");
    case AMQP_RESPONSE_NONE:
        return QStringLiteral("missing reply");
    case AMQP_RESPONSE_LIBRARY_EXCEPTION:
        return QString::fromUtf8(amqp_error_string2(reply.library_error));
    case AMQP_RESPONSE_SERVER_EXCEPTION:
        if (reply.reply.id == AMQP_CONNECTION_CLOSE_METHOD) {
            const auto* close = static_cast<amqp_connection_close_t*>(reply.reply.decoded);
            return QStringLiteral("connection closed by the broker: ") +
                   QString::fromUtf8(toByteArray(close->reply_text));
        }
        if (reply.reply.id == AMQP_CHANNEL_CLOSE_METHOD) {
            const auto* close = static_cast<amqp_channel_close_t*>(reply.reply.decoded);
            return QStringLiteral("channel closed by the broker: ") +
                   QString::fromUtf8(toByteArray(close->reply_text));
        }
        return QStringLiteral("broker error (method %1)").arg(reply.reply.id);
    }
    return QStringLiteral("unknown reply");
}

void checkStatus(int status, const char* what)
{
    if (status < 0)
        throw AmqpError(QString::fromLatin1(what) + QStringLiteral(": ") +
                        QString::fromUtf8(amqp_error_string2(status)));
}

} // namespace

AmqpError::AmqpError(const QString& message)
    : std::runtime_error(message.toStdString())
{}

void AmqpConnection::Destroy::operator()(amqp_connection_state_t_* state) const
{
    amqp_channel_close(state, channel, AMQP_REPLY_SUCCESS);
    amqp_connection_close(state, AMQP_REPLY_SUCCESS);
    amqp_destroy_connection(state);
}

AmqpConnection::AmqpConnection(amqp_connection_state_t_* state)
    : m_state(state)
{}
AmqpConnection::AmqpConnection(AmqpConnection&&) noexcept = default;
AmqpConnection& AmqpConnection::operator=(AmqpConnection&&) noexcept = default;
AmqpConnection::~AmqpConnection() = default;

AmqpConnection AmqpConnection::open(const AmqpEndpoint& endpoint, std::chrono::milliseconds timeout)
{
    QStringList failures;
    AmqpEndpoint node = endpoint;
    for (qsizetype next = 0;; ++next) {
        try {
            return openNode(node, timeout);
        } catch (const AmqpError& error) {
            if (endpoint.alternates.isEmpty())
                throw;
            failures << error.message();
        }
        if (next == endpoint.alternates.size())
            throw AmqpError(failures.join(QStringLiteral("; ")));
        std::tie(node.host, node.port) = endpoint.alternates.at(next);
    }
}

AmqpConnection AmqpConnection::openNode(const AmqpEndpoint& endpoint,
                                        std::chrono::milliseconds timeout)
{
    amqp_connection_state_t state = amqp_new_connection();
    if (!state)
        throw AmqpError(QStringLiteral("out of memory"));
    amqp_socket_t* socket = amqp_tcp_socket_new(state);
    if (!socket) {
        amqp_destroy_connection(state);
        throw AmqpError(QStringLiteral("cannot create a socket"));
    }
    timeval tv = toTimeval(timeout);
    const QByteArray host = endpoint.host.toUtf8();
    const int status = amqp_socket_open_noblock(socket, host.constData(), endpoint.port, &tv);
    if (status != AMQP_STATUS_OK) {
        amqp_destroy_connection(state);
        throw AmqpError(QStringLiteral("cannot connect to %1:%2: %3")
                            .arg(endpoint.host)
                            .arg(endpoint.port)
                            .arg(QString::fromUtf8(amqp_error_string2(status))));
    }
    amqp_set_handshake_timeout(state, &tv);
    amqp_set_rpc_timeout(state, &tv);
    const QByteArray vhost = endpoint.vhost.toUtf8(), user = endpoint.user.toUtf8(),
                     password = endpoint.password.toUtf8();
    const amqp_rpc_reply_t login =
        amqp_login(state, vhost.constData(), 0, 131072, 60, AMQP_SASL_METHOD_PLAIN,
                   user.constData(), password.constData());
    if (login.reply_type != AMQP_RESPONSE_NORMAL) {
        const QString why = describe(login);
        amqp_destroy_connection(state);
        throw AmqpError(QStringLiteral("login to %1:%2 as %3 failed: %4")
                            .arg(endpoint.host)
                            .arg(endpoint.port)
                            .arg(endpoint.user, why));
    }
    AmqpConnection connection(state);
    amqp_channel_open(state, channel);
    connection.checkReply("channel.open");
    return connection;
}

void AmqpConnection::checkReply(const char* what)
{
    const amqp_rpc_reply_t reply = amqp_get_rpc_reply(m_state.get());
    if (reply.reply_type != AMQP_RESPONSE_NORMAL)
        throw AmqpError(QString::fromLatin1(what) + QStringLiteral(": ") + describe(reply));
}

void AmqpConnection::declareQueue(const QByteArray& name,
                                  const std::map<QByteArray, QByteArray>& strings,
                                  const std::map<QByteArray, qint64>& integers)
{
    std::vector<amqp_table_entry_t> entries;
    for (const auto& [key, value] : strings) {
        amqp_table_entry_t entry{};
        entry.key = bytes(key);
        entry.value.kind = AMQP_FIELD_KIND_UTF8;
        entry.value.value.bytes = bytes(value);
        entries.push_back(entry);
    }
    for (const auto& [key, value] : integers) {
        amqp_table_entry_t entry{};
        entry.key = bytes(key);
        entry.value.kind = AMQP_FIELD_KIND_I64;
        entry.value.value.i64 = value;
        entries.push_back(entry);
    }
    const amqp_table_t arguments{int(entries.size()), entries.data()};
    amqp_queue_declare(m_state.get(), channel, bytes(name), 0, 1, 0, 0, arguments);
    checkReply("queue.declare");
}

void AmqpConnection::declareExchange(const QByteArray& name, const QByteArray& type)
{
    amqp_exchange_declare(m_state.get(), channel, bytes(name), bytes(type), 0, 1, 0, 0,
                          amqp_empty_table);
    checkReply("exchange.declare");
}

void AmqpConnection::bind(const QByteArray& queue, const QByteArray& exchange,
                          const QByteArray& routingKey)
{
    amqp_queue_bind(m_state.get(), channel, bytes(queue), bytes(exchange), bytes(routingKey),
                    amqp_empty_table);
    checkReply("queue.bind");
}

quint32 AmqpConnection::readyMessages(const QByteArray& queue)
{
    const amqp_queue_declare_ok_t* ok =
        amqp_queue_declare(m_state.get(), channel, bytes(queue), 1, 0, 0, 0, amqp_empty_table);
    checkReply("queue.declare (passive)");
    return ok ? ok->message_count : 0;
}

quint32 AmqpConnection::consumers(const QByteArray& queue)
{
    const amqp_queue_declare_ok_t* ok =
        amqp_queue_declare(m_state.get(), channel, bytes(queue), 1, 0, 0, 0, amqp_empty_table);
    checkReply("queue.declare (passive)");
    return ok ? ok->consumer_count : 0;
}

void AmqpConnection::enableConfirms()
{
    amqp_confirm_select(m_state.get(), channel);
    checkReply("confirm.select");
    m_confirms = true;
}

quint64 AmqpConnection::publish(const QByteArray& exchange, const QByteArray& routingKey,
                                const QByteArray& messageId, const QByteArray& body)
{
    static const QByteArray json = QByteArrayLiteral("application/json");
    amqp_basic_properties_t properties{};
    properties._flags =
        AMQP_BASIC_DELIVERY_MODE_FLAG | AMQP_BASIC_CONTENT_TYPE_FLAG | AMQP_BASIC_MESSAGE_ID_FLAG;
    properties.delivery_mode = AMQP_DELIVERY_PERSISTENT;
    properties.content_type = bytes(json);
    properties.message_id = bytes(messageId);
    checkStatus(amqp_basic_publish(m_state.get(), channel, bytes(exchange), bytes(routingKey),
                                   m_confirms ? 1 : 0, 0, &properties, bytes(body)),
                "basic.publish");
    const quint64 sequence = m_nextSequence++;
    if (m_confirms)
        m_unconfirmed.emplace(sequence, messageId);
    return sequence;
}

void AmqpConnection::settle(quint64 tag, bool multiple, bool ok)
{
    auto end = multiple ? m_unconfirmed.upper_bound(tag) : m_unconfirmed.find(tag);
    auto begin = multiple ? m_unconfirmed.begin() : end;
    if (!multiple) {
        if (end == m_unconfirmed.end())
            return;
        ++end;
    }
    for (auto it = begin; it != end; ++it) {
        if (!ok)
            m_failed.push_back(it->first);
    }
    m_unconfirmed.erase(begin, end);
}

// An unroutable message comes back (before its ack): read it and count it as failed.
void AmqpConnection::handleReturn()
{
    amqp_message_t message;
    const amqp_rpc_reply_t reply = amqp_read_message(m_state.get(), channel, &message, 0);
    if (reply.reply_type != AMQP_RESPONSE_NORMAL)
        throw AmqpError(QStringLiteral("basic.return: ") + describe(reply));
    const QByteArray id = toByteArray(message.properties.message_id);
    amqp_destroy_message(&message);
    for (const auto& [sequence, messageId] : m_unconfirmed) {
        if (messageId == id) {
            m_failed.push_back(sequence);
            break;
        }
    }
}

std::vector<quint64> AmqpConnection::waitForConfirms(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!m_unconfirmed.empty()) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            throw AmqpError(
                QStringLiteral("no publisher confirm within %1 ms").arg(timeout.count()));
        amqp_frame_t frame;
        timeval tv = toTimeval(left);
        const int status = amqp_simple_wait_frame_noblock(m_state.get(), &frame, &tv);
        if (status == AMQP_STATUS_TIMEOUT)
            continue;
        checkStatus(status, "waiting for confirms");
        if (frame.frame_type != AMQP_FRAME_METHOD)
            continue;
        switch (frame.payload.method.id) {
        case AMQP_BASIC_ACK_METHOD: {
            const auto* ack = static_cast<amqp_basic_ack_t*>(frame.payload.method.decoded);
            settle(ack->delivery_tag, ack->multiple, true);
            break;
        }
        case AMQP_BASIC_NACK_METHOD: {
            const auto* nack = static_cast<amqp_basic_nack_t*>(frame.payload.method.decoded);
            settle(nack->delivery_tag, nack->multiple, false);
            break;
        }
        case AMQP_BASIC_RETURN_METHOD:
            handleReturn();
            break;
        case AMQP_CHANNEL_CLOSE_METHOD:
        case AMQP_CONNECTION_CLOSE_METHOD:
            throw AmqpError(QStringLiteral("the broker closed the connection"));
        default:
            break;
        }
    }
    std::vector<quint64> failed;
    failed.swap(m_failed);
    return failed;
}

void AmqpConnection::setPrefetch(int count)
{
    amqp_basic_qos(m_state.get(), channel, 0, uint16_t(std::clamp(count, 1, 65535)), 0);
    checkReply("basic.qos");
}

void AmqpConnection::consume(const QByteArray& queue)
{
    amqp_basic_consume(m_state.get(), channel, bytes(queue), amqp_empty_bytes, 0, 0, 0,
                       amqp_empty_table);
    checkReply("basic.consume");
}

std::optional<AmqpDelivery> AmqpConnection::next(std::chrono::milliseconds timeout)
{
    amqp_maybe_release_buffers(m_state.get());
    amqp_envelope_t envelope;
    timeval tv = toTimeval(timeout);
    const amqp_rpc_reply_t reply = amqp_consume_message(m_state.get(), &envelope, &tv, 0);
    if (reply.reply_type == AMQP_RESPONSE_NORMAL) {
        AmqpDelivery delivery{envelope.delivery_tag, toByteArray(envelope.message.body),
                              toByteArray(envelope.message.properties.message_id),
                              envelope.redelivered != 0};
        if (!(envelope.message.properties._flags & AMQP_BASIC_MESSAGE_ID_FLAG))
            delivery.messageId.clear();
        amqp_destroy_envelope(&envelope);
        return delivery;
    }
    if (reply.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION &&
        reply.library_error == AMQP_STATUS_TIMEOUT)
        return std::nullopt;
    if (reply.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION &&
        reply.library_error == AMQP_STATUS_UNEXPECTED_STATE) {
        amqp_frame_t frame;
        checkStatus(amqp_simple_wait_frame(m_state.get(), &frame), "reading a frame");
        if (frame.frame_type == AMQP_FRAME_METHOD &&
            (frame.payload.method.id == AMQP_CHANNEL_CLOSE_METHOD ||
             frame.payload.method.id == AMQP_CONNECTION_CLOSE_METHOD ||
             frame.payload.method.id == AMQP_BASIC_CANCEL_METHOD))
            throw AmqpError(
                QStringLiteral("the broker closed the channel or cancelled the consumer"));
        return std::nullopt;
    }
    throw AmqpError(QStringLiteral("basic.consume: ") + describe(reply));
}

void AmqpConnection::ack(quint64 tag, bool multiple)
{
    checkStatus(amqp_basic_ack(m_state.get(), channel, tag, multiple ? 1 : 0), "basic.ack");
}

void AmqpConnection::reject(quint64 tag, bool requeue)
{
    checkStatus(amqp_basic_reject(m_state.get(), channel, tag, requeue ? 1 : 0), "basic.reject");
}
