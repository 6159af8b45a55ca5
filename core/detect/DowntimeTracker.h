#pragma once

#include "DowntimeChange.h"

#include <QDataStream>
#include <QString>
#include <cstdint>
#include <optional>

class DetectionRule;

// The downtime state machine of one (rule, cohort), fed one closed window at a time.
// A window under min_volume neither opens nor resolves: it breaks both streaks and keeps an
// open downtime open (its payments still add to the volume). A downtime's volume is the
// number of payments in the windows that opened it and in those judged while it was open,
// each payment counted once: the opening streak's first window whole, then each window's
// fresh payments (those no earlier window held). open_after windows in a row
// under open_below open a downtime that started at the end of the streak's first window;
// resolve_after windows in a row at or above recover_above resolve it at the end of that
// streak's first window. Severity is the band of the lowest SR seen, by the current rule.
class DowntimeTracker
{
public:
    // fresh: the window's attempts that the window judged before it did not hold.
    std::optional<DowntimeChange::Kind> judge(const DetectionRule& rule, std::int64_t attempts,
                                              std::int64_t fresh, std::int64_t successes,
                                              std::int64_t end);
    // Forgets the streaks (window restart); an open downtime stays open.
    void resetStreaks();
    // Closes an open downtime without recovery (rule disabled); false when none was open.
    bool forceResolve(std::int64_t at);

    bool isOpen() const { return m_open; }
    bool isIdle() const { return !m_open && m_openStreak == 0 && m_recoverStreak == 0; }
    // The open (or just resolved) downtime, as a change of the given kind.
    void describe(DowntimeChange& change) const;

    void save(QDataStream& out) const;
    void load(QDataStream& in);

private:
    std::optional<DowntimeChange::Kind> judgeClosed(const DetectionRule& rule, double sr,
                                                    std::int64_t attempts, std::int64_t fresh,
                                                    std::int64_t end);
    std::optional<DowntimeChange::Kind> judgeOpen(const DetectionRule& rule, double sr,
                                                  std::int64_t fresh, std::int64_t end);

    int m_openStreak = 0;
    std::int64_t m_openStreakStart = 0;
    double m_streakLowest = 1;
    std::int64_t m_streakVolume = 0;
    int m_recoverStreak = 0;
    std::int64_t m_recoverStreakStart = 0;

    bool m_open = false;
    int m_version = 0;
    std::int64_t m_startedAt = 0;
    std::int64_t m_resolvedAt = 0;
    double m_lowest = 1;
    std::int64_t m_volume = 0;
    QString m_severity;
};
