#include "RuleRuntime.h"

#include "Detector.h"

#include <numeric>

using namespace Qt::StringLiterals;

namespace {

constexpr std::int64_t Second = 1'000'000;
constexpr std::uint32_t IdLimit = 1u << 21; // six ids packed in 2 x 64 bits
// Cohorts of time rules left with nothing are unlisted once an hour of event time.
constexpr std::int64_t ListingPeriod = 3600 * Second;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

std::int64_t floorMod(std::int64_t a, std::int64_t b)
{
    return a - floorDiv(a, b) * b;
}

} // namespace

RuleRuntime::RuleRuntime(const DetectionRule& rule, int shardCount, std::int64_t latenessMicros,
                         Interners& interners)
    : m_rule(rule)
    , m_shardCount(shardCount)
    , m_lateness(latenessMicros)
    , m_interners(interners)
    , m_shardSlots(std::size_t(shardCount))
    , m_clocks(std::size_t(shardCount))
{
    configure();
}

QString RuleRuntime::cohortSignature(const DetectionRule& rule)
{
    QString signature;
    for (int d = 0; d < Cohort::DimensionCount; ++d)
        signature += rule.filters[std::size_t(d)].join(u'\x1f') + u'\x1e';
    for (int d : rule.groupBy)
        signature += QString::number(d) + u',';
    return signature;
}

void RuleRuntime::configure()
{
    m_filterDims.clear();
    m_fixedDims.clear();
    for (int d = 0; d < Cohort::DimensionCount; ++d) {
        const QStringList& values = m_rule.filters[std::size_t(d)];
        m_filterIds[std::size_t(d)].clear();
        for (const QString& value : values)
            m_filterIds[std::size_t(d)].push_back(
                m_interners[std::size_t(d)].intern(value.toStdString()));
        if (!values.isEmpty())
            m_filterDims.push_back(d);
        if (values.size() == 1 || m_rule.groupBy.contains(d))
            m_fixedDims.push_back(d);
    }
    m_filterCohort = m_rule.filterCohort();
    m_size = m_rule.sizeSeconds * Second;
    m_step = m_rule.stepSeconds * Second;
    m_grain = std::gcd(m_size, m_step);
    // Room for the open windows plus events up to `lateness` ahead of them (see closeUpTo).
    m_ring = m_size / m_grain + (m_lateness + m_grain - 1) / m_grain + 2;
    m_buckets.assign(m_slots.size() * std::size_t(m_ring), Bucket{});
}

void RuleRuntime::update(const DetectionRule& rule, const std::vector<std::int64_t>& newest)
{
    const bool sameWindow = m_rule.sameWindow(rule);
    m_rule = rule;
    if (sameWindow)
        return;
    configure();
    for (int shard = 0; shard < m_shardCount; ++shard)
        restart(shard, newest[std::size_t(shard)]);
}

RuleRuntime::Offer RuleRuntime::offer(const std::uint32_t* ids, bool success, std::int64_t time,
                                      const std::vector<std::uint8_t>& active, DetectionOutput& out)
{
    for (int d : m_filterDims) {
        const std::vector<std::uint32_t>& accepted = m_filterIds[std::size_t(d)];
        if (std::find(accepted.begin(), accepted.end(), ids[d]) == accepted.end())
            return NotApplied;
    }
    const std::uint32_t slot = cohortFor(ids);
    if (slot == CohortIndex::None || !active[std::size_t(m_slots[slot].shard)])
        return NotApplied;
    if (isTime())
        return applyTime(slot, success, time);
    applyCount(slot, success, time, out);
    return Applied;
}

std::uint32_t RuleRuntime::cohortFor(const std::uint32_t* ids)
{
    CohortIndex::Key key;
    for (int d : m_fixedDims) {
        const std::uint32_t id = ids[d];
        if (id == 0 || id >= IdLimit)
            return CohortIndex::None; // lacks a group_by dimension: not in this rule's cohorts
        (d < 3 ? key.low : key.high) |= std::uint64_t(id) << (21 * (d % 3));
    }
    const std::uint32_t slot = m_index.find(key);
    if (slot != CohortIndex::None)
        return slot;
    Cohort cohort = m_filterCohort;
    for (int d : m_rule.groupBy)
        cohort.setValue(d, m_interners[std::size_t(d)].text(ids[d]));
    return createSlot(key, cohort);
}

