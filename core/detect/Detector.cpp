#include "Detector.h"

#include "DetectionEvent.h"
#include "DetectorState.h"

Detector::Detector(DetectorOptions options)
    : m_state(std::make_unique<DetectorState>(options))
{}

Detector::~Detector() = default;

const DetectorOptions& Detector::options() const
{
    return m_state->options();
}

void Detector::setRules(const QList<DetectionRule>& rules)
{
    m_state->setRules(rules);
}

void Detector::setOwnedShards(const QSet<int>& shards)
{
    m_state->setOwnedShards(shards);
}

QSet<int> Detector::ownedShards() const
{
    return m_state->ownedShards();
}

void Detector::setSkippedShards(const QSet<int>& shards)
{
    m_state->setSkippedShards(shards);
}

void Detector::setReplaying(bool replaying)
{
    m_state->setReplaying(replaying);
}

void Detector::rememberSuccess(const PaymentEvent& event, bool replay)
{
    m_state->rememberSuccess(DetectionEvent::from(event), replay);
}

void Detector::add(const PaymentEvent& event)
{
    m_state->add(DetectionEvent::from(event));
}

void Detector::add(const DetectionEvent& event)
{
    m_state->add(event);
}

void Detector::advanceTo(std::int64_t micros)
{
    m_state->advanceTo(micros);
}

void Detector::flush()
{
    m_state->flush();
}

std::vector<WindowResult> Detector::takeWindows()
{
    return std::exchange(m_state->output().windows, {});
}

std::vector<DowntimeChange> Detector::takeChanges()
{
    return std::exchange(m_state->output().changes, {});
}

std::int64_t Detector::lateEvents() const
{
    return m_state->lateEvents();
}

std::int64_t Detector::shardNewest(int shard) const
{
    return m_state->newest(shard);
}

std::int64_t Detector::shardWatermark(int shard) const
{
    return m_state->watermark(shard);
}

QByteArray Detector::saveShard(int shard) const
{
    return m_state->saveShard(shard);
}

bool Detector::loadShard(int shard, const QByteArray& state, QString* error)
{
    return m_state->loadShard(shard, state, error);
}

void Detector::dropShard(int shard)
{
    m_state->dropShard(shard);
}

int Detector::shardOf(qint64 ruleId, const QString& cohortKey, int shardCount)
{
    std::uint64_t hash = 0xcbf29ce484222325ull;
    auto mix = [&hash](unsigned char byte) { hash = (hash ^ byte) * 0x100000001b3ull; };
    for (int i = 0; i < 8; ++i)
        mix(static_cast<unsigned char>(std::uint64_t(ruleId) >> (8 * i)));
    for (char c : cohortKey.toUtf8())
        mix(static_cast<unsigned char>(c));
    return shardCount > 0 ? int(hash % std::uint64_t(shardCount)) : 0;
}
