#pragma once

#include "DowntimeChange.h"
#include "EventPosition.h"
#include "WindowResult.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <vector>

class PgConnection;

// Writes one detection step in one transaction, fenced by the detector's leases: locks the
// shards it still holds (payops.fence_detector_shards), writes their closed windows into
// sr_windows (a multi-row upsert), their downtime changes (payops.record_downtime_change:
// unique open downtime per rule and cohort, mutes, webhook events) and each shard's cursor,
// watermark and state, then NOTIFYs payops_detection 'windows:<n>,downtimes:<n>' once.
// Results of a shard that was lost meanwhile are not written; the shard is reported lost.
class DetectionWriter
{
public:
    struct Progress
    {
        int shard = 0;
        EventPosition cursor;
        std::int64_t watermark = INT64_MIN; // INT64_MIN: none yet
        QByteArray state;
    };
    struct Step
    {
        std::vector<WindowResult> windows;
        std::vector<DowntimeChange> changes;
        std::vector<Progress> shards;

        bool hasResults() const { return !windows.empty() || !changes.empty(); }
    };
    struct Written
    {
        qint64 windows = 0;
        qint64 opened = 0;
        qint64 resolved = 0;
        QSet<int> lost;
    };

    explicit DetectionWriter(QString owner);

    Written write(PgConnection& connection, const Step& step) const;

private:
    QSet<int> fence(PgConnection& connection, const Step& step) const;
    qint64 writeWindows(PgConnection& connection, const std::vector<WindowResult>& windows,
                        const QSet<int>& held) const;
    void writeChange(PgConnection& connection, const DowntimeChange& change) const;
    void saveShards(PgConnection& connection, const std::vector<Progress>& shards,
                    const QSet<int>& held) const;

    QString m_owner;
};
