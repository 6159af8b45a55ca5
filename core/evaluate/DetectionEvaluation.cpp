#include "DetectionEvaluation.h"

#include "ingest/Rfc3339.h"

#include <QJsonArray>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString cohortText(const QMap<QString, QString>& cohort)
{
    QStringList pairs;
    for (auto it = cohort.begin(); it != cohort.end(); ++it)
        pairs.append(it.key() + u'=' + it.value());
    return pairs.isEmpty() ? u"all"_s : pairs.join(u',');
}

QJsonObject cohortJson(const QMap<QString, QString>& cohort)
{
    QJsonObject object;
    for (auto it = cohort.begin(); it != cohort.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString timeText(qint64 micros)
{
    std::string text;
    Rfc3339::appendMillis(text, micros);
    return QString::fromStdString(text);
}

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(std::round(*value * 1000) / 1000) : QJsonValue();
}

QString figure(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'f', 1) : u"-"_s;
}

struct DelayStats
{
    std::optional<double> median;
    std::optional<double> p95;
};

DelayStats statsOf(QList<double> delays)
{
    if (delays.isEmpty())
        return {};
    std::sort(delays.begin(), delays.end());
    return {DetectionEvaluation::median(delays), DetectionEvaluation::percentile95(delays)};
}

bool startsBefore(const DetectedDowntime& a, const DetectedDowntime& b)
{
    return a.startedAt != b.startedAt ? a.startedAt < b.startedAt : a.id < b.id;
}

} // namespace

bool DetectionEvaluation::overlaps(const TruthIncident& incident, const DetectedDowntime& downtime)
{
    const qint64 end = downtime.resolvedAt.value_or(std::numeric_limits<qint64>::max());
    return downtime.startedAt < incident.endsAt && end > incident.startsAt;
}

bool DetectionEvaluation::cohortsAgree(const QMap<QString, QString>& a,
                                       const QMap<QString, QString>& b)
{
    for (auto it = a.begin(); it != a.end(); ++it) {
        const auto other = b.find(it.key());
        if (other != b.end() && other.value() != it.value())
            return false;
    }
    return true;
}

bool DetectionEvaluation::sharesDimension(const QMap<QString, QString>& a,
                                          const QMap<QString, QString>& b)
{
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (b.contains(it.key()))
            return true;
    }
    return false;
}

DetectionEvaluation DetectionEvaluation::evaluate(const QList<TruthIncident>& truth,
                                                  const QList<DetectedDowntime>& downtimes)
{
    DetectionEvaluation result;
    QList<bool> matched(downtimes.size(), false);
    QList<double> delays;
    for (const TruthIncident& incident : truth) {
        IncidentResult row{incident, 0, 0, std::nullopt, std::nullopt};
        const DetectedDowntime* reaction = nullptr; // the first to start in the incident
        const DetectedDowntime* earliest = nullptr;
        for (qsizetype i = 0; i < downtimes.size(); ++i) {
            const DetectedDowntime& downtime = downtimes[i];
            if (downtime.labelledFalsePositive || !overlaps(incident, downtime) ||
                !cohortsAgree(incident.cohort, downtime.cohort))
                continue;
            matched[i] = true;
            ++row.matchingDowntimes;
            row.directMatches += sharesDimension(incident.cohort, downtime.cohort) ? 1 : 0;
            if (!earliest || startsBefore(downtime, *earliest))
                earliest = &downtime;
            if (downtime.startedAt >= incident.startsAt &&
                (!reaction || startsBefore(downtime, *reaction)))
                reaction = &downtime;
        }
        if (const DetectedDowntime* first = reaction ? reaction : earliest) {
            row.firstDowntimeId = first->id;
            row.delayMicros = first->startedAt - incident.startsAt;
            delays.append(double(*row.delayMicros) / 1e6);
        } else {
            ++result.m_falseNegatives;
        }
        result.m_incidents.append(row);
    }
    for (qsizetype i = 0; i < downtimes.size(); ++i) {
        if (matched[i]) {
            ++result.m_truePositives;
            continue;
        }
        ++result.m_falsePositives;
        result.m_labelledFalsePositives += downtimes[i].labelledFalsePositive ? 1 : 0;
        result.m_falsePositiveIds.append(downtimes[i].id);
    }
    const DelayStats stats = statsOf(delays);
    result.m_medianDelay = stats.median;
    result.m_p95Delay = stats.p95;
    return result;
}

double DetectionEvaluation::precision() const
{
    const qint64 all = m_truePositives + m_falsePositives;
    return all == 0 ? 1.0 : double(m_truePositives) / double(all);
}

double DetectionEvaluation::recall() const
{
    return m_incidents.isEmpty() ? 1.0 : double(detectedIncidents()) / double(m_incidents.size());
}

