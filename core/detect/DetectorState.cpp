#include "DetectorState.h"

#include "DetectionEvent.h"
#include "PaymentOutcome.h"

#include <QDataStream>
#include <QIODevice>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 Magic = 0x50445354; // "PDST"
constexpr quint16 FormatVersion = 1;

} // namespace

DetectorState::DetectorState(DetectorOptions options)
    : m_options(options)
    , m_shards(std::size_t(std::max(1, options.shardCount)))
{
    m_options.shardCount = int(m_shards.size());
    refreshActive();
}

std::unique_ptr<RuleRuntime> DetectorState::makeRuntime(const DetectionRule& rule)
{
    auto runtime = std::make_unique<RuleRuntime>(rule, m_options.shardCount,
                                                 m_options.latenessMicros, m_interners);
    for (int shard = 0; shard < m_options.shardCount; ++shard)
        runtime->restart(shard, m_shards[std::size_t(shard)].newest);
    return runtime;
}

RuleRuntime* DetectorState::runtime(qint64 ruleId) const
{
    for (const auto& rule : m_rules) {
        if (rule->rule().id == ruleId)
            return rule.get();
    }
    return nullptr;
}

void DetectorState::retire(RuleRuntime& runtime, const QString& reason)
{
    for (int shard = 0; shard < m_options.shardCount; ++shard) {
        if (m_shards[std::size_t(shard)].owned)
            runtime.resolveAll(shard, watermark(shard), reason, m_output);
    }
}

void DetectorState::setRules(const QList<DetectionRule>& rules)
{
    QList<DetectionRule> enabled;
    for (const DetectionRule& rule : rules) {
        if (rule.enabled)
            enabled.append(rule);
    }
    std::sort(enabled.begin(), enabled.end(),
              [](const DetectionRule& a, const DetectionRule& b) { return a.id < b.id; });
    std::vector<std::unique_ptr<RuleRuntime>> next;
    for (const DetectionRule& rule : std::as_const(enabled))
        next.push_back(takeRuntimeFor(rule));
    for (const auto& removed : m_rules) {
        if (removed)
            retire(*removed, u"rule_disabled"_s);
    }
    m_rules = std::move(next);
    refreshUsedDimensions();
    for (int shard = 0; shard < m_options.shardCount; ++shard)
        refreshNextEnd(shard);
}

// The runtime of the rule's previous version (moved out of m_rules) when its cohorts are the
// same ones, else a new runtime (the old one's downtimes resolved: rule_changed).
std::unique_ptr<RuleRuntime> DetectorState::takeRuntimeFor(const DetectionRule& rule)
{
    auto old = std::find_if(m_rules.begin(), m_rules.end(),
                            [&](const auto& r) { return r && r->rule().id == rule.id; });
    if (old == m_rules.end())
        return makeRuntime(rule);
    std::unique_ptr<RuleRuntime> runtime = std::move(*old);
    if (RuleRuntime::cohortSignature(runtime->rule()) != RuleRuntime::cohortSignature(rule)) {
        retire(*runtime, u"rule_changed"_s);
        return makeRuntime(rule);
    }
    std::vector<std::int64_t> newest;
    for (const Shard& shard : m_shards)
        newest.push_back(shard.newest);
    runtime->update(rule, newest);
    return runtime;
}

void DetectorState::refreshUsedDimensions()
{
    m_usedDims.clear();
    for (int d = 0; d < Cohort::DimensionCount; ++d) {
        const bool used = std::any_of(m_rules.begin(), m_rules.end(), [d](const auto& r) {
            return !r->rule().filters[std::size_t(d)].isEmpty() || r->rule().groupBy.contains(d);
        });
        if (used)
            m_usedDims.push_back(d);
    }
}

void DetectorState::setOwnedShards(const QSet<int>& shards)
{
    for (int shard = 0; shard < m_options.shardCount; ++shard) {
        Shard& info = m_shards[std::size_t(shard)];
        if (info.owned && !shards.contains(shard))
            dropShard(shard);
        else if (!info.owned && shards.contains(shard))
            info = Shard{};
    }
    refreshActive();
}

