#include "WallCohort.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

constexpr double noValue = std::numeric_limits<double>::quiet_NaN();

double numberOr(const QVariant& value, double fallback)
{
    return value.isNull() || !value.isValid() ? fallback : value.toDouble();
}

QDateTime fromEpochSeconds(const QJsonValue& value)
{
    if (!value.isDouble())
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(value.toDouble() * 1000)), Qt::UTC);
}

// "1700000000.123:0.95,1700000001:,..." (an empty SR is a window without attempts).
QList<WallPoint> parsePoints(QStringView text)
{
    QList<WallPoint> points;
    if (text.isEmpty())
        return points;
    points.reserve(text.count(u',') + 1);
    for (QStringView item : text.tokenize(u',')) {
        const qsizetype colon = item.indexOf(u':');
        if (colon < 0)
            continue;
        bool ok = false;
        const double at = item.left(colon).toDouble(&ok);
        if (!ok)
            continue;
        WallPoint point;
        point.atMs = qint64(std::llround(at * 1000));
        const QStringView sr = item.mid(colon + 1);
        if (!sr.isEmpty())
            point.sr = sr.toDouble();
        points.append(point);
    }
    return points;
}

bool sameNumber(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

} // namespace

bool WallDowntime::operator==(const WallDowntime& other) const
{
    return id == other.id && startedAt == other.startedAt && resolvedAt == other.resolvedAt &&
           severity == other.severity && rank == other.rank &&
           sameNumber(lowestSr, other.lowestSr) && volume == other.volume && muted == other.muted &&
           label == other.label && ruleVersion == other.ruleVersion;
}

bool WallCohort::operator==(const WallCohort& other) const
{
    return ruleId == other.ruleId && cohortKey == other.cohortKey && ruleName == other.ruleName &&
           sameNumber(threshold, other.threshold) && sameNumber(currentSr, other.currentSr) &&
           currentAttempts == other.currentAttempts && worstSeverity == other.worstSeverity &&
           worstRank == other.worstRank && series == other.series && downtimes == other.downtimes;
}

QList<WallCohort> WallCohort::listFromResult(const QueryResult& result, QDateTime* asOf)
{
    const int ruleId = result.column(u"rule_id"_s);
    const int ruleName = result.column(u"rule_name"_s);
    const int openBelow = result.column(u"open_below"_s);
    const int cohortKey = result.column(u"cohort_key"_s);
    const int currentSr = result.column(u"current_sr"_s);
    const int currentAttempts = result.column(u"current_attempts"_s);
    const int points = result.column(u"points"_s);
    const int downtimes = result.column(u"downtimes"_s);
    const int worstSeverity = result.column(u"worst_severity"_s);
    const int worstRank = result.column(u"worst_rank"_s);
    const int asOfColumn = result.column(u"as_of"_s);
    QList<WallCohort> cohorts;
    cohorts.reserve(result.rows.size());
    for (const QVariantList& row : result.rows) {
        WallCohort cohort;
        cohort.ruleId = row.value(ruleId).toLongLong();
        cohort.ruleName = row.value(ruleName).toString();
        cohort.cohortKey = row.value(cohortKey).toString();
        cohort.cohortLabel = labelOf(cohort.cohortKey);
        cohort.threshold = numberOr(row.value(openBelow), noValue);
        cohort.currentSr = numberOr(row.value(currentSr), noValue);
        cohort.currentAttempts = row.value(currentAttempts).toLongLong();
        cohort.series = parsePoints(row.value(points).toString());
        cohort.downtimes = downtimesFromJson(row.value(downtimes).toString());
        cohort.worstSeverity = row.value(worstSeverity).toString();
        cohort.worstRank = row.value(worstRank).toInt();
        cohorts.append(std::move(cohort));
    }
    if (asOf && !result.rows.isEmpty()) {
        const double seconds = result.rows.first().value(asOfColumn).toDouble();
        *asOf = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(seconds * 1000)), Qt::UTC);
    }
    return cohorts;
}

QList<WallDowntime> WallCohort::downtimesFromJson(const QString& json)
{
    QList<WallDowntime> downtimes;
    if (json.isEmpty())
        return downtimes;
    const QJsonArray items = QJsonDocument::fromJson(json.toUtf8()).array();
    downtimes.reserve(items.size());
    for (const QJsonValue& item : items) {
        const QJsonObject object = item.toObject();
        WallDowntime downtime;
        downtime.id = object.value("id"_L1).toInteger();
        downtime.ruleVersion = object.value("rule_version"_L1).toInt();
        downtime.startedAt = fromEpochSeconds(object.value("started_at"_L1));
        downtime.resolvedAt = fromEpochSeconds(object.value("resolved_at"_L1));
        downtime.severity = object.value("severity"_L1).toString();
        downtime.rank = object.value("rank"_L1).toInt();
        downtime.lowestSr = object.value("lowest_sr"_L1).toDouble(noValue);
        downtime.volume = object.value("volume"_L1).toInteger();
        downtime.muted = object.value("muted"_L1).toBool();
        downtime.label = object.value("label"_L1).toString();
        downtimes.append(downtime);
    }
    return downtimes;
}

QString WallCohort::labelOf(const QString& cohortKey)
{
    QStringList values;
    for (QStringView pair : QStringView(cohortKey).tokenize(u',')) {
        const qsizetype equals = pair.indexOf(u'=');
        values.append((equals < 0 ? pair : pair.mid(equals + 1)).toString());
    }
    return values.join(u" · "_s);
}
