#include "EventDetailQuery.h"

namespace EventDetailQuery {

Query event(const QString& eventId)
{
    return {QStringLiteral(R"sql(
SELECT id, type, merchant_id, payment_id, created_at, payload::text AS payload
  FROM payops.webhook_events
 WHERE id = $1
)sql"),
            {eventId}};
}

Query deliveries(const QString& eventId)
{
    return {QStringLiteral(R"sql(
SELECT d.id AS delivery_id, d.endpoint_id, e.url, e.enabled AS endpoint_enabled, d.state,
       d.attempt_count, d.next_attempt_at, d.last_http_status, d.last_error,
       d.manual_requested_by, d.created_at, d.completed_at
  FROM payops.deliveries AS d
  JOIN payops.endpoints AS e ON e.id = d.endpoint_id
 WHERE d.event_id = $1
 ORDER BY e.url, d.id
)sql"),
            {eventId}};
}

} // namespace EventDetailQuery
