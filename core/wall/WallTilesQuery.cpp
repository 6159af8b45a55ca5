#include "WallTilesQuery.h"

using namespace Qt::StringLiterals;

namespace WallTilesQuery {

Query build()
{
    return {uR"sql(
SELECT 'severity' AS kind, d.severity AS item,
       coalesce(min((SELECT b.n
                       FROM (SELECT e ->> 'name' AS name,
                                    row_number() OVER (ORDER BY (e ->> 'below')::double precision) AS n
                               FROM jsonb_array_elements(r.definition -> 'severity') AS e) AS b
                      WHERE b.name = d.severity)), 0)::integer AS rank,
       count(*) FILTER (WHERE NOT d.muted) AS a, count(*) FILTER (WHERE d.muted) AS b
  FROM payops.downtimes AS d
  LEFT JOIN payops.current_rules AS r USING (rule_id)
 WHERE d.resolved_at IS NULL
 GROUP BY d.severity
UNION ALL
SELECT 'webhooks', NULL, NULL, count(*), count(*) FILTER (WHERE http_status BETWEEN 200 AND 299)
  FROM payops.attempts
 WHERE started_at >= now() - interval '15 minutes'
UNION ALL
SELECT 'dead', NULL, NULL, count(*),
       count(*) FILTER (WHERE coalesce(completed_at, updated_at) >= now() - interval '24 hours')
  FROM payops.deliveries
 WHERE state = 'dead'
)sql"_s,
            {}};
}

} // namespace WallTilesQuery
