#pragma once

#include "AmqpConnection.h"

#include <QString>
#include <atomic>
#include <chrono>
#include <optional>
#include <vector>

class PgConnection;
struct CashbackCounters;

// A balance worker of `payops cashback`: consumes payops.credits with manual acknowledgements
// and a prefetch window, applies a batch of credit messages in one store transaction
// (payops.apply_cashback_credits: ledger entries keyed by their idempotency key, balances,
// cashback stages) and only then acknowledges them, so a redelivered message changes nothing.
// A message that cannot be applied is recorded with its reason (cashback_dead_letters) and
// rejected without requeue: the queue dead-letters it to payops.credits.dead. Store or
// broker lost: the unacknowledged messages return to the queue; reconnect with backoff.
class BalanceWorker
{
public:
    struct Options
    {
        QString dsn;
        AmqpEndpoint broker;
        // bench/cashback_bench: 100 a transaction beat 500 and 1,000 (2 workers, 2 cores).
        int batch = 100;
        int prefetch = 200;
        bool drain = false;
        // --drain: set once no more messages will be published by this process.
        const std::atomic<bool>* publishersDone = nullptr;
    };

    BalanceWorker(Options options, CashbackCounters& counters, const std::atomic<bool>& stop);
    void run();

private:
    bool session();
    void apply(PgConnection& store, AmqpConnection& broker, const std::vector<AmqpDelivery>& batch);
    bool drained(std::chrono::steady_clock::time_point lastMessage);

    Options m_options;
    CashbackCounters& m_counters;
    const std::atomic<bool>& m_stop;
    std::optional<std::chrono::steady_clock::time_point> m_publishersDoneAt;
};
