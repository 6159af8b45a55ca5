#pragma once

#include "DetectionRule.h"
#include "DetectorOptions.h"
#include "DowntimeChange.h"
#include "WindowResult.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <memory>
#include <vector>

struct DetectionEvent;
struct PaymentEvent;
class DetectorState;

// The detection core: success rates per (rule, cohort) over time or count windows, and the
// downtime state machine, without any store. Pure and single-threaded.
//
// Time: each shard has its own clock. Its watermark is the newest event time it was fed minus
// the allowed lateness; a time window [end - size, end) closes when the watermark reaches its
// end. An event older than the end of the last closed window of a rule is late for it: it is
// counted (lateEvents()) and not applied (that window was already reported).
//
// Sharding: a (rule, cohort) belongs to shardOf(ruleId, cohortKey, shardCount). A Detector
// computes only the cohorts of the shards it owns; state is saved and loaded per shard.
class Detector
{
public:
    explicit Detector(DetectorOptions options = {});
    ~Detector();
    Detector(const Detector&) = delete;
    Detector& operator=(const Detector&) = delete;

    const DetectorOptions& options() const;

    // The enabled rules. A new version applies from the next window; a changed window shape
    // restarts the rule's windows (no window mixing the two shapes is reported); a rule
    // disabled or absent resolves its open downtimes at the shard's watermark (reason
    // rule_disabled), and so does a new version with other filters or group_by (rule_changed:
    // its cohorts are new ones). An open downtime otherwise stays open, judged by the new
    // version's thresholds; its changes keep the version that opened it.
    void setRules(const QList<DetectionRule>& rules);
    // Shards no longer owned are dropped; newly owned ones start empty (loadShard to resume).
    // Default: every shard.
    void setOwnedShards(const QSet<int>& shards);
    QSet<int> ownedShards() const;
    // Owned shards that events do not reach for now (their state is ahead of the feed: the
    // engine replays from an older cursor for another shard). Default: none.
    void setSkippedShards(const QSet<int>& shards);
    // Whether the events fed now are a replay of events this detector was fed before (a shard
    // taken over behind the feed): they count against a memory of the replay's own, not the
    // one of the events fed for the first time. Default: false.
    void setReplaying(bool replaying);
    // Events from before the feed's start (a restart, a take-over): a payment's success that
    // already counted in a loaded shard's state, so its other success event does not count
    // again. Into the replay's memory or the first-time one.
    void rememberSuccess(const PaymentEvent& event, bool replay);

    void add(const PaymentEvent& event);
    void add(const DetectionEvent& event);
    // Idle time: as if an event at `micros` had been seen (closes the windows it allows).
    void advanceTo(std::int64_t micros);
    // --drain: closes every window ending at or before the newest event time, ignoring
    // lateness (an event older than those windows' ends is late afterwards).
    void flush();

    std::vector<WindowResult> takeWindows();
    std::vector<DowntimeChange> takeChanges();
    // Events (or outcomes) that were late for at least one rule since construction.
    std::int64_t lateEvents() const;
    // Newest event time the shard was fed, and its watermark; INT64_MIN before any event (and
    // for a shard out of range).
    std::int64_t shardNewest(int shard) const;
    std::int64_t shardWatermark(int shard) const;

    // Versioned binary state of one owned shard (windows, streaks, open downtimes, clock).
    // Call setRules first; loadShard adds the shard to the owned ones. A restored shard
    // continues exactly where it was saved. false (and *error) on a bad or foreign blob.
    // saveShard of a shard not owned is empty.
    QByteArray saveShard(int shard) const;
    bool loadShard(int shard, const QByteArray& state, QString* error = nullptr);
    void dropShard(int shard);

    // FNV-1a 64 over the rule id (8 bytes, little endian) then the key's UTF-8, modulo count.
    static int shardOf(qint64 ruleId, const QString& cohortKey, int shardCount);

private:
    std::unique_ptr<DetectorState> m_state;
};
