#pragma once

#include <array>
#include <cstdint>

class PrometheusText;

// A Prometheus histogram of durations in seconds with fixed buckets (5 ms to 30 s), cheap
// enough to observe every attempt. Not thread-safe: one owner thread.
class LatencyHistogram
{
public:
    static constexpr std::array<double, 12> bounds{0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                   0.5,   1,    2.5,   5,    10,  30};

    void observe(double seconds);
    // HELP, TYPE histogram, the cumulative _bucket samples, _sum and _count.
    void write(PrometheusText& text, const char* name, const char* help) const;

    std::int64_t count() const { return m_count; }

private:
    std::array<std::int64_t, bounds.size()> m_buckets{};
    std::int64_t m_count = 0;
    double m_sum = 0;
};
