#pragma once

#include <QDataStream>
#include <cstdint>
#include <vector>

// The last n outcomes of one cohort (a count window): a ring of times and success bits.
class CountWindow
{
public:
    explicit CountWindow(int n);

    void push(std::int64_t time, bool success);
    // One evaluation is due every max(1, n/10) outcomes.
    bool evaluationDue() const { return m_sinceEvaluation >= std::max(1, m_n / 10); }
    void markEvaluated() { m_sinceEvaluation = 0; }
    // The outcomes pushed since the last evaluation: those the window then judged did not hold.
    std::int64_t fresh() const { return std::min(m_sinceEvaluation, m_filled); }

    int size() const { return m_n; }
    std::int64_t attempts() const { return m_filled; }
    std::int64_t successes() const { return m_successes; }
    std::int64_t oldestTime() const;
    std::int64_t newestTime() const;

    void save(QDataStream& out) const;
    void load(QDataStream& in);

private:
    int m_n;
    int m_head = 0; // next write position
    int m_filled = 0;
    int m_sinceEvaluation = 0;
    std::int64_t m_successes = 0;
    std::vector<std::int64_t> m_times;
    std::vector<std::uint8_t> m_success;
};
