#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

RateLimiter::RateLimiter(int perSecond)
    : m_perSecond(perSecond)
    , m_tokens(perSecond)
{}

void RateLimiter::setRate(int perSecond)
{
    if (perSecond == m_perSecond)
        return;
    m_perSecond = perSecond;
    m_tokens = std::min(m_tokens, double(perSecond));
}

RateLimiter::Millis RateLimiter::acquire(Millis now)
{
    if (unlimited())
        return Millis(0);
    if (m_last.count() >= 0)
        m_tokens = std::min(double(m_perSecond),
                            m_tokens + double((now - m_last).count()) * m_perSecond / 1000.0);
    m_last = now;
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return Millis(0);
    }
    return Millis(std::int64_t(std::ceil((1.0 - m_tokens) * 1000.0 / m_perSecond)));
}
