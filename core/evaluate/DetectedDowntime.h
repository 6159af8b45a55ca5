#pragma once

#include <QMap>
#include <QString>
#include <optional>

// A downtime as the store recorded it, for evaluation: times in microseconds since the epoch.
struct DetectedDowntime
{
    qint64 id = 0;
    QMap<QString, QString> cohort;
    qint64 startedAt = 0;
    std::optional<qint64> resolvedAt; // still open: it lasts
    bool labelledFalsePositive = false;
};
