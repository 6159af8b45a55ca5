#include "DowntimeTracker.h"

#include "DetectionRule.h"

std::optional<DowntimeChange::Kind> DowntimeTracker::judge(const DetectionRule& rule,
                                                           std::int64_t attempts,
                                                           std::int64_t fresh,
                                                           std::int64_t successes, std::int64_t end)
{
    if (attempts < rule.minVolume) {
        resetStreaks();
        if (!m_open || attempts == 0)
            return std::nullopt;
        m_volume += fresh;
        return DowntimeChange::Updated;
    }
    const double sr = double(successes) / double(attempts);
    return m_open ? judgeOpen(rule, sr, fresh, end) : judgeClosed(rule, sr, attempts, fresh, end);
}

std::optional<DowntimeChange::Kind> DowntimeTracker::judgeClosed(const DetectionRule& rule,
                                                                 double sr, std::int64_t attempts,
                                                                 std::int64_t fresh,
                                                                 std::int64_t end)
{
    if (sr >= rule.openBelow) {
        m_openStreak = 0;
        return std::nullopt;
    }
    if (m_openStreak++ == 0) {
        m_openStreakStart = end;
        m_streakLowest = sr;
        m_streakVolume = attempts;
    } else {
        m_streakVolume += fresh;
    }
    m_streakLowest = std::min(m_streakLowest, sr);
    if (m_openStreak < rule.openAfter)
        return std::nullopt;
    m_open = true;
    m_version = rule.version;
    m_startedAt = m_openStreakStart;
    m_resolvedAt = 0;
    m_lowest = m_streakLowest;
    m_volume = m_streakVolume;
    m_severity = rule.severityFor(m_lowest);
    resetStreaks();
    return DowntimeChange::Opened;
}

std::optional<DowntimeChange::Kind> DowntimeTracker::judgeOpen(const DetectionRule& rule, double sr,
                                                               std::int64_t fresh, std::int64_t end)
{
    m_volume += fresh;
    m_lowest = std::min(m_lowest, sr);
    m_severity = rule.severityFor(m_lowest);
    if (sr < rule.recoverAbove) {
        m_recoverStreak = 0;
        return DowntimeChange::Updated;
    }
    if (m_recoverStreak++ == 0)
        m_recoverStreakStart = end;
    if (m_recoverStreak < rule.resolveAfter)
        return DowntimeChange::Updated;
    m_open = false;
    m_resolvedAt = m_recoverStreakStart;
    resetStreaks();
    return DowntimeChange::Resolved;
}

void DowntimeTracker::resetStreaks()
{
    m_openStreak = 0;
    m_recoverStreak = 0;
}

bool DowntimeTracker::forceResolve(std::int64_t at)
{
    if (!m_open)
        return false;
    m_open = false;
    m_resolvedAt = std::max(at, m_startedAt);
    resetStreaks();
    return true;
}

void DowntimeTracker::describe(DowntimeChange& change) const
{
    change.version = m_version;
    change.startedAt = m_startedAt;
    change.resolvedAt = m_open ? 0 : m_resolvedAt;
    change.severity = m_severity;
    change.lowestSr = m_lowest;
    change.volume = m_volume;
}

void DowntimeTracker::save(QDataStream& out) const
{
    out << qint32(m_openStreak) << qint64(m_openStreakStart) << m_streakLowest
        << qint64(m_streakVolume) << qint32(m_recoverStreak) << qint64(m_recoverStreakStart)
        << m_open << qint32(m_version) << qint64(m_startedAt) << qint64(m_resolvedAt) << m_lowest
        << qint64(m_volume) << m_severity;
}

void DowntimeTracker::load(QDataStream& in)
{
    qint32 openStreak, recoverStreak, version;
    qint64 openStreakStart, streakVolume, recoverStreakStart, startedAt, resolvedAt, volume;
    in >> openStreak >> openStreakStart >> m_streakLowest >> streakVolume >> recoverStreak >>
        recoverStreakStart >> m_open >> version >> startedAt >> resolvedAt >> m_lowest >> volume >>
        m_severity;
    m_openStreak = openStreak;
    m_openStreakStart = openStreakStart;
    m_streakVolume = streakVolume;
    m_recoverStreak = recoverStreak;
    m_recoverStreakStart = recoverStreakStart;
    m_version = version;
    m_startedAt = startedAt;
    m_resolvedAt = resolvedAt;
    m_volume = volume;
}
