#include "MuteRow.h"

#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// The order of design.md's dimensions, the rule first.
const QStringList matcherOrder{u"rule_id"_s,   u"method"_s,  u"issuer"_s,     u"network"_s,
                               u"card_type"_s, u"gateway"_s, u"merchant_id"_s};

} // namespace

QString MuteRow::matchersText(const QJsonObject& matchers)
{
    QStringList keys = matchers.keys();
    std::sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
        const auto rank = [](const QString& key) {
            const qsizetype at = matcherOrder.indexOf(key);
            return at < 0 ? matcherOrder.size() : at;
        };
        return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
    });
    QStringList pairs;
    for (const QString& key : std::as_const(keys)) {
        const QJsonValue value = matchers.value(key);
        pairs.append(key + u'=' +
                     (value.isString() ? value.toString()
                                       : QString::number(value.toVariant().toLongLong())));
    }
    return pairs.join(u", "_s);
}

QList<MuteRow> MuteRow::fromResult(const QueryResult& result)
{
    QList<MuteRow> rows;
    const auto col = [&result](const char* name) { return result.column(QLatin1String(name)); };
    const int id = col("id"), matchers = col("matchers"), starts = col("starts_at"),
              ends = col("ends_at"), author = col("author"), reason = col("reason"),
              created = col("created_at"), ended = col("ended_at"), by = col("ended_by"),
              endReason = col("end_reason"), state = col("state"), muted = col("muted_downtimes");
    rows.reserve(result.rows.size());
    for (const QVariantList& values : result.rows) {
        MuteRow row;
        row.id = values.value(id).toLongLong();
        row.matchers = QJsonDocument::fromJson(values.value(matchers).toString().toUtf8()).object();
        row.startsAt = values.value(starts).toDateTime();
        row.endsAt = values.value(ends).toDateTime();
        row.author = values.value(author).toString();
        row.reason = values.value(reason).toString();
        row.createdAt = values.value(created).toDateTime();
        row.endedAt = values.value(ended).toDateTime();
        row.endedBy = values.value(by).toString();
        row.endReason = values.value(endReason).toString();
        row.state = values.value(state).toString();
        row.mutedDowntimes = values.value(muted).toLongLong();
        rows.append(row);
    }
    return rows;
}

QList<MuteCoverage> MuteCoverage::fromResult(const QueryResult& result)
{
    QList<MuteCoverage> rows;
    const auto col = [&result](const char* name) { return result.column(QLatin1String(name)); };
    const int kind = col("kind"), id = col("downtime_id"), rule = col("rule_id"),
              name = col("rule_name"), key = col("cohort_key"), severity = col("severity"),
              muted = col("muted");
    for (const QVariantList& values : result.rows) {
        MuteCoverage row;
        row.kind = values.value(kind).toString();
        row.downtimeId = values.value(id).toLongLong();
        row.ruleId = values.value(rule).toLongLong();
        row.ruleName = values.value(name).toString();
        row.cohortKey = values.value(key).toString();
        row.severity = values.value(severity).toString();
        row.muted = values.value(muted).toBool();
        rows.append(row);
    }
    return rows;
}