double DetectionEvaluation::median(const QList<double>& sorted)
{
    const qsizetype n = sorted.size();
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

double DetectionEvaluation::percentile95(const QList<double>& sorted)
{
    const auto rank = qsizetype(std::ceil(0.95 * double(sorted.size())));
    return sorted[std::max<qsizetype>(rank, 1) - 1];
}

QJsonObject DetectionEvaluation::byKindJson() const
{
    QMap<QString, QList<const IncidentResult*>> kinds;
    for (const IncidentResult& row : m_incidents)
        kinds[row.incident.kind.isEmpty() ? u"-"_s : row.incident.kind].append(&row);
    QJsonObject object;
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        QList<double> delays;
        for (const IncidentResult* row : it.value()) {
            if (row->delayMicros)
                delays.append(double(*row->delayMicros) / 1e6);
        }
        const DelayStats stats = statsOf(delays);
        object.insert(it.key(), QJsonObject{{u"incidents"_s, it.value().size()},
                                            {u"detected"_s, delays.size()},
                                            {u"median_delay_s"_s, optionalNumber(stats.median)}});
    }
    return object;
}

QJsonObject DetectionEvaluation::toJson() const
{
    QJsonArray incidents;
    for (const IncidentResult& row : m_incidents) {
        QJsonObject item{{u"incident"_s, row.incident.name},
                         {u"kind"_s, row.incident.kind},
                         {u"cohort"_s, cohortJson(row.incident.cohort)},
                         {u"starts_at"_s, timeText(row.incident.startsAt)},
                         {u"ends_at"_s, timeText(row.incident.endsAt)},
                         {u"detected"_s, row.firstDowntimeId.has_value()},
                         {u"matching_downtimes"_s, row.matchingDowntimes},
                         {u"direct_matches"_s, row.directMatches}};
        item.insert(u"first_downtime_id"_s,
                    row.firstDowntimeId ? QJsonValue(*row.firstDowntimeId) : QJsonValue());
        item.insert(u"delay_s"_s,
                    optionalNumber(row.delayMicros ? std::optional<double>(*row.delayMicros / 1e6)
                                                   : std::nullopt));
        incidents.append(item);
    }
    QJsonArray falsePositiveIds;
    for (qint64 id : m_falsePositiveIds)
        falsePositiveIds.append(id);
    return QJsonObject{
        {u"incidents"_s, incidents},
        {u"confusion"_s, QJsonObject{{u"true_positives"_s, m_truePositives},
                                     {u"false_positives"_s, m_falsePositives},
                                     {u"labelled_false_positives"_s, m_labelledFalsePositives},
                                     {u"false_negatives"_s, m_falseNegatives},
                                     {u"detected_incidents"_s, detectedIncidents()}}},
        {u"precision"_s, std::round(precision() * 10000) / 10000},
        {u"recall"_s, std::round(recall() * 10000) / 10000},
        {u"delay_s"_s, QJsonObject{{u"median"_s, optionalNumber(m_medianDelay)},
                                   {u"p95"_s, optionalNumber(m_p95Delay)}}},
        {u"by_kind"_s, byKindJson()},
        {u"false_positive_downtimes"_s, falsePositiveIds}};
}

QString DetectionEvaluation::table() const
{
    QString text = u"%1 %2 %3 %4 %5 %6 %7\n"_s.arg(u"incident"_s, -24)
                       .arg(u"kind"_s, -17)
                       .arg(u"cohort"_s, -32)
                       .arg(u"starts_at"_s, -24)
                       .arg(u"delay_s"_s, 8)
                       .arg(u"downtimes"_s, 9)
                       .arg(u"direct"_s, 6);
    for (const IncidentResult& row : m_incidents) {
        const QString delay =
            row.delayMicros ? QString::number(*row.delayMicros / 1e6, 'f', 1) : u"missed"_s;
        text += u"%1 %2 %3 %4 %5 %6 %7\n"_s.arg(row.incident.name, -24)
                    .arg(row.incident.kind, -17)
                    .arg(cohortText(row.incident.cohort), -32)
                    .arg(timeText(row.incident.startsAt), -24)
                    .arg(delay, 8)
                    .arg(row.matchingDowntimes, 9)
                    .arg(row.directMatches, 6);
    }
    text += u"\nconfusion matrix      detected  not detected\n"_s;
    text += u"  incident            %1  %2\n"_s.arg(u"TP %1"_s.arg(m_truePositives), -8)
                .arg(u"FN %1"_s.arg(m_falseNegatives));
    text += u"  no incident         %1  -\n"_s.arg(u"FP %1"_s.arg(m_falsePositives), -8);
    text +=
        u"(TP counts downtimes that match an incident; %1 of the FP are operators' "
        "false_positive labels; direct: matching downtimes on a dimension of the incident)\n"_s.arg(
            m_labelledFalsePositives);
    text += u"precision %1  recall %2 (%3 of %4 incidents)  delay median %5 s  p95 %6 s\n"_s
                .arg(precision(), 0, 'f', 3)
                .arg(recall(), 0, 'f', 3)
                .arg(detectedIncidents())
                .arg(m_incidents.size())
                .arg(figure(m_medianDelay), figure(m_p95Delay));
    return text;
}
