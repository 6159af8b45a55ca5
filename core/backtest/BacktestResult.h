#pragma once

#include "BacktestDowntime.h"
#include "evaluate/TruthIncident.h"

#include <QList>

// What a backtest produced: the downtimes of both versions (ordered by start, then cohort),
// what was read, and the store's labelled downtimes over the range (the truth of the
// labels: true_positive ones are incidents, false_positive ones are known false).
struct BacktestResult
{
    qint64 from = 0;
    qint64 to = 0;
    bool hasCurrent = false;
    QList<BacktestDowntime> downtimes;
    qint64 events = 0;
    qint64 currentWindows = 0;
    qint64 editedWindows = 0;
    qint64 lateEvents = 0;
    qint64 elapsedMs = 0;
    QList<TruthIncident> labelledTrue;
    QList<TruthIncident> labelledFalse;

    QList<BacktestDowntime> of(BacktestDowntime::Side side) const;
};
