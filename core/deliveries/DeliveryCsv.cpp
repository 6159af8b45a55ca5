#include "DeliveryCsv.h"

#include "console/Csv.h"

#include <QStringList>

namespace {

QString time(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

namespace DeliveryCsv {

QByteArray header()
{
    return Csv::line(
        {QStringLiteral("delivery_id"), QStringLiteral("created_at"), QStringLiteral("event_at"),
         QStringLiteral("event_id"), QStringLiteral("type"), QStringLiteral("merchant_id"),
         QStringLiteral("payment_id"), QStringLiteral("endpoint_id"), QStringLiteral("url"),
         QStringLiteral("state"), QStringLiteral("attempts"), QStringLiteral("last_http_status"),
         QStringLiteral("last_error"), QStringLiteral("next_attempt_at")});
}

QByteArray line(const DeliveryRow& row)
{
    // Ids, URL and error came from merchants and callers: every text is made inert.
    return Csv::line({QString::number(row.id), time(row.createdAt), time(row.eventAt),
                      Csv::inert(row.eventId), Csv::inert(row.type), Csv::inert(row.merchantId),
                      Csv::inert(row.paymentId), QString::number(row.endpointId),
                      Csv::inert(row.url), Csv::inert(row.state), QString::number(row.attempts),
                      row.lastHttpStatus > 0 ? QString::number(row.lastHttpStatus) : QString(),
                      Csv::inert(row.lastError), time(row.nextAttemptAt)});
}

} // namespace DeliveryCsv
