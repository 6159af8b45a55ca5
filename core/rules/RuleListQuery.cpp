#include "RuleListQuery.h"

#include <QJsonDocument>

namespace RuleListQuery {

Query current()
{
    // Distinct cohorts by a loose index scan of sr_windows' primary key (rule_id, cohort_key,
    // window_end): one probe per cohort instead of reading every window of the hour.
    return {QStringLiteral(R"sql(
SELECT r.rule_id, r.version, r.name, r.enabled, r.definition::text AS definition, r.comment,
       r.created_by, r.created_at,
       (WITH RECURSIVE keys(k) AS (
            SELECT min(w.cohort_key) FROM payops.sr_windows AS w WHERE w.rule_id = r.rule_id
            UNION ALL
            SELECT (SELECT min(w.cohort_key) FROM payops.sr_windows AS w
                     WHERE w.rule_id = r.rule_id AND w.cohort_key > keys.k)
              FROM keys WHERE keys.k IS NOT NULL)
        SELECT count(*) FROM keys
         WHERE keys.k IS NOT NULL
           AND EXISTS (SELECT 1 FROM payops.sr_windows AS w
                        WHERE w.rule_id = r.rule_id AND w.cohort_key = keys.k
                          AND w.window_end > now() - interval '1 hour')) AS watched,
       (SELECT count(*) FROM payops.downtimes AS d
         WHERE d.rule_id = r.rule_id AND d.started_at > now() - interval '7 days')
           AS opened_week
  FROM payops.current_rules AS r
 ORDER BY r.rule_id)sql"),
            {}};
}

Query versions(qint64 ruleId)
{
    return {QStringLiteral("SELECT version, name, enabled, definition::text AS definition,"
                           " comment, created_by, created_at"
                           "  FROM payops.rules WHERE rule_id = $1::bigint"
                           " ORDER BY version DESC"),
            {ruleId}};
}

Query save(qint64 ruleId, const QString& name, const QJsonObject& definition,
           const QString& comment, bool enabled)
{
    const QString json =
        QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact));
    return Query::action(
        QStringLiteral("SELECT rule_id, version FROM payops.save_rule($1::bigint, $2::text,"
                       " $3::jsonb, $4::text, $5::boolean)"),
        {ruleId > 0 ? QVariant(ruleId) : QVariant(), name, json, comment, enabled});
}

} // namespace RuleListQuery
