#include "MuteQuery.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace MuteQuery {

namespace {

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

Query list(int limit)
{
    static const QString sql = uR"sql(
SELECT m.id, m.matchers::text AS matchers, m.starts_at, m.ends_at, m.author, m.reason,
       m.created_at, m.ended_at, m.ended_by, m.end_reason,
       CASE WHEN m.ended_at IS NOT NULL THEN 'ended'
            WHEN m.ends_at <= now() THEN 'expired'
            WHEN m.starts_at > now() THEN 'pending'
            ELSE 'active' END AS state,
       (SELECT count(*) FROM payops.downtimes AS d WHERE d.mute_id = m.id) AS muted_downtimes
  FROM payops.mutes AS m
 ORDER BY (m.ended_at IS NULL AND m.ends_at > now()) DESC, m.id DESC
 LIMIT $1
)sql"_s;
    return {sql, {limit}};
}

Query preview(const QJsonObject& matchers)
{
    static const QString sql = uR"sql(
SELECT c.* FROM (SELECT payops.check_matchers($1::jsonb)) AS checked, LATERAL (
    SELECT 'downtime' AS kind, d.id AS downtime_id, d.rule_id, r.name AS rule_name,
           d.cohort_key, d.severity, d.muted
      FROM payops.downtimes AS d
      LEFT JOIN payops.current_rules AS r USING (rule_id)
     WHERE d.resolved_at IS NULL AND payops.mute_covers($1::jsonb, d.rule_id, d.cohort)
    UNION ALL
    SELECT DISTINCT 'cohort', 0::bigint, w.rule_id, r.name, w.cohort_key, '', false
      FROM payops.sr_windows AS w
      LEFT JOIN payops.current_rules AS r USING (rule_id)
     WHERE w.window_end > (SELECT max(window_end) - interval '1 hour' FROM payops.sr_windows)
       AND payops.mute_covers($1::jsonb, w.rule_id, w.cohort)
) AS c
 ORDER BY c.kind DESC, c.rule_name, c.cohort_key
)sql"_s;
    return {sql, {json(matchers)}};
}

Query create(const QJsonObject& matchers, const QDateTime& startsAt, const QDateTime& endsAt,
             const QString& reason)
{
    return Query::action(
        u"SELECT payops.mute($1::jsonb, $2, $3, coalesce($4::timestamptz, now())) AS id"_s,
        {json(matchers), endsAt, reason.trimmed(),
         startsAt.isValid() ? QVariant(startsAt) : QVariant()});
}

Query end(qint64 muteId, const QString& reason)
{
    return Query::action(u"SELECT payops.end_mute($1, $2)"_s, {muteId, reason.trimmed()});
}

} // namespace MuteQuery
