#pragma once

#include <chrono>
#include <functional>

// Exponential backoff with full jitter: delay n is uniform in [base·2ⁿ / 2, base·2ⁿ], capped.
class Backoff
{
public:
    using Duration = std::chrono::milliseconds;

    explicit Backoff(Duration initial = Duration(500), Duration cap = Duration(30'000));

    Duration next();
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

    // For tests: a source of numbers in [0, 1).
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

private:
    Duration m_initial;
    Duration m_cap;
    int m_attempt = 0;
    std::function<double()> m_random;
};
