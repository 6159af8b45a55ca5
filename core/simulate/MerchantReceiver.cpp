#include "MerchantReceiver.h"

#include "HttpRequestParser.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

struct MerchantReceiver::Connection
{
    QByteArray buffer;
    bool busy = false; // a request is being answered (slow phase): later ones wait
    bool hung = false; // a "hang" phase swallowed a request: nothing more is answered
    QElapsedTimer idle;
};

namespace {

QByteArray jsonBody(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

MerchantReceiver::MerchantReceiver(MerchantScript script, QObject* parent)
    : QObject(parent)
    , m_script(std::move(script))
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    for (const MerchantSpec& merchant : m_script.merchants()) {
        m_signers.emplace(merchant.endpointId, *WebhookSignature::fromSecret(merchant.secret));
        m_counters[merchant.endpointId];
    }
    m_started.start();
    m_elapsed = [this] { return std::chrono::milliseconds(m_started.elapsed()); };
    m_sweep.setInterval(1000);
    connect(&m_sweep, &QTimer::timeout, this, &MerchantReceiver::sweepIdle);
}

MerchantReceiver::~MerchantReceiver()
{
    for (auto& [socket, connection] : m_connections) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

bool MerchantReceiver::listen(const QHostAddress& address, quint16 port, QString* error)
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::newConnection, this, &MerchantReceiver::accept);
    if (!m_server->listen(address, port)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(address.toString())
                     .arg(port)
                     .arg(m_server->errorString());
        return false;
    }
    m_started.restart();
    m_sweep.start();
    return true;
}

quint16 MerchantReceiver::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString MerchantReceiver::urlOf(const MerchantSpec& merchant) const
{
    QString host = m_server ? m_server->serverAddress().toString() : u"127.0.0.1"_s;
    if (host.contains(u':'))
        host = u'[' + host + u']';
    return u"http://%1:%2/%3"_s.arg(host).arg(port()).arg(merchant.path);
}

const MerchantCounters& MerchantReceiver::counters(const QString& endpointId) const
{
    static const MerchantCounters none;
    const auto it = m_counters.find(endpointId);
    return it == m_counters.end() ? none : it->second;
}

QJsonObject MerchantReceiver::report() const
{
    QJsonObject merchants;
    MerchantCounters totals;
    for (const MerchantSpec& merchant : m_script.merchants()) {
        const MerchantCounters& counts = counters(merchant.endpointId);
        QJsonObject entry = counts.toJson();
        entry.insert(u"merchant"_s, merchant.merchantId);
        entry.insert(u"url"_s, urlOf(merchant));
        entry.insert(u"phase"_s, MerchantScript::kindName(merchant.phaseAt(m_elapsed()).kind));
        merchants.insert(merchant.endpointId, entry);
        totals.received += counts.received;
        totals.verified += counts.verified;
        totals.badSignatures += counts.badSignatures;
        totals.accepted += counts.accepted;
        totals.repeats += counts.repeats;
        totals.duplicates += counts.duplicates;
        totals.seenIds.unite(counts.seenIds);
        totals.deliveredIds.unite(counts.deliveredIds);
        for (auto it = counts.answers.begin(); it != counts.answers.end(); ++it)
            totals.answers[it.key()] += it.value();
    }
    return {{u"merchants"_s, merchants},
            {u"totals"_s, totals.toJson()},
            {u"elapsed_s"_s, double(m_elapsed().count()) / 1000.0}};
}

QByteArray MerchantReceiver::seenIdsCsv() const
{
    QByteArray csv = "endpoint,webhook_id,delivered\n";
    for (const MerchantSpec& merchant : m_script.merchants()) {
        const MerchantCounters& counts = counters(merchant.endpointId);
        const QByteArray endpoint = merchant.endpointId.toUtf8();
        QList<QByteArray> ids(counts.seenIds.begin(), counts.seenIds.end());
        std::sort(ids.begin(), ids.end());
        for (const QByteArray& id : ids) {
            // Ids come from the request: anything that could break a CSV line is left out.
            if (id.contains(',') || id.contains('\n') || id.contains('\r') || id.contains('"'))
                continue;
            csv +=
                endpoint + ',' + id + ',' + (counts.deliveredIds.contains(id) ? '1' : '0') + '\n';
        }
    }
    return csv;
}

void MerchantReceiver::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        auto connection = std::make_unique<Connection>();
        connection->idle.start();
        m_connections.emplace(socket, std::move(connection));
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.erase(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            read(socket);
    }
}

void MerchantReceiver::read(QTcpSocket* socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection& connection = *it->second;
    connection.buffer += socket->readAll();
    connection.idle.restart();
    // A client that keeps pipelining while a slow answer is pending gets cut off at a bound.
    if (connection.buffer.size() >
        4 * (HttpRequestParser::maxHeaderBytes + HttpRequestParser::maxBodyBytes)) {
        socket->abort();
        return;
    }
    processNext(socket);
}

void MerchantReceiver::processNext(QTcpSocket* socket)
{
    while (true) {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end() || socket->state() != QAbstractSocket::ConnectedState)
            return;
        Connection& connection = *it->second;
        if (connection.busy || connection.hung)
            return;
        HttpRequest request;
        int status = 0;
        QByteArray error;
        switch (HttpRequestParser::take(connection.buffer, &request, &status, &error)) {
        case HttpRequestParser::Outcome::NeedMore:
            return;
        case HttpRequestParser::Outcome::Bad:
            connection.buffer.clear();
            connection.hung = true; // nothing after a bad request can be framed
            send(socket, {status, jsonBody({{u"error"_s, QString::fromLatin1(error)}})}, false);
            return;
        case HttpRequestParser::Outcome::Complete:
            handle(socket, connection, request);
            break;
        }
    }
}

