#include "CohortWatch.h"

CohortWatch::CohortWatch(std::int64_t spanMicros)
    : m_span(spanMicros)
{}

void CohortWatch::note(const std::vector<WindowResult>& windows)
{
    for (const WindowResult& window : windows) {
        std::int64_t& last = m_lastEnd[QString::number(window.ruleId) + u'/' + window.cohortKey];
        last = std::max(last, window.end);
        m_newest = std::max(m_newest, window.end);
    }
    if (m_lastEnd.size() > 2 * m_pruneAt) {
        for (auto it = m_lastEnd.begin(); it != m_lastEnd.end();)
            it = m_newest - it.value() > m_span ? m_lastEnd.erase(it) : std::next(it);
        m_pruneAt = std::max<qsizetype>(1024, m_lastEnd.size());
    }
}

qint64 CohortWatch::watched() const
{
    qint64 count = 0;
    for (const std::int64_t end : m_lastEnd)
        count += m_newest - end <= m_span;
    return count;
}
