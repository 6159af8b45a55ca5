#pragma once

#include "DetectionOutput.h"
#include "DetectorOptions.h"
#include "RuleRuntime.h"
#include "SuccessDedup.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <memory>
#include <vector>

struct DetectionEvent;

// Detector's implementation: the rules at run time, the shards' clocks and the hot path.
class DetectorState
{
public:
    explicit DetectorState(DetectorOptions options);

    const DetectorOptions& options() const { return m_options; }
    void setRules(const QList<DetectionRule>& rules);
    void setOwnedShards(const QSet<int>& shards);
    QSet<int> ownedShards() const;
    void setSkippedShards(const QSet<int>& shards);
    void setReplaying(bool replaying) { m_replaying = replaying; }
    void rememberSuccess(const DetectionEvent& event, bool replay);

    void add(const DetectionEvent& event);
    void advanceTo(std::int64_t micros);
    void flush();

    DetectionOutput& output() { return m_output; }
    std::int64_t lateEvents() const { return m_lateEvents; }
    std::int64_t newest(int shard) const;
    std::int64_t watermark(int shard) const;

    QByteArray saveShard(int shard) const;
    bool loadShard(int shard, const QByteArray& state, QString* error);
    void dropShard(int shard);

private:
    struct Shard
    {
        bool owned = true;
        bool skipped = false;
        std::int64_t newest = INT64_MIN;
        std::int64_t nextEnd = INT64_MAX; // earliest window end still open, over the rules
    };

    std::unique_ptr<RuleRuntime> makeRuntime(const DetectionRule& rule);
    std::unique_ptr<RuleRuntime> takeRuntimeFor(const DetectionRule& rule);
    void refreshUsedDimensions();
    RuleRuntime* runtime(qint64 ruleId) const;
    void retire(RuleRuntime& runtime, const QString& reason);
    void refreshActive();
    void refreshNextEnd(int shard);
    void closeShard(int shard, std::int64_t watermark);
    void readRule(QDataStream& in, int shard);
    bool validShard(int shard) const;

    DetectorOptions m_options;
    Interners m_interners;
    std::vector<std::unique_ptr<RuleRuntime>> m_rules;
    std::vector<int> m_usedDims;
    SuccessDedup m_dedup;
    // While replaying, the feed is one of events (for a shard loaded behind the others) that
    // m_dedup has seen already.
    SuccessDedup m_replayDedup;
    bool m_replaying = false;
    std::vector<Shard> m_shards;
    std::vector<std::uint8_t> m_active;
    std::vector<int> m_activeList;
    DetectionOutput m_output;
    std::int64_t m_lateEvents = 0;
};
