#include "WebhookSender.h"

#include "WebhookSignature.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

struct Exchange
{
    QByteArray excerpt;
    QElapsedTimer clock;
    bool timedOut = false;
    bool sent = false;
};

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

WebhookSender::Slot WebhookSender::takeSlot(const QString& host)
{
    std::vector<int>& load = m_load[host];
    auto free =
        std::find_if(load.begin(), load.end(), [](int n) { return n < connectionsPerManager; });
    int index = int(free - load.begin());
    if (free == load.end())
        load.push_back(0);
    if (index >= int(m_managers.size())) {
        auto manager = std::make_unique<QNetworkAccessManager>();
        manager->setProxy(QNetworkProxy::NoProxy);
        manager->setAutoDeleteReplies(false);
        m_managers.push_back(std::move(manager));
    }
    ++load[index];
    return {host, index};
}

void WebhookSender::releaseSlot(const Slot& slot)
{
    auto it = m_load.find(slot.host);
    if (it == m_load.end())
        return;
    --(*it)[slot.manager];
    while (!it->empty() && it->back() == 0)
        it->pop_back();
    if (it->empty())
        m_load.erase(it);
}

void WebhookSender::send(const ClaimedDelivery& delivery, const QDateTime& startedAt, Done done)
{
    AttemptResult result;
    result.deliveryId = delivery.id;
    result.endpointId = delivery.endpointId;
    result.attemptNo = delivery.attemptCount + 1;
    result.trigger = delivery.trigger();
    result.startedAt = startedAt;

    QString secretError;
    const auto signature = WebhookSignature::fromSecret(delivery.secret, &secretError);
    if (!signature) {
        result.transportError = u"the endpoint has no usable signing secret"_s;
        result.outcome = AttemptResult::Outcome::Refused;
        QMetaObject::invokeMethod(
            this, [result = std::move(result), done = std::move(done)] { done(result); },
            Qt::QueuedConnection);
        return;
    }
    const QByteArray id = delivery.eventId.toUtf8();
    const qint64 timestamp = QDateTime::currentSecsSinceEpoch();
    const QByteArray signed_ = signature->sign(id, timestamp, delivery.payload);

    const QUrl url(delivery.url);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("webhook-id", id);
    request.setRawHeader("webhook-timestamp", QByteArray::number(timestamp));
    request.setRawHeader("webhook-signature", signed_);
    request.setRawHeader("content-type", "application/json");
    request.setRawHeader("user-agent", m_options.userAgent);
    result.requestHeaders = QJsonObject{
        {u"webhook-id"_s, delivery.eventId},
        {u"webhook-timestamp"_s, QString::number(timestamp)},
        {u"webhook-signature"_s, QString::fromLatin1(signed_)},
        {u"content-type"_s, u"application/json"_s},
        {u"user-agent"_s, QString::fromLatin1(m_options.userAgent)},
    };

    const Slot slot = takeSlot(url.host() + u':' + QString::number(url.port(0)));
    ++m_inFlight;
    auto exchange = std::make_shared<Exchange>();
    exchange->clock.start();
    QNetworkReply* reply = m_managers[slot.manager]->post(request, delivery.payload);

    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->start(m_options.connectTimeout);
    connect(timer, &QTimer::timeout, reply, [reply, exchange] {
        exchange->timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::requestSent, timer, [timer, exchange, this] {
        exchange->sent = true;
        timer->start(m_options.responseTimeout);
    });
    connect(reply, &QIODevice::readyRead, reply, [reply, exchange] {
        const QByteArray chunk = reply->readAll();
        if (exchange->excerpt.size() < excerptLimit)
            exchange->excerpt += chunk.left(excerptLimit - exchange->excerpt.size());
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, exchange, slot, result = std::move(result),
             done = std::move(done)]() mutable {
                const QByteArray rest = reply->readAll();
                if (exchange->excerpt.size() < excerptLimit)
                    exchange->excerpt += rest.left(excerptLimit - exchange->excerpt.size());
                result.durationMs = exchange->clock.elapsed();
                result.responseExcerpt = excerptText(exchange->excerpt);
                if (exchange->timedOut) {
                    result.transportError =
                        exchange->sent
                            ? u"no response within %1 ms"_s.arg(m_options.responseTimeout.count())
                            : u"could not connect within %1 ms"_s.arg(
                                  m_options.connectTimeout.count());
                }
                finish(reply, std::move(result), slot, exchange->timedOut, done);
            });
}

void WebhookSender::finish(QNetworkReply* reply, AttemptResult result, const Slot& slot,
                           bool timedOut, const Done& done)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!timedOut && status.isValid()) {
        result.httpStatus = status.toInt();
        result.retryAfter = reply->rawHeader("retry-after");
    } else if (!timedOut) {
        result.transportError = reply->errorString();
    }
    result.outcome = timedOut ? AttemptResult::Outcome::Timeout
                     : result.httpStatus >= 200 && result.httpStatus < 300
                         ? AttemptResult::Outcome::Succeeded
                         : AttemptResult::Outcome::Failed;
    releaseSlot(slot);
    --m_inFlight;
    reply->deleteLater();
    done(std::move(result));
}
