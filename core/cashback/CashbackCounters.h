#pragma once

#include <QByteArray>
#include <atomic>
#include <cstdint>

// What `payops cashback` did since it started, shared by its threads; the summary line and
// the Prometheus text of --metrics.
struct CashbackCounters
{
    std::atomic<std::int64_t> eventsRead{0};
    std::atomic<std::int64_t> computed{0};
    std::atomic<std::int64_t> noCashback{0};
    std::atomic<std::int64_t> reversals{0};
    std::atomic<std::int64_t> published{0};
    std::atomic<std::int64_t> publishFailures{0};
    std::atomic<std::int64_t> credited{0};
    std::atomic<std::int64_t> duplicates{0};
    std::atomic<std::int64_t> deadLettered{0};
    std::atomic<std::int64_t> reconnects{0};

    QByteArray prometheus() const;
    QByteArray summary() const;
};