const MerchantSpec* MerchantReceiver::route(const QByteArray& target) const
{
    QByteArray path = target;
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path.truncate(query);
    while (path.endsWith('/') && path.size() > 1)
        path.chop(1);
    for (const MerchantSpec& merchant : m_script.merchants()) {
        if (path == '/' + merchant.path.toUtf8())
            return &merchant;
    }
    return nullptr;
}

void MerchantReceiver::handle(QTcpSocket* socket, Connection& connection,
                              const HttpRequest& request)
{
    const bool keepAlive = request.keepAlive();
    const MerchantSpec* merchant = route(request.target);
    if (!merchant) {
        send(socket, {404, jsonBody({{u"error"_s, u"no merchant at this path"_s}})}, keepAlive);
        return;
    }
    if (request.method != "POST") {
        send(socket, {405, jsonBody({{u"error"_s, u"webhooks are POSTed"_s}})}, keepAlive);
        return;
    }
    MerchantCounters& counts = m_counters[merchant->endpointId];
    const Reply reply = decide(*merchant, request, counts);
    if (reply.action != Reply::Action::Answer) {
        if (reply.action == Reply::Action::Reset) {
            ++counts.answers[u"reset"_s];
            emit answered(merchant->endpointId, u"reset"_s);
            socket->abort();
        } else {
            ++counts.answers[u"hang"_s];
            connection.hung = true;
            emit answered(merchant->endpointId, u"hang"_s);
        }
        return;
    }
    const QString answer = QString::number(reply.status);
    ++counts.answers[answer];
    emit answered(merchant->endpointId, answer);
    if (reply.delay <= 0ms) {
        send(socket, reply, keepAlive);
        return;
    }
    connection.busy = true;
    QTimer::singleShot(reply.delay, socket, [this, socket, reply, keepAlive] {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        it->second->busy = false;
        send(socket, reply, keepAlive);
        processNext(socket);
    });
}

MerchantReceiver::Reply MerchantReceiver::decide(const MerchantSpec& merchant,
                                                 const HttpRequest& request,
                                                 MerchantCounters& counts)
{
    ++counts.received;
    const MerchantPhase& phase = merchant.phaseAt(m_elapsed());
    using Kind = MerchantPhase::Kind;
    if (phase.kind == Kind::Down && phase.downMode == MerchantPhase::DownMode::Reset)
        return {
            .status = 0, .body = {}, .retryAfter = 0, .delay = 0ms, .action = Reply::Action::Reset};
    if (phase.kind == Kind::Down && phase.downMode == MerchantPhase::DownMode::Hang)
        return {
            .status = 0, .body = {}, .retryAfter = 0, .delay = 0ms, .action = Reply::Action::Hang};
    const QByteArray id = request.header("webhook-id");
    if (!id.isEmpty()) {
        if (counts.seenIds.contains(id))
            ++counts.repeats;
        else
            counts.seenIds.insert(id);
    }
    const auto verdict = m_signers.at(merchant.endpointId)
                             .verify(id, request.header("webhook-timestamp"),
                                     request.header("webhook-signature"), request.body);
    if (verdict != WebhookSignature::Verdict::Valid) {
        ++counts.badSignatures;
        return {401, jsonBody({{u"error"_s, WebhookSignature::describe(verdict)}})};
    }
    ++counts.verified;

    Reply reply{200, jsonBody({{u"received"_s, QString::fromLatin1(id)}})};
    switch (phase.kind) {
    case Kind::Healthy:
        break;
    case Kind::Slow:
        reply.delay = phase.delay;
        break;
    case Kind::Flaky:
        if (m_random() < phase.share)
            reply = {phase.status, jsonBody({{u"error"_s, u"simulated failure"_s}})};
        break;
    case Kind::Down:
        reply = {503, jsonBody({{u"error"_s, u"down for maintenance"_s}}), phase.retryAfter};
        break;
    case Kind::RateLimited:
        if (m_random() < phase.share)
            reply = {429, jsonBody({{u"error"_s, u"slow down"_s}}), phase.retryAfter};
        break;
    case Kind::Gone:
        reply = {410, jsonBody({{u"error"_s, u"this endpoint is gone"_s}})};
        break;
    }
    if (reply.status / 100 == 2) {
        ++counts.accepted;
        if (!id.isEmpty()) {
            if (counts.deliveredIds.contains(id))
                ++counts.duplicates;
            else
                counts.deliveredIds.insert(id);
        }
    }
    return reply;
}

void MerchantReceiver::send(QTcpSocket* socket, const Reply& reply, bool keepAlive)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' +
                      HttpRequestParser::reasonPhrase(reply.status) +
                      "\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(reply.body.size()) + "\r\n";
    if (reply.retryAfter > 0)
        head += "Retry-After: " + QByteArray::number(reply.retryAfter) + "\r\n";
    if (!keepAlive)
        head += "Connection: close\r\n";
    socket->write(head + "\r\n" + reply.body);
    if (!keepAlive)
        socket->disconnectFromHost();
}

void MerchantReceiver::sweepIdle()
{
    std::vector<QTcpSocket*> idle;
    for (const auto& [socket, connection] : m_connections) {
        if (!connection->busy && connection->idle.elapsed() > m_idleTimeout.count())
            idle.push_back(socket);
    }
    for (QTcpSocket* socket : idle)
        socket->disconnectFromHost();
}
