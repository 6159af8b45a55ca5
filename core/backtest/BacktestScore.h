#pragma once

#include "BacktestDowntime.h"
#include "evaluate/DetectionEvaluation.h"

// A backtest's downtimes judged by payops evaluate's matching (DetectionEvaluation): against
// incidents (the store's true_positive labels, or a ground-truth file), where a downtime of
// the same cohort overlapping a known false one (a false_positive label) counts as a labelled
// false positive.
class BacktestScore
{
public:
    static DetectionEvaluation evaluate(const QList<BacktestDowntime>& downtimes,
                                        const QList<TruthIncident>& incidents,
                                        const QList<TruthIncident>& knownFalse = {});
    // Against the store's labels: only downtimes that overlap a labelled one of their cohort
    // are judged; a downtime nobody labelled is unknown, not a false positive.
    static DetectionEvaluation evaluateAgainstLabels(const QList<BacktestDowntime>& downtimes,
                                                     const QList<TruthIncident>& labelledTrue,
                                                     const QList<TruthIncident>& labelledFalse);
    static QMap<QString, QString> cohortMap(const QJsonObject& cohort);
};
