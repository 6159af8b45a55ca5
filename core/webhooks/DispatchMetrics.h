#pragma once

#include "metrics/LatencyHistogram.h"

#include <QByteArray>
#include <QString>

// One reading of a dispatcher's counters and gauges: the summary line it prints and the
// Prometheus text format it serves on --metrics.
struct DispatchMetrics
{
    qint64 delivered = 0;
    qint64 failed = 0; // failed attempts that will be retried
    qint64 dead = 0;
    qint64 refused = 0; // attempts not sent: the URL policy refused the target
    qint64 inFlight = 0;
    qint64 held = 0;
    qint64 unrecorded = 0;
    qint64 openCircuits = 0;
    bool storeConnected = false;
    qint64 dueUnclaimed = -1; // -1: not read yet
    double dueLagSeconds = 0; // how long the oldest unclaimed due delivery has waited
    LatencyHistogram latency; // of the attempts sent

    QString summary() const;
    QByteArray prometheus() const;
};
