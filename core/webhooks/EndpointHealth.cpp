#include "EndpointHealth.h"

#include "RetrySchedule.h"

#include <algorithm>

void EndpointHealth::record(bool success, std::chrono::milliseconds latency, const QDateTime& at)
{
    m_recent.push_back({success, latency});
    if (m_recent.size() > window)
        m_recent.pop_front();
    if (success) {
        m_consecutiveFailures = 0;
        m_failingSince = {};
    } else {
        ++m_consecutiveFailures;
        if (!m_failingSince.isValid())
            m_failingSince = at;
    }
}

void EndpointHealth::restore(int consecutiveFailures, const QDateTime& failingSince)
{
    m_consecutiveFailures = consecutiveFailures;
    m_failingSince = failingSince;
}

double EndpointHealth::failureRate() const
{
    if (m_recent.empty())
        return 0.0;
    const auto failures = std::count_if(m_recent.begin(), m_recent.end(),
                                        [](const Sample& sample) { return !sample.success; });
    return double(failures) / double(m_recent.size());
}

std::chrono::milliseconds EndpointHealth::averageLatency() const
{
    if (m_recent.empty())
        return {};
    std::chrono::milliseconds total{};
    for (const Sample& sample : m_recent)
        total += sample.latency;
    return total / qint64(m_recent.size());
}

double EndpointHealth::stretch() const
{
    const double slowness = double(averageLatency().count()) / double(slowLatency.count());
    const double stretch = 1.0 + 2.0 * failureRate() + std::max(0.0, slowness - 1.0);
    return std::clamp(stretch, 1.0, RetrySchedule::maxStretch);
}

bool EndpointHealth::shouldDisable(const QDateTime& failingSince, const QDateTime& now)
{
    return failingSince.isValid() &&
           failingSince.addSecs(std::chrono::seconds(disableAfter).count()) <= now;
}
