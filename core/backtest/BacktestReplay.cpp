#include "BacktestReplay.h"

#include "detect/DetectionEvent.h"

#include <algorithm>

namespace {

// Taking the detectors' output now and then keeps their buffers small.
constexpr qint64 collectEvery = 50'000;

int rankOf(const DetectionRule& rule, const QString& severity)
{
    int rank = 1;
    double below = 2;
    for (const SeverityBand& band : rule.severity) {
        if (band.name == severity)
            below = band.below;
    }
    for (const SeverityBand& band : rule.severity)
        rank += band.below < below ? 1 : 0;
    return rank;
}

} // namespace

BacktestReplay::BacktestReplay(const std::optional<DetectionRule>& current,
                               const DetectionRule& edited, DetectorOptions options)
{
    auto addSide = [&](BacktestDowntime::Side which, const DetectionRule& rule) {
        Side side{which, rule, std::make_unique<Detector>(options), {}, 0};
        side.detector->setRules({rule});
        m_sides.push_back(std::move(side));
    };
    if (current)
        addSide(BacktestDowntime::Current, *current);
    addSide(BacktestDowntime::Edited, edited);
}

void BacktestReplay::add(const DetectionEvent& event)
{
    for (Side& side : m_sides)
        side.detector->add(event);
    if (++m_sinceCollect >= collectEvery) {
        m_sinceCollect = 0;
        for (Side& side : m_sides)
            collect(side);
    }
}

void BacktestReplay::finish()
{
    for (Side& side : m_sides) {
        side.detector->flush();
        collect(side);
    }
}

void BacktestReplay::collect(Side& side)
{
    side.windows += qint64(side.detector->takeWindows().size());
    for (const DowntimeChange& change : side.detector->takeChanges()) {
        if (change.kind == DowntimeChange::Opened) {
            side.open.insert(change.cohortKey, int(m_downtimes.size()));
            m_downtimes.append(BacktestDowntime{
                side.side, change.ruleId, change.version, change.cohortKey, change.cohort,
                change.startedAt, std::nullopt, change.severity, rankOf(side.rule, change.severity),
                change.lowestSr, change.volume, QString()});
            continue;
        }
        const auto found = side.open.constFind(change.cohortKey);
        if (found == side.open.cend())
            continue; // cannot happen: every detector starts empty
        BacktestDowntime& downtime = m_downtimes[*found];
        downtime.severity = change.severity;
        downtime.rank = rankOf(side.rule, change.severity);
        downtime.lowestSr = change.lowestSr;
        downtime.volume = change.volume;
        if (change.kind == DowntimeChange::Resolved) {
            downtime.resolvedAt = change.resolvedAt;
            downtime.reason = change.reason;
            side.open.erase(found);
        }
    }
}

QList<BacktestDowntime> BacktestReplay::downtimes() const
{
    QList<BacktestDowntime> sorted = m_downtimes;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const BacktestDowntime& a, const BacktestDowntime& b) {
                         return std::tie(a.startedAt, a.side, a.cohortKey) <
                                std::tie(b.startedAt, b.side, b.cohortKey);
                     });
    return sorted;
}

qint64 BacktestReplay::windows(BacktestDowntime::Side side) const
{
    for (const Side& entry : m_sides) {
        if (entry.side == side)
            return entry.windows;
    }
    return 0;
}

qint64 BacktestReplay::lateEvents() const
{
    qint64 late = 0;
    for (const Side& side : m_sides)
        late = std::max(late, qint64(side.detector->lateEvents()));
    return late;
}
