#include "DeliveryCsv.h"

#include <QStringList>

namespace {

QString time(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QByteArray joined(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& value : fields)
        quoted << DeliveryCsv::field(value);
    return quoted.join(u',').toUtf8() + "\r\n";
}

} // namespace

namespace DeliveryCsv {

QString field(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString inert(const QString& text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (text.isEmpty() || !formulaStarts.contains(text.front()))
        return text;
    return u'\'' + text;
}

QByteArray header()
{
    return joined({QStringLiteral("delivery_id"), QStringLiteral("created_at"),
                   QStringLiteral("event_at"), QStringLiteral("event_id"), QStringLiteral("type"),
                   QStringLiteral("merchant_id"), QStringLiteral("payment_id"),
                   QStringLiteral("endpoint_id"), QStringLiteral("url"), QStringLiteral("state"),
                   QStringLiteral("attempts"), QStringLiteral("last_http_status"),
                   QStringLiteral("last_error"), QStringLiteral("next_attempt_at")});
}

QByteArray line(const DeliveryRow& row)
{
    return joined({QString::number(row.id), time(row.createdAt), time(row.eventAt), row.eventId,
                   row.type, row.merchantId, row.paymentId, QString::number(row.endpointId),
                   row.url, row.state, QString::number(row.attempts),
                   row.lastHttpStatus > 0 ? QString::number(row.lastHttpStatus) : QString(),
                   inert(row.lastError), time(row.nextAttemptAt)});
}

} // namespace DeliveryCsv
