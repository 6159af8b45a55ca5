#pragma once

#include <QByteArray>
#include <QString>

// One reading of a detector's counters and gauges: its summary line and the Prometheus text
// it serves on --metrics.
struct DetectMetrics
{
    qint64 events = 0;
    qint64 windows = 0;
    qint64 opened = 0;
    qint64 resolved = 0;
    qint64 late = 0;
    qint64 commits = 0;
    qint64 takeovers = 0; // shards claimed
    qint64 lost = 0;      // shards lost to an expired lease
    qint64 shards = 0;
    qint64 cohorts = 0;    // with a window in the last 10 min of event time (CohortWatch)
    double lagSeconds = 0; // wall clock minus the newest event time seen
    bool storeConnected = false;

    QString summary() const;
    QByteArray prometheus() const;
};
