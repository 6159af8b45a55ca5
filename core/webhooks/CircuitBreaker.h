#pragma once

#include <QDateTime>
#include <QString>
#include <chrono>

// Per endpoint: after `threshold` consecutive failures the circuit opens and no request goes
// out for `cooldown`; then one probe is let through (half-open): its success closes the
// circuit, its failure opens it again for another cooldown. So a dead endpoint costs one
// request per cooldown instead of a worker per delivery.
class CircuitBreaker
{
public:
    enum class State
    {
        Closed,
        Open,
        HalfOpen,
    };

    static constexpr int defaultThreshold = 5;
    static constexpr std::chrono::seconds defaultCooldown{30};

    explicit CircuitBreaker(int threshold = defaultThreshold,
                            std::chrono::milliseconds cooldown = defaultCooldown);

    // Whether a request may start now; in half-open, true once (the probe) until it ends.
    bool tryAcquire(const QDateTime& now);
    // Why tryAcquire would refuse: open until `reopensAt()`, or a probe is out.
    bool probeInFlight() const { return m_probeInFlight; }
    QDateTime reopensAt() const;

    void onSuccess();
    void onFailure(const QDateTime& now);
    // A request that tryAcquire allowed but that never went out.
    void onAbandoned();

    void restore(State state, const QDateTime& openedAt, int consecutiveFailures);

    State state() const { return m_state; }
    QDateTime openedAt() const { return m_openedAt; }
    static QString name(State state);
    static State fromName(const QString& name);

private:
    int m_threshold;
    std::chrono::milliseconds m_cooldown;
    State m_state = State::Closed;
    QDateTime m_openedAt;
    int m_failures = 0;
    bool m_probeInFlight = false;
};
