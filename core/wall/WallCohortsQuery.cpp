#include "WallCohortsQuery.h"

using namespace Qt::StringLiterals;

namespace WallCohortsQuery {

namespace {

// A downtime as JSON (times as epoch seconds) with the rank of its severity among the
// bands of its rule's current version (1 = the band with the lowest "below"; 0 = unknown).
const QString downtimeJson = QStringLiteral(R"sql(
json_build_object('id', d.id, 'rule_version', d.rule_version,
                  'started_at', extract(epoch FROM d.started_at),
                  'resolved_at', extract(epoch FROM d.resolved_at),
                  'severity', d.severity, 'rank', d.rank, 'lowest_sr', d.lowest_sr,
                  'volume', d.volume, 'muted', d.muted, 'label', d.label)
)sql");

const QString rankedDowntimes = QStringLiteral(R"sql(
SELECT d.*, coalesce((
           SELECT b.n
             FROM (SELECT e ->> 'name' AS name,
                          row_number() OVER (ORDER BY (e ->> 'below')::double precision) AS n
                     FROM jsonb_array_elements(r.definition -> 'severity') AS e) AS b
            WHERE b.name = d.severity), 0)::integer AS rank
  FROM payops.downtimes AS d
  LEFT JOIN payops.current_rules AS r USING (rule_id)
)sql");

} // namespace

Query build(WallRange range, qint64 cutoffMs)
{
    const QString sql = uR"sql(
WITH bounds AS (
    SELECT now() AS as_of, now() - make_interval(secs => $1) AS since,
           $2::double precision AS bucket,
           greatest(now() - make_interval(secs => $1),
                    to_timestamp($3::bigint / 1000.0) - interval '1 microsecond') AS rows_since
), windows AS (
    SELECT w.rule_id, w.cohort_key, w.window_end, w.attempts, w.successes, w.sr
      FROM payops.sr_windows AS w
      JOIN payops.current_rules AS r ON r.rule_id = w.rule_id, bounds
     WHERE w.window_end > bounds.rows_since
       -- A window under its rule's minimum volume judges nothing: charted, a merchant's
       -- two payments would rank first on the wall.
       AND w.attempts >= coalesce((r.definition ->> 'min_volume')::int, 0)
), buckets AS (
    SELECT rule_id, cohort_key, max(window_end) AS at, sum(attempts) AS attempts,
           sum(successes) AS successes
      FROM windows, bounds
     GROUP BY rule_id, cohort_key, floor(extract(epoch FROM window_end) / bounds.bucket)
), series AS (
    SELECT rule_id, cohort_key,
           string_agg(round(extract(epoch FROM at), 3)::text || ':'
                      || coalesce(round(successes::numeric / nullif(attempts, 0), 5)::text, ''),
                      ',' ORDER BY at) AS points
      FROM buckets
     GROUP BY rule_id, cohort_key
), latest AS (
    SELECT DISTINCT ON (rule_id, cohort_key) rule_id, cohort_key, sr, attempts
      FROM windows
     ORDER BY rule_id, cohort_key, window_end DESC
), downs AS (
    SELECT d.rule_id, d.cohort_key,
           json_agg()sql" %
                        downtimeJson % uR"sql( ORDER BY d.started_at) AS downtimes,
           min(CASE WHEN d.rank = 0 THEN 1000 ELSE d.rank END)
               FILTER (WHERE d.resolved_at IS NULL AND NOT d.muted) AS worst_order,
           (array_agg(d.severity ORDER BY CASE WHEN d.rank = 0 THEN 1000 ELSE d.rank END)
               FILTER (WHERE d.resolved_at IS NULL AND NOT d.muted))[1] AS worst_severity
      FROM ()sql" % rankedDowntimes %
                        uR"sql() AS d, bounds
     WHERE d.started_at <= bounds.as_of
       AND (d.resolved_at IS NULL OR d.resolved_at > bounds.since)
     GROUP BY d.rule_id, d.cohort_key
), keys AS (
    SELECT rule_id, cohort_key FROM latest
    UNION
    SELECT rule_id, cohort_key FROM downs
)
SELECT k.rule_id, r.name AS rule_name,
       (r.definition ->> 'open_below')::double precision AS open_below,
       k.cohort_key, l.sr AS current_sr, l.attempts AS current_attempts, s.points,
       dn.downtimes,
       dn.worst_severity,
       CASE WHEN dn.worst_order = 1000 THEN 0 ELSE dn.worst_order END AS worst_rank,
       extract(epoch FROM bounds.as_of)::double precision AS as_of
  FROM keys AS k
  CROSS JOIN bounds
  LEFT JOIN payops.current_rules AS r USING (rule_id)
  LEFT JOIN latest AS l USING (rule_id, cohort_key)
  LEFT JOIN series AS s USING (rule_id, cohort_key)
  LEFT JOIN downs AS dn USING (rule_id, cohort_key)
 ORDER BY dn.worst_order NULLS LAST, l.sr NULLS LAST, r.name, k.cohort_key
)sql"_s;
    return {sql, {wallRangeSeconds(range), wallBucketSeconds(range), cutoffMs}};
}

qint64 bucketStartMs(WallRange range, qint64 atMs)
{
    const qint64 bucketMs = qint64(wallBucketSeconds(range)) * 1000;
    return atMs - ((atMs % bucketMs) + bucketMs) % bucketMs;
}

Query cohortDowntimes(qint64 ruleId, const QString& cohortKey, int limit)
{
    return {u"SELECT coalesce(json_agg("_s % downtimeJson %
                u" ORDER BY d.started_at DESC), '[]') AS downtimes FROM (SELECT * FROM ("_s %
                rankedDowntimes %
                u") AS ranked WHERE rule_id = $1 AND cohort_key = $2 "
                u"ORDER BY started_at DESC LIMIT $3) AS d"_s,
            {ruleId, cohortKey, limit}};
}

} // namespace WallCohortsQuery
