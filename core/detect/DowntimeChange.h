#pragma once

#include <QJsonObject>
#include <QString>
#include <cstdint>

// A downtime opened, updated (severity, lowest SR or volume changed; at most one per cohort
// per window) or resolved. version is the rule version that opened it. Times in microseconds
// since the Unix epoch; resolvedAt is 0 unless Resolved. reason, for Resolved: "recovered",
// "rule_disabled" (the rule was disabled or removed: resolved at the shard's watermark) or
// "rule_changed" (a new version with other cohorts).
struct DowntimeChange
{
    enum Kind
    {
        Opened,
        Updated,
        Resolved
    };

    Kind kind = Opened;
    qint64 ruleId = 0;
    int version = 0;
    int shard = 0;
    QString cohortKey;
    QJsonObject cohort;
    std::int64_t startedAt = 0;
    std::int64_t resolvedAt = 0;
    QString severity;
    double lowestSr = 1;
    std::int64_t volume = 0;
    QString reason;
};
