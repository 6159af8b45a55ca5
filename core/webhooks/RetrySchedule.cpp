#include "RetrySchedule.h"

#include <QRandomGenerator>
#include <algorithm>

using namespace std::chrono_literals;

std::vector<std::chrono::seconds> RetrySchedule::defaultDelays()
{
    return {5s, 30s, 2min, 10min, 30min, 1h, 3h, 6h, 12h, 24h};
}

RetrySchedule::RetrySchedule(std::vector<std::chrono::seconds> delays, Jitter jitter, double spread)
    : m_delays(std::move(delays))
    , m_jitter(jitter)
    , m_spread(std::clamp(spread, 0.0, 1.0))
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{}

std::optional<std::pair<RetrySchedule::Delay, RetrySchedule::Delay>>
RetrySchedule::bounds(int attempt, double stretch) const
{
    if (attempt < 1 || attempt > int(m_delays.size()))
        return std::nullopt;
    const double base = double(std::chrono::duration_cast<Delay>(m_delays[attempt - 1]).count()) *
                        std::clamp(stretch, 1.0, maxStretch);
    if (m_jitter == Jitter::Full)
        return std::pair{Delay(qint64(base / 2)), Delay(qint64(base))};
    return std::pair{Delay(qint64(base * (1 - m_spread))), Delay(qint64(base * (1 + m_spread)))};
}

std::optional<RetrySchedule::Delay> RetrySchedule::delayAfter(int attempt, double stretch) const
{
    const auto range = bounds(attempt, stretch);
    if (!range)
        return std::nullopt;
    const auto [low, high] = *range;
    return low + Delay(qint64(m_random() * double((high - low).count())));
}
