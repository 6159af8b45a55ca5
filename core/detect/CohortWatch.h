#pragma once

#include "WindowResult.h"

#include <QHash>
#include <QString>
#include <cstdint>
#include <vector>

// The cohorts a detector is watching for its metrics: the (rule, cohort) pairs with a window
// that closed within `span` of the newest window end it computed (event time). Cohorts quiet
// longer than that are forgotten.
class CohortWatch
{
public:
    explicit CohortWatch(std::int64_t spanMicros = 10 * 60 * 1'000'000LL);

    void note(const std::vector<WindowResult>& windows);
    qint64 watched() const;

private:
    std::int64_t m_span;
    std::int64_t m_newest = INT64_MIN;
    QHash<QString, std::int64_t> m_lastEnd; // "rule/cohort key" -> last window end
    qsizetype m_pruneAt = 1024;
};
