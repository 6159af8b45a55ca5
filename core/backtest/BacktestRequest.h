#pragma once

#include "detect/DetectionRule.h"
#include "detect/DetectorOptions.h"

#include <QString>
#include <optional>

// What to backtest: the rule's current (saved) version if any and its edited version, over
// the stored payment events with occurred_at in [from, to) (microseconds since the epoch).
struct BacktestRequest
{
    QString conninfo;
    qint64 from = 0;
    qint64 to = 0;
    std::optional<DetectionRule> current;
    DetectionRule edited;
    // As payops detect by default: 10 s of lateness, 16 shards (all of them computed here).
    DetectorOptions detector;
};
