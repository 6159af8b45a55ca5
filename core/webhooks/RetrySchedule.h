#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

// When to try a failed delivery again: design.md's delays (5 s, 30 s, 2 min, 10 min, 30 min,
// 1 h, 3 h, 6 h, 12 h, 24 h, then dead), each stretched by the endpoint's health and jittered
// so that a recovering endpoint is not hit by every retry at once.
class RetrySchedule
{
public:
    using Delay = std::chrono::milliseconds;

    enum class Jitter
    {
        // Uniform in [(1 - spread)·d, (1 + spread)·d].
        Bounded,
        // Uniform in [d / 2, d]: never later than the schedule says.
        Full,
    };

    static std::vector<std::chrono::seconds> defaultDelays();
    static constexpr double defaultSpread = 0.2;
    static constexpr double maxStretch = 4.0;

    explicit RetrySchedule(std::vector<std::chrono::seconds> delays = defaultDelays(),
                           Jitter jitter = Jitter::Bounded, double spread = defaultSpread);

    // Attempts a delivery gets in all: one more than there are delays.
    int maxAttempts() const { return int(m_delays.size()) + 1; }

    // The delay after attempt `attempt` (1-based) failed; nullopt when it was the last.
    // stretch (1 to maxStretch) comes from EndpointHealth.
    std::optional<Delay> delayAfter(int attempt, double stretch = 1.0) const;
    // The range delayAfter draws from.
    std::optional<std::pair<Delay, Delay>> bounds(int attempt, double stretch = 1.0) const;

    // For tests: a source of numbers in [0, 1).
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

private:
    std::vector<std::chrono::seconds> m_delays;
    Jitter m_jitter;
    double m_spread;
    std::function<double()> m_random;
};
