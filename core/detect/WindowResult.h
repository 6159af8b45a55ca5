#pragma once

#include <QJsonObject>
#include <QString>
#include <cstdint>

// One closed window of one cohort (what sr_windows stores). Times in microseconds since the
// Unix epoch: [start, end) for time windows; for count windows the times of the oldest and
// newest outcome. Windows without attempts are not reported.
struct WindowResult
{
    qint64 ruleId = 0;
    int version = 0;
    int shard = 0;
    QString cohortKey;
    QJsonObject cohort;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::int64_t attempts = 0;
    std::int64_t successes = 0;

    double successRate() const { return attempts ? double(successes) / double(attempts) : 1.0; }
};