std::uint32_t RuleRuntime::cohortFor(const Cohort& cohort)
{
    CohortIndex::Key key;
    for (int d = 0; d < Cohort::DimensionCount; ++d) {
        if (!cohort.fixes(d))
            continue;
        const std::uint32_t id = m_interners[std::size_t(d)].intern(cohort.value(d).toStdString());
        if (id >= IdLimit)
            return CohortIndex::None;
        (d < 3 ? key.low : key.high) |= std::uint64_t(id) << (21 * (d % 3));
    }
    const std::uint32_t slot = m_index.find(key);
    return slot != CohortIndex::None ? slot : createSlot(key, cohort);
}

std::uint32_t RuleRuntime::createSlot(CohortIndex::Key key, const Cohort& cohort)
{
    Slot slot;
    slot.cohort = cohort;
    slot.key = cohort.key();
    slot.json = cohort.toJson();
    slot.shard = Detector::shardOf(m_rule.id, slot.key, m_shardCount);
    if (!isTime())
        slot.count = std::make_unique<CountWindow>(m_rule.countN);
    const auto index = std::uint32_t(m_slots.size());
    m_shardSlots[std::size_t(slot.shard)].push_back(index);
    m_slots.push_back(std::move(slot));
    m_buckets.resize(m_slots.size() * std::size_t(m_ring));
    m_index.insert(key, index);
    return index;
}

RuleRuntime::Bucket& RuleRuntime::bucket(std::uint32_t slot, std::int64_t number)
{
    return m_buckets[std::size_t(slot) * std::size_t(m_ring) +
                     std::size_t(floorMod(number, m_ring))];
}

const RuleRuntime::Bucket& RuleRuntime::bucket(std::uint32_t slot, std::int64_t number) const
{
    return m_buckets[std::size_t(slot) * std::size_t(m_ring) +
                     std::size_t(floorMod(number, m_ring))];
}

RuleRuntime::Offer RuleRuntime::applyTime(std::uint32_t slot, bool success, std::int64_t time)
{
    Clock& clock = m_clocks[std::size_t(m_slots[slot].shard)];
    if (time < clock.lastClosedEnd)
        return Late;
    if (!m_slots[slot].listed)
        list(slot);
    const std::int64_t number = floorDiv(time, m_grain);
    Bucket& target = bucket(slot, number);
    if (target.number != number) {
        if (target.number > number)
            return Late; // cannot happen while events are applied after closing (see ring size)
        target = Bucket{number, 0, 0};
    }
    ++target.attempts;
    target.successes += success ? 1 : 0;
    clock.lastData = std::max(clock.lastData, time);
    return Applied;
}

void RuleRuntime::applyCount(std::uint32_t slot, bool success, std::int64_t time,
                             DetectionOutput& out)
{
    Slot& target = m_slots[slot];
    if (!target.listed)
        list(slot);
    CountWindow& window = *target.count;
    window.push(time, success);
    if (!window.evaluationDue())
        return;
    judge(target, window.oldestTime(), window.newestTime(), window.attempts(), window.fresh(),
          window.successes(), out);
    window.markEvaluated();
}

std::int64_t RuleRuntime::alignDown(std::int64_t micros) const
{
    return floorDiv(micros, m_step) * m_step;
}

std::int64_t RuleRuntime::nextEnd(int shard) const
{
    const Clock& clock = m_clocks[std::size_t(shard)];
    if (!isTime() || clock.lastClosedEnd == INT64_MIN)
        return INT64_MAX;
    return clock.lastClosedEnd + m_step;
}

void RuleRuntime::startClock(int shard, std::int64_t newest)
{
    Clock& clock = m_clocks[std::size_t(shard)];
    if (isTime() && clock.lastClosedEnd == INT64_MIN && newest != INT64_MIN)
        clock.lastClosedEnd = alignDown(newest - m_lateness);
}

void RuleRuntime::closeUpTo(int shard, std::int64_t watermark, DetectionOutput& out)
{
    Clock& clock = m_clocks[std::size_t(shard)];
    if (!isTime() || clock.lastClosedEnd == INT64_MIN)
        return;
    const std::int64_t before = clock.lastClosedEnd;
    while (clock.lastClosedEnd + m_step <= watermark) {
        // Once a window with no data has been judged, the next ones change nothing: skip them.
        if (clock.lastData == INT64_MIN || clock.lastClosedEnd - m_size > clock.lastData) {
            clock.lastClosedEnd = alignDown(watermark);
            break;
        }
        clock.lastClosedEnd += m_step;
        closeWindow(shard, clock.lastClosedEnd, out);
    }
    if (floorDiv(before, ListingPeriod) != floorDiv(clock.lastClosedEnd, ListingPeriod))
        unlistEmpty(shard);
}

