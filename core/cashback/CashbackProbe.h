#pragma once

#include "AmqpConnection.h"
#include "store/PgConnection.h"

#include <QString>
#include <chrono>
#include <optional>

// What `payops cashback` serves on /readyz and the gauges of /metrics that need the outside
// world: whether its store and broker answer now, and the credit queues' depth as the broker
// tells it. Keeps a connection to each, reopened after a failure; reads at most once a second.
// Runs on the main thread (the stages have threads of their own).
class CashbackProbe
{
public:
    struct Reading
    {
        bool store = false;
        bool broker = false;
        qint64 creditQueue = -1; // -1: unknown
        qint64 deadQueue = -1;
        QString reason; // empty when both answer
    };

    CashbackProbe(QString dsn, AmqpEndpoint broker);

    Reading read();

private:
    void probeStore(Reading& reading);
    void probeBroker(Reading& reading);

    QString m_dsn;
    AmqpEndpoint m_endpoint;
    std::optional<PgConnection> m_store;
    std::optional<AmqpConnection> m_broker;
    Reading m_last;
    std::optional<std::chrono::steady_clock::time_point> m_readAt;
};
