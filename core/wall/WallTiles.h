#pragma once

#include "store/Query.h"

#include <QList>
#include <QString>

// The Wall's headline figures (WallTilesQuery): open downtimes by severity, the webhook
// success rate over the last 15 minutes of attempts, and the dead deliveries.
struct WallTiles
{
    struct Severity
    {
        QString name;
        int rank = 0;     // 1 = the worst band of its rules; 0 = unknown
        qint64 open = 0;  // open and not muted
        qint64 muted = 0; // open and muted
        bool operator==(const Severity&) const = default;
    };
    QList<Severity> severities; // worst first
    qint64 webhookAttempts = 0;
    qint64 webhookSuccesses = 0;
    qint64 deadDeliveries = 0;
    qint64 deadLastDay = 0; // of them, died in the last 24 h

    qint64 openDowntimes() const;
    qint64 mutedDowntimes() const;
    bool operator==(const WallTiles&) const = default;

    static WallTiles fromResult(const QueryResult& result);
};
