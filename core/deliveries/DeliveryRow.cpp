#include "DeliveryRow.h"

QList<DeliveryRow> DeliveryRow::fromResult(const QueryResult& result)
{
    const auto column = [&result](const char* name) {
        return result.column(QString::fromLatin1(name));
    };
    const int id = column("id");
    const int createdAt = column("created_at");
    const int createdKey = column("created_key");
    const int eventAt = column("event_at");
    const int eventId = column("event_id");
    const int type = column("type");
    const int merchant = column("merchant_id");
    const int payment = column("payment_id");
    const int endpoint = column("endpoint_id");
    const int url = column("url");
    const int state = column("state");
    const int attempts = column("attempt_count");
    const int status = column("last_http_status");
    const int error = column("last_error");
    const int next = column("next_attempt_at");
    QList<DeliveryRow> rows;
    rows.reserve(result.rows.size());
    for (const QVariantList& values : result.rows) {
        DeliveryRow row;
        row.id = values.value(id).toLongLong();
        row.createdAt = values.value(createdAt).toDateTime();
        row.createdKey = values.value(createdKey).toString();
        row.eventAt = values.value(eventAt).toDateTime();
        row.eventId = values.value(eventId).toString();
        row.type = values.value(type).toString();
        row.merchantId = values.value(merchant).toString();
        row.paymentId = values.value(payment).toString();
        row.endpointId = values.value(endpoint).toLongLong();
        row.url = values.value(url).toString();
        row.state = values.value(state).toString();
        row.attempts = values.value(attempts).toInt();
        row.lastHttpStatus = values.value(status).toInt();
        row.lastError = values.value(error).toString();
        row.nextAttemptAt = values.value(next).toDateTime();
        rows.append(row);
    }
    return rows;
}
