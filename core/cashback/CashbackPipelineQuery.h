#pragma once

#include "store/Query.h"

#include <QDateTime>

// How the cashback pipeline moves: over the last window, how many payments were captured and
// how many cashbacks were computed, queued (confirmed by the broker), credited, reversed and
// dead-lettered; how many wait between stages now; the end-to-end lag from the payment's
// capture to its credit.
struct CashbackPipelineFigures
{
    QDateTime at; // the store's clock when measured
    int windowSeconds = 60;
    qint64 captured = 0;
    qint64 computed = 0;
    qint64 queued = 0;
    qint64 credited = 0;
    qint64 reversed = 0;
    qint64 deadLettered = 0;
    qint64 waitingQueue = 0;    // computed, not yet confirmed by the broker
    qint64 waitingCredit = 0;   // queued, not yet credited
    qint64 waitingReversal = 0; // refunded, not yet reversed
    // Seconds from captured to credited, of the cashbacks credited in the window; negative
    // when none was.
    double lagMedian = -1;
    double lagP95 = -1;
    double lagMax = -1;

    double perSecond(qint64 count) const
    {
        return windowSeconds > 0 ? double(count) / windowSeconds : 0;
    }

    static CashbackPipelineFigures fromResult(const QueryResult& result);
};

namespace CashbackPipelineQuery {

Query figures(int windowSeconds = 60);

} // namespace CashbackPipelineQuery
