#include "Backoff.h"

#include <QRandomGenerator>

#include <algorithm>

Backoff::Backoff(Duration initial, Duration cap)
    : m_initial(initial)
    , m_cap(cap)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

Backoff::Duration Backoff::next()
{
    const int exponent = std::min(m_attempt, 30);
    ++m_attempt;
    const double ceiling =
        std::min(double(m_cap.count()), double(m_initial.count()) * double(1LL << exponent));
    return Duration(qint64(ceiling / 2 + m_random() * ceiling / 2));
}
