#pragma once

#include "CohortIndex.h"
#include "CountWindow.h"
#include "DetectionOutput.h"
#include "DetectionRule.h"
#include "DowntimeTracker.h"
#include "ValueInterner.h"

#include <array>
#include <memory>
#include <vector>

using Interners = std::array<ValueInterner, Cohort::DimensionCount>;

// One enabled rule at run time: its cohorts (found by packed value ids), their windows and
// downtime trackers, and one window clock per shard. Detector drives it.
class RuleRuntime
{
public:
    enum Offer
    {
        NotApplied,
        Applied,
        Late
    };

    RuleRuntime(const DetectionRule& rule, int shardCount, std::int64_t latenessMicros,
                Interners& interners);

    const DetectionRule& rule() const { return m_rule; }
    bool isTime() const { return m_rule.windowKind == DetectionRule::WindowKind::Time; }
    // Filters and group_by as text: two versions with the same signature have the same cohorts.
    static QString cohortSignature(const DetectionRule& rule);
    // A new version with the same cohorts; the windows restart when their shape changed.
    void update(const DetectionRule& rule, const std::vector<std::int64_t>& newest);

    Offer offer(const std::uint32_t* ids, bool success, std::int64_t time,
                const std::vector<std::uint8_t>& active, DetectionOutput& out);
    // The first window end not closed yet on that shard (INT64_MAX: nothing to close by time).
    std::int64_t nextEnd(int shard) const;
    void startClock(int shard, std::int64_t newest);
    void closeUpTo(int shard, std::int64_t watermark, DetectionOutput& out);
    // Restarts the windows of a shard whose newest event time is `newest`.
    void restart(int shard, std::int64_t newest);
    void resolveAll(int shard, std::int64_t at, const QString& reason, DetectionOutput& out);
    void dropShard(int shard);

    void save(QDataStream& out, int shard) const;
    // Reads what save() wrote; keeps the windows only when keepWindows (same shape).
    void load(QDataStream& in, int shard, bool keepWindows, std::int64_t newest);

private:
    struct Bucket
    {
        std::int64_t number = INT64_MIN;
        std::uint32_t attempts = 0;
        std::uint32_t successes = 0;
    };
    struct Clock
    {
        std::int64_t lastClosedEnd = INT64_MIN; // INT64_MIN: not started
        std::int64_t validFrom = INT64_MIN;     // windows starting earlier are partial
        std::int64_t lastData = INT64_MIN;
    };
    struct Slot
    {
        Cohort cohort;
        QString key;
        QJsonObject json;
        int shard = 0;
        DowntimeTracker tracker;
        std::unique_ptr<CountWindow> count;
        bool listed = true; // in m_shardSlots: closed windows visit it
    };

    struct SavedCohort
    {
        Cohort cohort;
        DowntimeTracker tracker;
        std::vector<Bucket> buckets;
        std::unique_ptr<CountWindow> count;
    };

    void configure();
    std::uint32_t cohortFor(const std::uint32_t* ids);
    std::uint32_t cohortFor(const Cohort& cohort);
    std::uint32_t createSlot(CohortIndex::Key key, const Cohort& cohort);
    Offer applyTime(std::uint32_t slot, bool success, std::int64_t time);
    void applyCount(std::uint32_t slot, bool success, std::int64_t time, DetectionOutput& out);
    void closeWindow(int shard, std::int64_t end, DetectionOutput& out);
    void judge(Slot& slot, std::int64_t start, std::int64_t end, std::int64_t attempts,
               std::int64_t fresh, std::int64_t successes, DetectionOutput& out);
    void emitChange(const Slot& slot, DowntimeChange::Kind kind, const QString& reason,
                    DetectionOutput& out) const;
    void clearWindows(std::uint32_t slot);
    void list(std::uint32_t slot);
    bool isEmpty(std::uint32_t slot, std::int64_t firstUseful) const;
    void unlistEmpty(int shard);
    Bucket& bucket(std::uint32_t slot, std::int64_t number);
    const Bucket& bucket(std::uint32_t slot, std::int64_t number) const;
    std::int64_t alignDown(std::int64_t micros) const;
    void writeCohort(QDataStream& out, std::uint32_t index, std::int64_t firstUseful) const;
    static bool readCohort(QDataStream& in, SavedCohort& saved);
    void restoreCohort(SavedCohort& saved, int shard, bool keepWindows);

    DetectionRule m_rule;
    int m_shardCount;
    std::int64_t m_lateness;
    Interners& m_interners;

    std::array<std::vector<std::uint32_t>, Cohort::DimensionCount> m_filterIds;
    std::vector<int> m_filterDims;
    std::vector<int> m_fixedDims;
    Cohort m_filterCohort;
    std::int64_t m_size = 0; // microseconds
    std::int64_t m_step = 0;
    std::int64_t m_grain = 0; // bucket width: gcd(size, step)
    std::int64_t m_ring = 0;  // buckets per cohort

    CohortIndex m_index;
    std::vector<Slot> m_slots;
    std::vector<Bucket> m_buckets;
    std::vector<std::vector<std::uint32_t>> m_shardSlots;
    std::vector<Clock> m_clocks;
};
