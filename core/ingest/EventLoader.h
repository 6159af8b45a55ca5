#pragma once

#include "IngestBatch.h"

#include <cstdint>
#include <functional>

class PgConnection;

// Loads batches into payops.payment_events through one connection, one transaction each:
// COPY into a session's staging table, then the ids that payops.payment_event_ids does not
// know yet go in (ON CONFLICT DO NOTHING: of two concurrent ingests of one id, only one
// gets it) together with their events, plus the batch's quarantine rows and one
// NOTIFY payops_events 'ingested:<n>'. The same transaction hands the loaded events to the
// webhook outbox (payops.enqueue_webhook_events).
class EventLoader
{
public:
    struct Result
    {
        std::int64_t loaded = 0;
        std::int64_t duplicates = 0; // ids the store already had
    };

    explicit EventLoader(PgConnection& connection);

    // With `begun`, the batch's transaction takes its id first and then calls it: a caller
    // that serialises up to that call gives batches ids in input order (see ConcurrentLoader).
    Result load(const IngestBatch& batch, const std::function<void()>& begun = {});

private:
    void prepareSession();
    void ensurePartitions(const IngestBatch& batch);
    Result loadOnce(const IngestBatch& batch, const std::function<void()>& begun);
    std::int64_t insertStaged();

    PgConnection& m_connection;
};
