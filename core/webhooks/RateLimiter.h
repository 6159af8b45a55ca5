#pragma once

#include <chrono>
#include <cstdint>

// A token bucket: `perSecond` requests a second on average, bursts of up to `perSecond`.
// Time is passed in (a steady clock's milliseconds) so that tests can drive it.
class RateLimiter
{
public:
    using Millis = std::chrono::milliseconds;

    explicit RateLimiter(int perSecond = 0);

    void setRate(int perSecond);
    bool unlimited() const { return m_perSecond <= 0; }
    // Takes a token: 0 when one was there, otherwise how long until one is (nothing taken).
    Millis acquire(Millis now);

private:
    int m_perSecond;
    double m_tokens;
    Millis m_last{-1};
};
