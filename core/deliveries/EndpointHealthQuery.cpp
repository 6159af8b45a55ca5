#include "EndpointHealthQuery.h"

namespace EndpointHealthQuery {

Query all()
{
    return {QStringLiteral(R"sql(
SELECT h.endpoint_id, h.merchant_id, h.url, h.attempts, h.successes, h.success_rate,
       h.p50_ms, h.p95_ms, h.circuit_state, h.enabled, h.disabled_reason,
       h.consecutive_failures, h.failing_since
  FROM payops.endpoint_health AS h
 ORDER BY h.enabled, h.circuit_state = 'closed', h.success_rate NULLS LAST, h.merchant_id,
          h.url
)sql"),
            {}};
}

Query setEnabled(qint64 endpointId, bool enabled, const QString& reason)
{
    return Query::action(QStringLiteral("SELECT payops.set_endpoint_enabled($1, $2, $3)"),
                         {endpointId, enabled, reason});
}

} // namespace EndpointHealthQuery