QSet<int> DetectorState::ownedShards() const
{
    QSet<int> owned;
    for (int shard = 0; shard < m_options.shardCount; ++shard) {
        if (m_shards[std::size_t(shard)].owned)
            owned.insert(shard);
    }
    return owned;
}

void DetectorState::rememberSuccess(const DetectionEvent& event, bool replay)
{
    PaymentOutcome::classify(event.status, event.errorSource, event.paymentHash, event.occurredAt,
                             replay ? m_replayDedup : m_dedup);
}

void DetectorState::setSkippedShards(const QSet<int>& shards)
{
    for (int shard = 0; shard < m_options.shardCount; ++shard)
        m_shards[std::size_t(shard)].skipped = shards.contains(shard);
    refreshActive();
}

void DetectorState::refreshActive()
{
    m_active.assign(m_shards.size(), 0);
    m_activeList.clear();
    for (std::size_t shard = 0; shard < m_shards.size(); ++shard) {
        if (m_shards[shard].owned && !m_shards[shard].skipped) {
            m_active[shard] = 1;
            m_activeList.push_back(int(shard));
        }
    }
}

void DetectorState::refreshNextEnd(int shard)
{
    std::int64_t next = INT64_MAX;
    for (const auto& rule : m_rules)
        next = std::min(next, rule->nextEnd(shard));
    m_shards[std::size_t(shard)].nextEnd = next;
}

std::int64_t DetectorState::newest(int shard) const
{
    return validShard(shard) ? m_shards[std::size_t(shard)].newest : INT64_MIN;
}

std::int64_t DetectorState::watermark(int shard) const
{
    const std::int64_t newest = this->newest(shard);
    return newest == INT64_MIN ? INT64_MIN : newest - m_options.latenessMicros;
}

void DetectorState::add(const DetectionEvent& event)
{
    const PaymentOutcome::Kind kind =
        PaymentOutcome::classify(event.status, event.errorSource, event.paymentHash,
                                 event.occurredAt, m_replaying ? m_replayDedup : m_dedup);
    advanceTo(event.occurredAt);
    if (kind == PaymentOutcome::Ignored)
        return;
    std::uint32_t ids[Cohort::DimensionCount] = {};
    for (int d : m_usedDims)
        ids[d] = m_interners[std::size_t(d)].intern(event.dimensions[std::size_t(d)]);
    bool late = false;
    for (const auto& rule : m_rules) {
        late = rule->offer(ids, kind == PaymentOutcome::Success, event.occurredAt, m_active,
                           m_output) == RuleRuntime::Late ||
               late;
    }
    m_lateEvents += late ? 1 : 0;
}

void DetectorState::advanceTo(std::int64_t micros)
{
    for (int shard : m_activeList) {
        Shard& info = m_shards[std::size_t(shard)];
        if (micros <= info.newest)
            continue;
        const bool first = info.newest == INT64_MIN;
        info.newest = micros;
        if (first) {
            for (const auto& rule : m_rules)
                rule->startClock(shard, micros);
            refreshNextEnd(shard);
        }
        if (micros - m_options.latenessMicros >= info.nextEnd)
            closeShard(shard, micros - m_options.latenessMicros);
    }
}

void DetectorState::flush()
{
    for (int shard : m_activeList) {
        if (m_shards[std::size_t(shard)].newest != INT64_MIN)
            closeShard(shard, m_shards[std::size_t(shard)].newest);
    }
}

void DetectorState::closeShard(int shard, std::int64_t watermark)
{
    for (const auto& rule : m_rules)
        rule->closeUpTo(shard, watermark, m_output);
    refreshNextEnd(shard);
}

void DetectorState::dropShard(int shard)
{
    if (!validShard(shard))
        return;
    for (const auto& rule : m_rules)
        rule->dropShard(shard);
    m_shards[std::size_t(shard)] = Shard{false, false, INT64_MIN, INT64_MAX};
    refreshActive();
}

bool DetectorState::validShard(int shard) const
{
    return shard >= 0 && shard < m_options.shardCount;
}

