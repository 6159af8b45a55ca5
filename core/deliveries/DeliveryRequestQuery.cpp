#include "DeliveryRequestQuery.h"

namespace DeliveryRequestQuery {

Query forDelivery(qint64 deliveryId)
{
    return {QStringLiteral(R"sql(
SELECT e.url, d.event_id, w.payload::text AS body,
       (SELECT a.request_headers::text
          FROM payops.attempts AS a
         WHERE a.delivery_id = d.id AND a.request_headers IS NOT NULL
         ORDER BY a.started_at DESC, a.id DESC
         LIMIT 1) AS request_headers
  FROM payops.deliveries AS d
  JOIN payops.endpoints AS e ON e.id = d.endpoint_id
  JOIN payops.webhook_events AS w ON w.id = d.event_id
 WHERE d.id = $1::bigint
)sql"),
            {deliveryId}};
}

} // namespace DeliveryRequestQuery
