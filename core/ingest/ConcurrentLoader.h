#pragma once

#include "IngestSummary.h"
#include "store/PgConnection.h"

#include <functional>
#include <vector>

class BatchProducer;

// Loads the producer's batches over several connections at once, each with its own
// EventLoader, so that the store works on more than one batch at a time. After a failure
// the other connections finish the batch they hold and stop; run() then rethrows it.
class ConcurrentLoader
{
public:
    using Connect = std::function<PgConnection()>;
    // Called after each committed batch, from the loading threads, one at a time.
    using Progress = std::function<void(const IngestSummary&, std::int64_t position)>;

    ConcurrentLoader(const Connect& connect, int connections);
    ~ConcurrentLoader();

    void run(BatchProducer& producer, IngestSummary& summary, const Progress& progress);

private:
    std::vector<PgConnection> m_connections;
};