// A cohort with no data for the windows still to come and no streak or open downtime is the
// same as a new one: it leaves the shard's list (and its saved state) until its next event.
// Done at fixed points of the shard's clock, so a restored shard lists the same cohorts.
void RuleRuntime::unlistEmpty(int shard)
{
    const Clock& clock = m_clocks[std::size_t(shard)];
    const std::int64_t firstUseful = floorDiv(clock.lastClosedEnd - m_size, m_grain);
    std::vector<std::uint32_t>& listed = m_shardSlots[std::size_t(shard)];
    const auto end = std::remove_if(listed.begin(), listed.end(), [&](std::uint32_t index) {
        if (!isEmpty(index, firstUseful))
            return false;
        clearWindows(index);
        m_slots[index].listed = false;
        return true;
    });
    listed.erase(end, listed.end());
}

bool RuleRuntime::isEmpty(std::uint32_t slot, std::int64_t firstUseful) const
{
    if (!m_slots[slot].tracker.isIdle())
        return false;
    for (std::int64_t i = 0; i < m_ring; ++i) {
        const std::int64_t number = bucket(slot, i).number;
        if (number != INT64_MIN && number >= firstUseful)
            return false;
    }
    return true;
}

void RuleRuntime::list(std::uint32_t slot)
{
    m_slots[slot].listed = true;
    m_shardSlots[std::size_t(m_slots[slot].shard)].push_back(slot);
}

void RuleRuntime::closeWindow(int shard, std::int64_t end, DetectionOutput& out)
{
    const std::int64_t start = end - m_size;
    const std::int64_t validFrom = m_clocks[std::size_t(shard)].validFrom;
    if (start < validFrom)
        return;
    // Fresh payments are those the previous window did not hold: the newest step, or all of
    // the window when the previous one was not judged (the first after a restart). Late
    // events are not applied to closed steps, so each payment is fresh exactly once.
    const std::int64_t freshFrom =
        start - m_step < validFrom ? start : std::max(start, end - m_step);
    const std::int64_t first = floorDiv(start, m_grain);
    const std::int64_t firstFresh = floorDiv(freshFrom, m_grain);
    const std::int64_t last = floorDiv(end, m_grain);
    for (std::uint32_t index : m_shardSlots[std::size_t(shard)]) {
        std::int64_t attempts = 0, fresh = 0, successes = 0;
        for (std::int64_t number = first; number < last; ++number) {
            const Bucket& b = bucket(index, number);
            if (b.number == number) {
                attempts += b.attempts;
                fresh += number >= firstFresh ? b.attempts : 0;
                successes += b.successes;
            }
        }
        Slot& slot = m_slots[index];
        if (attempts > 0 || !slot.tracker.isIdle())
            judge(slot, start, end, attempts, fresh, successes, out);
    }
}

void RuleRuntime::judge(Slot& slot, std::int64_t start, std::int64_t end, std::int64_t attempts,
                        std::int64_t fresh, std::int64_t successes, DetectionOutput& out)
{
    if (attempts > 0) {
        out.windows.push_back(WindowResult{m_rule.id, m_rule.version, slot.shard, slot.key,
                                           slot.json, start, end, attempts, successes});
    }
    if (const auto kind = slot.tracker.judge(m_rule, attempts, fresh, successes, end))
        emitChange(slot, *kind, *kind == DowntimeChange::Resolved ? u"recovered"_s : QString(),
                   out);
}

void RuleRuntime::emitChange(const Slot& slot, DowntimeChange::Kind kind, const QString& reason,
                             DetectionOutput& out) const
{
    DowntimeChange change;
    change.kind = kind;
    change.ruleId = m_rule.id;
    change.shard = slot.shard;
    change.cohortKey = slot.key;
    change.cohort = slot.json;
    change.reason = reason;
    slot.tracker.describe(change);
    out.changes.push_back(std::move(change));
}

void RuleRuntime::clearWindows(std::uint32_t slot)
{
    if (isTime()) {
        const auto begin = m_buckets.begin() + std::ptrdiff_t(slot) * std::ptrdiff_t(m_ring);
        std::fill(begin, begin + std::ptrdiff_t(m_ring), Bucket{});
    } else {
        m_slots[slot].count = std::make_unique<CountWindow>(m_rule.countN);
    }
}

void RuleRuntime::restart(int shard, std::int64_t newest)
{
    Clock& clock = m_clocks[std::size_t(shard)];
    clock = Clock{};
    if (isTime() && newest != INT64_MIN) {
        clock.lastClosedEnd = alignDown(newest - m_lateness);
        clock.validFrom = newest + 1;
    }
    for (std::uint32_t index : m_shardSlots[std::size_t(shard)]) {
        clearWindows(index);
        m_slots[index].tracker.resetStreaks();
    }
}

