#include "WebhookSender.h"

#include "EndpointConnectionPool.h"
#include "EndpointUrlPolicy.h"
#include "WebhookSignature.h"

#include <QElapsedTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString excerptText(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    text.remove(QChar(0));
    return text.left(WebhookSender::excerptLimit);
}

} // namespace

WebhookSender::WebhookSender(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.userAgent.isEmpty())
        m_options.userAgent = QByteArrayLiteral("payops");
}

WebhookSender::~WebhookSender() = default;

int WebhookSender::connections() const
{
    int total = 0;
    for (const EndpointConnectionPool* pool : m_pools)
        total += pool->connections();
    return total;
}

const WebhookSender::Target& WebhookSender::targetFor(qint64 endpointId, const QString& url)
{
    const QString endpoint = QString::number(endpointId) + u' ';
    const QString targetKey = endpoint + url;
    auto it = m_targets.find(targetKey);
    if (it != m_targets.end())
        return *it;
    Target target;
    const QUrl parsed(url);
    const QString scheme = parsed.scheme().toLower();
    const bool tls = scheme == u"https";
    if (!parsed.isValid() || (scheme != u"http" && !tls) || parsed.host().isEmpty()) {
        target.error = u"cannot send to %1: not an http or https URL"_s.arg(url);
        return *m_targets.insert(targetKey, target);
    }
    if (auto refused = m_options.policy ? EndpointUrlPolicy::checkUrl(parsed) : std::nullopt) {
        target.error = u"not sent: "_s + *refused;
        return *m_targets.insert(targetKey, target);
    }
    const quint16 port = quint16(parsed.port(tls ? 443 : 80));
    const QString key = endpoint + scheme + u"://" + parsed.host() + u':' + QString::number(port);
    EndpointConnectionPool*& pool = m_pools[key];
    if (!pool) {
        pool = new EndpointConnectionPool(parsed.host(), port, tls, m_options.connectTimeout,
                                          m_options.responseTimeout, m_options.policy, this);
    }
    target.pool = pool;
    QByteArray path = parsed.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (parsed.hasQuery())
        path += '?' + parsed.query(QUrl::FullyEncoded).toLatin1();
    const bool defaultPort = parsed.port() < 0 || port == (tls ? 443 : 80);
    QByteArray host = parsed.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (!defaultPort)
        host += ':' + QByteArray::number(port);
    target.head = "POST " + path + " HTTP/1.1\r\nhost: " + host +
                  "\r\ncontent-type: application/json\r\nuser-agent: " + m_options.userAgent +
                  "\r\n";
    return *m_targets.insert(targetKey, target);
}

void WebhookSender::later(AttemptResult result, Done done)
{
    QMetaObject::invokeMethod(
        this, [result = std::move(result), done = std::move(done)] { done(result); },
        Qt::QueuedConnection);
}

void WebhookSender::send(const ClaimedDelivery& delivery, const QDateTime& startedAt, Done done)
{
    AttemptResult result;
    result.deliveryId = delivery.id;
    result.endpointId = delivery.endpointId;
    result.attemptNo = delivery.attemptCount + 1;
    result.trigger = delivery.trigger();
    result.startedAt = startedAt;

    const auto signature = WebhookSignature::fromSecret(delivery.secret);
    if (!signature) {
        result.transportError = u"the endpoint has no usable signing secret"_s;
        result.outcome = AttemptResult::Outcome::Refused;
        return later(std::move(result), std::move(done));
    }
    const Target& target = targetFor(delivery.endpointId, delivery.url);
    if (!target.pool) {
        result.transportError = target.error;
        result.outcome = AttemptResult::Outcome::Refused;
        return later(std::move(result), std::move(done));
    }
    const QByteArray id = delivery.eventId.toUtf8();
    const qint64 timestamp = QDateTime::currentSecsSinceEpoch();
    const QByteArray stamp = QByteArray::number(timestamp);
    const QByteArray signed_ = signature->sign(id, timestamp, delivery.payload);
    QByteArray request;
    request.reserve(target.head.size() + id.size() + signed_.size() + delivery.payload.size() +
                    128);
    request += target.head;
    request += "webhook-id: " + id + "\r\nwebhook-timestamp: " + stamp +
               "\r\nwebhook-signature: " + signed_ +
               "\r\ncontent-length: " + QByteArray::number(delivery.payload.size()) + "\r\n\r\n";
    request += delivery.payload;
    result.requestHeaders = {id, stamp, signed_, m_options.userAgent};

    target.pool->setMaxConnections(delivery.maxInFlight);
    ++m_inFlight;
    QElapsedTimer clock;
    clock.start();
    target.pool->send(std::move(request),
                      [this, clock, result = std::move(result),
                       done = std::move(done)](HttpClientConnection::Response response) mutable {
                          --m_inFlight;
                          result.durationMs = clock.elapsed();
                          result.responseExcerpt = excerptText(response.excerpt);
                          result.httpStatus = response.status;
                          result.retryAfter = response.retryAfter;
                          result.transportError = response.error;
                          result.outcome = response.refused    ? AttemptResult::Outcome::Refused
                                           : response.timedOut ? AttemptResult::Outcome::Timeout
                                           : result.httpStatus >= 200 && result.httpStatus < 300
                                               ? AttemptResult::Outcome::Succeeded
                                               : AttemptResult::Outcome::Failed;
                          done(std::move(result));
                      });
}
