#include "DowntimeRow.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

QJsonObject DowntimeRow::matchers() const
{
    QJsonObject matchers = cohort;
    matchers.insert(u"rule_id"_s, ruleId);
    return matchers;
}

QList<DowntimeRow> DowntimeRow::fromResult(const QueryResult& result)
{
    QList<DowntimeRow> rows;
    const auto col = [&result](const char* name) { return result.column(QLatin1String(name)); };
    const int id = col("id"), rule = col("rule_id"), version = col("rule_version"),
              name = col("rule_name"), key = col("cohort_key"), cohort = col("cohort"),
              started = col("started_at"), resolved = col("resolved_at"),
              reason = col("resolved_reason"), detected = col("detected_at"),
              severity = col("severity"), lowest = col("lowest_sr"), volume = col("volume"),
              muted = col("muted"), mute = col("mute_id"), muteAuthor = col("mute_author"),
              muteReason = col("mute_reason"), label = col("label"), note = col("label_note"),
              by = col("labelled_by"), at = col("labelled_at");
    rows.reserve(result.rows.size());
    for (const QVariantList& values : result.rows) {
        DowntimeRow row;
        row.id = values.value(id).toLongLong();
        row.ruleId = values.value(rule).toLongLong();
        row.ruleVersion = values.value(version).toInt();
        row.ruleName = values.value(name).toString();
        row.cohortKey = values.value(key).toString();
        row.cohort = QJsonDocument::fromJson(values.value(cohort).toString().toUtf8()).object();
        row.startedAt = values.value(started).toDateTime();
        row.resolvedAt = values.value(resolved).toDateTime();
        row.resolvedReason = values.value(reason).toString();
        row.detectedAt = values.value(detected).toDateTime();
        row.severity = values.value(severity).toString();
        row.lowestSr = values.value(lowest).toDouble();
        row.volume = values.value(volume).toLongLong();
        row.muted = values.value(muted).toBool();
        row.muteId = values.value(mute).toLongLong();
        row.muteAuthor = values.value(muteAuthor).toString();
        row.muteReason = values.value(muteReason).toString();
        row.label = values.value(label).toString();
        row.labelNote = values.value(note).toString();
        row.labelledBy = values.value(by).toString();
        row.labelledAt = values.value(at).toDateTime();
        rows.append(row);
    }
    return rows;
}

DowntimeChart DowntimeChart::fromResult(const DowntimeRow& downtime, const QueryResult& result)
{
    DowntimeChart chart;
    if (!result.ok() || result.rows.isEmpty())
        return chart;
    const QVariantList& values = result.rows.first();
    const qint64 sinceMs = values.value(result.column(u"since_ms"_s)).toLongLong();
    const qint64 untilMs = values.value(result.column(u"until_ms"_s)).toLongLong();
    const QVariant threshold = values.value(result.column(u"open_below"_s));
    chart.asOf = QDateTime::fromMSecsSinceEpoch(untilMs, Qt::UTC);
    chart.rangeSeconds = int(std::max<qint64>(60, (untilMs - sinceMs + 999) / 1000));
    WallCohort& cohort = chart.cohort;
    cohort.ruleId = downtime.ruleId;
    cohort.ruleName = downtime.ruleName;
    cohort.cohortKey = downtime.cohortKey;
    cohort.cohortLabel = WallCohort::labelOf(downtime.cohortKey);
    if (!threshold.isNull())
        cohort.threshold = threshold.toDouble();
    const QString points = values.value(result.column(u"points"_s)).toString();
    for (QStringView point : QStringView(points).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = point.indexOf(u':');
        WallPoint wallPoint;
        wallPoint.atMs = point.left(colon).toLongLong();
        if (colon + 1 < point.size())
            wallPoint.sr = point.mid(colon + 1).toDouble();
        cohort.series.append(wallPoint);
        cohort.currentSr = wallPoint.sr;
    }
    WallDowntime shown;
    shown.id = downtime.id;
    shown.startedAt = downtime.startedAt;
    shown.resolvedAt = downtime.resolvedAt;
    shown.severity = downtime.severity;
    shown.rank = values.value(result.column(u"severity_rank"_s)).toInt();
    shown.lowestSr = downtime.lowestSr;
    shown.volume = downtime.volume;
    shown.muted = downtime.muted;
    shown.label = downtime.label;
    shown.ruleVersion = downtime.ruleVersion;
    cohort.downtimes.append(shown);
    return chart;
}