QByteArray DetectorState::saveShard(int shard) const
{
    if (!validShard(shard) || !m_shards[std::size_t(shard)].owned)
        return {};
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << FormatVersion << qint32(m_options.shardCount) << qint32(shard)
        << qint64(m_shards[std::size_t(shard)].newest) << quint32(m_rules.size());
    for (const auto& runtime : m_rules) {
        const DetectionRule& rule = runtime->rule();
        out << qint64(rule.id) << qint32(rule.version) << qint32(rule.windowKind)
            << qint64(rule.sizeSeconds) << qint64(rule.stepSeconds) << qint32(rule.countN)
            << RuleRuntime::cohortSignature(rule);
        runtime->save(out, shard);
    }
    return bytes;
}

bool DetectorState::loadShard(int shard, const QByteArray& state, QString* error)
{
    // A loaded shard is replayed from its cursor, over as many batches as it takes: one
    // dedup memory for the whole replay.
    m_replayDedup = SuccessDedup();
    auto fail = [&](const QString& reason) {
        if (error)
            *error = u"state: "_s + reason;
        return false;
    };
    if (!validShard(shard))
        return fail(u"shard %1 is not between 0 and %2"_s.arg(shard).arg(m_options.shardCount - 1));
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, rules = 0;
    quint16 format = 0;
    qint32 shardCount = 0, savedShard = 0;
    qint64 newest = 0;
    in >> magic >> format >> shardCount >> savedShard >> newest >> rules;
    if (in.status() != QDataStream::Ok || magic != Magic)
        return fail(u"not a saved detector shard"_s);
    if (format != FormatVersion)
        return fail(
            u"format version %1 is not supported (expected %2)"_s.arg(format).arg(FormatVersion));
    if (shardCount != m_options.shardCount || savedShard != shard)
        return fail(u"saved as shard %1 of %2, not shard %3 of %4"_s.arg(savedShard)
                        .arg(shardCount)
                        .arg(shard)
                        .arg(m_options.shardCount));
    dropShard(shard);
    m_shards[std::size_t(shard)] = Shard{true, false, newest, INT64_MAX};
    for (const auto& runtime : m_rules)
        runtime->restart(shard, newest);
    for (quint32 i = 0; i < rules && in.status() == QDataStream::Ok; ++i)
        readRule(in, shard);
    if (in.status() != QDataStream::Ok) {
        dropShard(shard);
        return fail(u"truncated or corrupt"_s);
    }
    refreshNextEnd(shard);
    refreshActive();
    return true;
}

// A saved rule that is gone (or whose cohorts changed) is loaded into a throwaway runtime so
// that its open downtimes are resolved, as setRules would have done.
void DetectorState::readRule(QDataStream& in, int shard)
{
    DetectionRule saved;
    qint32 version = 0, kind = 0, countN = 0;
    qint64 size = 0, step = 0;
    QString signature;
    in >> saved.id >> version >> kind >> size >> step >> countN >> signature;
    if (kind < 0 || kind > 1 || size < 1 || size > 604800 || step < 1 || step > size ||
        countN < 0 || countN > 1000000) {
        in.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    saved.version = version;
    saved.windowKind =
        kind == 0 ? DetectionRule::WindowKind::Time : DetectionRule::WindowKind::Count;
    saved.sizeSeconds = size;
    saved.stepSeconds = step;
    saved.countN = 1; // its windows are not kept: only the open downtimes matter
    const std::int64_t newest = m_shards[std::size_t(shard)].newest;
    RuleRuntime* current = runtime(saved.id);
    if (current && RuleRuntime::cohortSignature(current->rule()) == signature) {
        saved.countN = countN;
        current->load(in, shard, current->rule().sameWindow(saved), newest);
        return;
    }
    RuleRuntime gone(saved, m_options.shardCount, m_options.latenessMicros, m_interners);
    gone.load(in, shard, false, newest);
    gone.resolveAll(shard, watermark(shard), current ? u"rule_changed"_s : u"rule_disabled"_s,
                    m_output);
}
