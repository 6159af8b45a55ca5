#include "BacktestScore.h"

#include <algorithm>

namespace {

bool overlapsOneOf(const QList<TruthIncident>& labels, const DetectedDowntime& downtime)
{
    return std::any_of(labels.cbegin(), labels.cend(), [&](const TruthIncident& label) {
        return label.cohort == downtime.cohort && DetectionEvaluation::overlaps(label, downtime);
    });
}

DetectedDowntime detected(const BacktestDowntime& downtime, qint64 id)
{
    DetectedDowntime entry;
    entry.id = id;
    entry.cohort = BacktestScore::cohortMap(downtime.cohort);
    entry.startedAt = downtime.startedAt;
    entry.resolvedAt = downtime.resolvedAt;
    return entry;
}

} // namespace

DetectionEvaluation BacktestScore::evaluateAgainstLabels(const QList<BacktestDowntime>& downtimes,
                                                         const QList<TruthIncident>& labelledTrue,
                                                         const QList<TruthIncident>& labelledFalse)
{
    QList<BacktestDowntime> judged;
    for (const BacktestDowntime& downtime : downtimes) {
        const DetectedDowntime entry = detected(downtime, 0);
        if (overlapsOneOf(labelledTrue, entry) || overlapsOneOf(labelledFalse, entry))
            judged.append(downtime);
    }
    return evaluate(judged, labelledTrue, labelledFalse);
}

DetectionEvaluation BacktestScore::evaluate(const QList<BacktestDowntime>& downtimes,
                                            const QList<TruthIncident>& incidents,
                                            const QList<TruthIncident>& knownFalse)
{
    QList<DetectedDowntime> judged;
    judged.reserve(downtimes.size());
    for (const BacktestDowntime& downtime : downtimes) {
        DetectedDowntime entry = detected(downtime, judged.size() + 1);
        entry.labelledFalsePositive = overlapsOneOf(knownFalse, entry);
        judged.append(entry);
    }
    return DetectionEvaluation::evaluate(incidents, judged);
}

QMap<QString, QString> BacktestScore::cohortMap(const QJsonObject& cohort)
{
    QMap<QString, QString> map;
    for (auto it = cohort.begin(); it != cohort.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}
