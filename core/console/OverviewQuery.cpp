#include "OverviewQuery.h"

namespace OverviewQuery {

Query build()
{
    return {QStringLiteral(R"sql(
SELECT 'status' AS kind, status AS item,
       count(*) FILTER (WHERE occurred_at >= now() - interval '1 hour') AS last_hour,
       count(*) AS last_day, max(occurred_at) AS latest
  FROM payops.payment_events
 WHERE occurred_at >= now() - interval '24 hours'
 GROUP BY status
UNION ALL
SELECT 'quarantine', NULL,
       count(*) FILTER (WHERE received_at >= now() - interval '1 hour'),
       count(*), max(received_at)
  FROM payops.ingest_quarantine
 WHERE received_at >= now() - interval '24 hours'
UNION ALL
(SELECT 'schema', version::text, NULL, NULL, applied_at
   FROM payops.schema_migrations
  ORDER BY schema_migrations.version DESC
  LIMIT 1)
)sql"),
            {}};
}

} // namespace OverviewQuery
