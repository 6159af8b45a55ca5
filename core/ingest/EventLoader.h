#pragma once

#include "IngestBatch.h"

#include <cstdint>

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

    Result load(const IngestBatch& batch);

private:
    void prepareSession();
    void ensurePartitions(const IngestBatch& batch);
    Result loadOnce(const IngestBatch& batch);
    std::int64_t insertStaged();

    PgConnection& m_connection;
};
