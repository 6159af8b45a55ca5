#include "AttemptsQuery.h"

namespace AttemptsQuery {

Query forDelivery(qint64 deliveryId)
{
    return {QStringLiteral(R"sql(
SELECT d.state AS delivery_state, d.next_attempt_at AS delivery_next_attempt_at,
       d.manual_requested_by,
       a.id AS attempt_id, a.attempt_no, a.started_at, a.duration_ms, a.outcome, a.http_status,
       a.transport_error, a.trigger, a.next_attempt_at, a.request_headers::text AS request_headers,
       a.response_excerpt, a.worker
  FROM payops.deliveries AS d
  LEFT JOIN payops.attempts AS a ON a.delivery_id = d.id
 WHERE d.id = $1
 ORDER BY a.started_at, a.id
)sql"),
            {deliveryId}};
}

} // namespace AttemptsQuery
