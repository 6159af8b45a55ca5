#include "CircuitBreaker.h"

CircuitBreaker::CircuitBreaker(int threshold, std::chrono::milliseconds cooldown)
    : m_threshold(std::max(1, threshold))
    , m_cooldown(cooldown)
{}

bool CircuitBreaker::tryAcquire(const QDateTime& now)
{
    if (m_state == State::Open && now >= reopensAt())
        m_state = State::HalfOpen;
    switch (m_state) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (m_probeInFlight)
            return false;
        m_probeInFlight = true;
        return true;
    }
    return false;
}

QDateTime CircuitBreaker::reopensAt() const
{
    return m_openedAt.addMSecs(m_cooldown.count());
}

void CircuitBreaker::onSuccess()
{
    m_state = State::Closed;
    m_failures = 0;
    m_probeInFlight = false;
    m_openedAt = {};
}

void CircuitBreaker::onFailure(const QDateTime& now)
{
    ++m_failures;
    const bool probeFailed = m_state == State::HalfOpen;
    m_probeInFlight = false;
    if (probeFailed || (m_state == State::Closed && m_failures >= m_threshold)) {
        m_state = State::Open;
        m_openedAt = now;
    }
}

void CircuitBreaker::onAbandoned()
{
    m_probeInFlight = false;
}

void CircuitBreaker::restore(State state, const QDateTime& openedAt, int consecutiveFailures)
{
    m_state = state == State::HalfOpen ? State::Open : state;
    m_openedAt = openedAt.isValid() ? openedAt : QDateTime::currentDateTimeUtc();
    if (m_state == State::Closed)
        m_openedAt = {};
    m_failures = consecutiveFailures;
    m_probeInFlight = false;
}

QString CircuitBreaker::name(State state)
{
    switch (state) {
    case State::Closed:
        return QStringLiteral("closed");
    case State::Open:
        return QStringLiteral("open");
    case State::HalfOpen:
        return QStringLiteral("half_open");
    }
    return {};
}

CircuitBreaker::State CircuitBreaker::fromName(const QString& name)
{
    if (name == u"open")
        return State::Open;
    if (name == u"half_open")
        return State::HalfOpen;
    return State::Closed;
}
