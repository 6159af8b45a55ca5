#include "BacktestScore.h"

#include <algorithm>

DetectionEvaluation BacktestScore::evaluate(const QList<BacktestDowntime>& downtimes,
                                            const QList<TruthIncident>& incidents,
                                            const QList<TruthIncident>& knownFalse)
{
    QList<DetectedDowntime> detected;
    detected.reserve(downtimes.size());
    for (const BacktestDowntime& downtime : downtimes) {
        DetectedDowntime entry;
        entry.id = detected.size() + 1;
        entry.cohort = cohortMap(downtime.cohort);
        entry.startedAt = downtime.startedAt;
        entry.resolvedAt = downtime.resolvedAt;
        entry.labelledFalsePositive =
            std::any_of(knownFalse.cbegin(), knownFalse.cend(), [&](const TruthIncident& known) {
                return known.cohort == entry.cohort && DetectionEvaluation::overlaps(known, entry);
            });
        detected.append(entry);
    }
    return DetectionEvaluation::evaluate(incidents, detected);
}

QMap<QString, QString> BacktestScore::cohortMap(const QJsonObject& cohort)
{
    QMap<QString, QString> map;
    for (auto it = cohort.begin(); it != cohort.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}
