#include "BacktestResult.h"

QList<BacktestDowntime> BacktestResult::of(BacktestDowntime::Side side) const
{
    QList<BacktestDowntime> chosen;
    for (const BacktestDowntime& downtime : downtimes) {
        if (downtime.side == side)
            chosen.append(downtime);
    }
    return chosen;
}
