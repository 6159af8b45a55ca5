#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// A downtime a rule version would have opened in a backtest. Times in microseconds since the
// Unix epoch; resolvedAt empty: still open at the end of the range.
struct BacktestDowntime
{
    enum Side
    {
        Current,
        Edited
    };

    Side side = Edited;
    qint64 ruleId = 0;
    int version = 0;
    QString cohortKey;
    QJsonObject cohort;
    qint64 startedAt = 0;
    std::optional<qint64> resolvedAt;
    QString severity;
    int rank = 0; // 1 for the rule's worst band (the lowest `below`), 2 the next, ...
    double lowestSr = 1;
    qint64 volume = 0;
    QString reason; // resolved: recovered, rule_disabled, rule_changed
};
