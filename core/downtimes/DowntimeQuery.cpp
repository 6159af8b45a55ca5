#include "DowntimeQuery.h"

using namespace Qt::StringLiterals;

namespace DowntimeQuery {

Query page(const DowntimeFilter& filter, const DowntimeCursor& after, int limit)
{
    static const QString sql = uR"sql(
SELECT d.id, d.rule_id, d.rule_version, r.name AS rule_name, d.cohort_key, d.cohort::text AS cohort,
       d.started_at, d.resolved_at, d.resolved_reason, d.detected_at, d.severity, d.lowest_sr,
       d.volume, d.muted, d.mute_id, m.author AS mute_author, m.reason AS mute_reason, d.label,
       d.label_note, d.labelled_by, d.labelled_at
  FROM payops.downtimes AS d
  LEFT JOIN payops.rules AS r ON r.rule_id = d.rule_id AND r.version = d.rule_version
  LEFT JOIN payops.mutes AS m ON m.id = d.mute_id
 WHERE ($1::text = '' OR ($1 = 'open') = (d.resolved_at IS NULL))
   AND ($2::text = '' OR d.severity = $2)
   AND ($3::bigint = 0 OR d.rule_id = $3)
   AND ($4::text = '' OR strpos(lower(d.cohort_key), lower($4)) > 0)
   AND ($5::timestamptz IS NULL OR d.resolved_at IS NULL OR d.resolved_at >= $5)
   AND ($6::timestamptz IS NULL OR d.started_at < $6)
   AND ($7::text = '' OR ($7 = 'unlabelled' AND d.label IS NULL) OR d.label = $7)
   AND ($8::timestamptz IS NULL OR (d.started_at, d.id) < ($8, $9::bigint))
 ORDER BY d.started_at DESC, d.id DESC
 LIMIT $10
)sql"_s;
    return {sql,
            {filter.state, filter.severity, filter.ruleId, filter.cohortText.trimmed(),
             filter.from.isValid() ? QVariant(filter.from) : QVariant(),
             filter.to.isValid() ? QVariant(filter.to) : QVariant(), filter.label,
             after.isValid() ? QVariant(after.startedAt) : QVariant(), after.id, limit}};
}

Query chart(qint64 downtimeId, int marginSeconds)
{
    static const QString sql = uR"sql(
WITH b AS (
    SELECT d.rule_id, d.rule_version, d.cohort_key, d.severity,
           d.started_at - make_interval(secs => $2) AS since,
           least(coalesce(d.resolved_at, now()) + make_interval(secs => $2),
                 greatest(now(), d.resolved_at)) AS until
      FROM payops.downtimes AS d
     WHERE d.id = $1
)
SELECT (extract(epoch FROM b.since) * 1000)::bigint AS since_ms,
       (extract(epoch FROM b.until) * 1000)::bigint AS until_ms,
       (SELECT (r.definition ->> 'open_below')::double precision FROM payops.rules AS r
         WHERE r.rule_id = b.rule_id AND r.version = b.rule_version) AS open_below,
       (SELECT b2.n FROM (SELECT e ->> 'name' AS name,
                                 row_number() OVER (ORDER BY (e ->> 'below')::double precision) AS n
                            FROM payops.rules AS r,
                                 jsonb_array_elements(r.definition -> 'severity') AS e
                           WHERE r.rule_id = b.rule_id AND r.version = b.rule_version) AS b2
         WHERE b2.name = b.severity) AS severity_rank,
       (SELECT string_agg((extract(epoch FROM w.window_end) * 1000)::bigint::text || ':'
                          || coalesce(round(w.successes::numeric / nullif(w.attempts, 0), 5)::text,
                                      ''), ',' ORDER BY w.window_end)
          FROM payops.sr_windows AS w
         WHERE w.rule_id = b.rule_id AND w.cohort_key = b.cohort_key
           AND w.window_end > b.since AND w.window_end <= b.until) AS points
  FROM b
)sql"_s;
    return {sql, {downtimeId, marginSeconds}};
}

Query label(qint64 downtimeId, const QString& label, const QString& note)
{
    return Query::action(u"SELECT payops.label_downtime($1, $2, $3)"_s,
                         {downtimeId, label.isEmpty() ? QVariant() : QVariant(label),
                          note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed())});
}

Query rules()
{
    return {u"SELECT rule_id, name FROM payops.current_rules ORDER BY name, rule_id"_s, {}};
}

} // namespace DowntimeQuery
