#pragma once

#include <QDateTime>
#include <chrono>
#include <deque>

// What one dispatcher has seen of an endpoint lately: the recent failure rate and latency
// stretch its retry delays (up to RetrySchedule::maxStretch), and failing for
// `disableAfter` without a success disables it.
class EndpointHealth
{
public:
    static constexpr int window = 20;
    static constexpr std::chrono::hours disableAfter{5 * 24};
    // Latency at which an endpoint counts as slow; each multiple of it adds to the stretch.
    static constexpr std::chrono::milliseconds slowLatency{2'000};

    void record(bool success, std::chrono::milliseconds latency, const QDateTime& at);
    // What the store knew when this dispatcher first met the endpoint.
    void restore(int consecutiveFailures, const QDateTime& failingSince);

    double failureRate() const;
    std::chrono::milliseconds averageLatency() const;
    // 1 for a healthy endpoint; up to RetrySchedule::maxStretch for one that fails or is slow.
    double stretch() const;

    int consecutiveFailures() const { return m_consecutiveFailures; }
    QDateTime failingSince() const { return m_failingSince; }
    static bool shouldDisable(const QDateTime& failingSince, const QDateTime& now);

private:
    struct Sample
    {
        bool success;
        std::chrono::milliseconds latency;
    };
    std::deque<Sample> m_recent;
    int m_consecutiveFailures = 0;
    QDateTime m_failingSince;
};