void RuleRuntime::resolveAll(int shard, std::int64_t at, const QString& reason,
                             DetectionOutput& out)
{
    for (std::uint32_t index : m_shardSlots[std::size_t(shard)]) {
        Slot& slot = m_slots[index];
        if (slot.tracker.forceResolve(at))
            emitChange(slot, DowntimeChange::Resolved, reason, out);
    }
}

void RuleRuntime::dropShard(int shard)
{
    m_clocks[std::size_t(shard)] = Clock{};
    for (std::uint32_t index : m_shardSlots[std::size_t(shard)]) {
        clearWindows(index);
        m_slots[index].tracker = DowntimeTracker{};
        m_slots[index].listed = false;
    }
    m_shardSlots[std::size_t(shard)].clear();
}

void RuleRuntime::save(QDataStream& out, int shard) const
{
    const Clock& clock = m_clocks[std::size_t(shard)];
    out << qint64(clock.lastClosedEnd) << qint64(clock.validFrom) << qint64(clock.lastData);
    const std::int64_t firstUseful = clock.lastClosedEnd == INT64_MIN
                                         ? INT64_MIN
                                         : floorDiv(clock.lastClosedEnd - m_size, m_grain);
    // Every cohort, idle ones too: a restored shard visits them in the same order.
    const std::vector<std::uint32_t>& cohorts = m_shardSlots[std::size_t(shard)];
    out << quint32(cohorts.size());
    for (std::uint32_t index : cohorts)
        writeCohort(out, index, firstUseful);
}

void RuleRuntime::writeCohort(QDataStream& out, std::uint32_t index, std::int64_t firstUseful) const
{
    const Slot& slot = m_slots[index];
    for (int d = 0; d < Cohort::DimensionCount; ++d)
        out << slot.cohort.value(d);
    slot.tracker.save(out);
    out << isTime();
    if (!isTime()) {
        out << qint32(m_rule.countN);
        slot.count->save(out);
        return;
    }
    std::vector<Bucket> buckets;
    for (std::int64_t i = 0; i < m_ring; ++i) {
        const Bucket& b = bucket(index, i);
        if (b.number != INT64_MIN && b.number >= firstUseful)
            buckets.push_back(b);
    }
    out << quint32(buckets.size());
    for (const Bucket& b : buckets)
        out << qint64(b.number) << quint32(b.attempts) << quint32(b.successes);
}

void RuleRuntime::load(QDataStream& in, int shard, bool keepWindows, std::int64_t newest)
{
    qint64 lastClosedEnd = 0, validFrom = 0, lastData = 0;
    quint32 cohorts = 0;
    in >> lastClosedEnd >> validFrom >> lastData >> cohorts;
    for (quint32 c = 0; c < cohorts && in.status() == QDataStream::Ok; ++c) {
        SavedCohort saved;
        if (readCohort(in, saved))
            restoreCohort(saved, shard, keepWindows);
    }
    if (keepWindows)
        m_clocks[std::size_t(shard)] = Clock{lastClosedEnd, validFrom, lastData};
    else
        restart(shard, newest);
}

bool RuleRuntime::readCohort(QDataStream& in, SavedCohort& saved)
{
    for (int d = 0; d < Cohort::DimensionCount; ++d) {
        QString value;
        in >> value;
        saved.cohort.setValue(d, value);
    }
    saved.tracker.load(in);
    bool time = false;
    in >> time;
    if (time) {
        quint32 n = 0;
        in >> n;
        for (quint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
            qint64 number = 0;
            Bucket b;
            in >> number >> b.attempts >> b.successes;
            b.number = number;
            saved.buckets.push_back(b);
        }
        return in.status() == QDataStream::Ok;
    }
    qint32 n = 0;
    in >> n;
    if (n < 1 || n > 1000000) {
        in.setStatus(QDataStream::ReadCorruptData);
        return false;
    }
    saved.count = std::make_unique<CountWindow>(n);
    saved.count->load(in);
    return in.status() == QDataStream::Ok;
}

void RuleRuntime::restoreCohort(SavedCohort& saved, int shard, bool keepWindows)
{
    const std::uint32_t index = cohortFor(saved.cohort);
    if (index == CohortIndex::None || m_slots[index].shard != shard)
        return;
    if (!m_slots[index].listed)
        list(index);
    m_slots[index].tracker = saved.tracker;
    if (!keepWindows)
        return;
    for (const Bucket& b : saved.buckets)
        bucket(index, b.number) = b;
    if (saved.count && !isTime() && saved.count->size() == m_rule.countN)
        m_slots[index].count = std::move(saved.count);
}
