#include "BrokerQueueFigures.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

double rateOf(const QJsonObject& stats, const QString& name)
{
    return stats.value(name + QStringLiteral("_details")).toObject().value(u"rate").toDouble();
}

} // namespace

BrokerQueueFigures BrokerQueueFigures::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject() || !document.object().contains(u"name")) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? QStringLiteral("not JSON: %1").arg(parseError.errorString())
                         : QStringLiteral("not a queue description");
        return {};
    }
    const QJsonObject queue = document.object();
    const QJsonObject stats = queue.value(u"message_stats").toObject();
    BrokerQueueFigures f;
    f.name = queue.value(u"name").toString();
    f.type = queue.value(u"type").toString();
    f.state = queue.value(u"state").toString();
    f.messages = queue.value(u"messages").toInteger();
    f.ready = queue.value(u"messages_ready").toInteger();
    f.unacked = queue.value(u"messages_unacknowledged").toInteger();
    f.consumers = queue.value(u"consumers").toInt();
    f.publishRate = rateOf(stats, QStringLiteral("publish"));
    f.deliverRate = rateOf(stats, QStringLiteral("deliver_get"));
    f.ackRate = rateOf(stats, QStringLiteral("ack"));
    f.redeliverRate = rateOf(stats, QStringLiteral("redeliver"));
    return f;
}
