#include "CountWindow.h"

CountWindow::CountWindow(int n)
    : m_n(n)
    , m_times(std::size_t(n))
    , m_success(std::size_t(n))
{}

void CountWindow::push(std::int64_t time, bool success)
{
    if (m_filled == m_n)
        m_successes -= m_success[std::size_t(m_head)];
    else
        ++m_filled;
    m_times[std::size_t(m_head)] = time;
    m_success[std::size_t(m_head)] = success ? 1 : 0;
    m_successes += success ? 1 : 0;
    m_head = (m_head + 1) % m_n;
    ++m_sinceEvaluation;
}

std::int64_t CountWindow::oldestTime() const
{
    return m_times[std::size_t(m_filled == m_n ? m_head : 0)];
}

std::int64_t CountWindow::newestTime() const
{
    return m_times[std::size_t((m_head + m_n - 1) % m_n)];
}

// Saved oldest first, so a window of another n can take them back.
void CountWindow::save(QDataStream& out) const
{
    out << qint32(m_filled) << qint32(m_sinceEvaluation);
    const int first = m_filled == m_n ? m_head : 0;
    for (int i = 0; i < m_filled; ++i) {
        const std::size_t at = std::size_t((first + i) % m_n);
        out << qint64(m_times[at]) << bool(m_success[at]);
    }
}

void CountWindow::load(QDataStream& in)
{
    qint32 filled = 0, sinceEvaluation = 0;
    in >> filled >> sinceEvaluation;
    for (qint32 i = 0; i < filled && in.status() == QDataStream::Ok; ++i) {
        qint64 time = 0;
        bool success = false;
        in >> time >> success;
        push(time, success);
    }
    m_sinceEvaluation = sinceEvaluation;
}
