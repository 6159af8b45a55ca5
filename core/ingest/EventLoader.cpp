#include "EventLoader.h"

#include "CopyEncoder.h"
#include "Rfc3339.h"
#include "store/PgConnection.h"
#include "store/PgTransaction.h"
#include "store/StoreError.h"

#include <QString>

namespace {

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

QString timestamp(std::int64_t micros)
{
    std::string text;
    Rfc3339::appendUtc(text, micros);
    return QString::fromStdString(text);
}

// Deadlocks between concurrent ingests of overlapping ids resolve by retrying the batch.
bool worthRetrying(const StoreError& error)
{
    return error.sqlState() == u"40P01" || error.sqlState() == u"40001";
}

constexpr int attempts = 5;

} // namespace

EventLoader::EventLoader(PgConnection& connection)
    : m_connection(connection)
{
    prepareSession();
}

void EventLoader::prepareSession()
{
    // Sized so that a batch's staging rows and the hash of its fresh ids stay in memory.
    m_connection.exec(QStringLiteral("SET temp_buffers = '128MB'"));
    m_connection.exec(QStringLiteral("SET work_mem = '64MB'"));
    m_connection.exec(QStringLiteral(
        "CREATE TEMP TABLE ingest_stage (id text, payment_id text, merchant_id text, status "
        "text, method text, issuer text, network text, card_type text, gateway text, amount "
        "bigint, currency text, error_code text, error_source text, occurred_at timestamptz, "
        "extra jsonb) ON COMMIT DELETE ROWS"));
}

EventLoader::Result EventLoader::load(const IngestBatch& batch, const std::function<void()>& begun)
{
    if (batch.eventCount > 0)
        ensurePartitions(batch);
    for (int attempt = 1;; ++attempt) {
        try {
            return loadOnce(batch, begun);
        } catch (const StoreError& error) {
            if (attempt == attempts || !worthRetrying(error))
                throw;
        }
    }
}

// One call per run of consecutive months (usually one), each within the function's limit.
void EventLoader::ensurePartitions(const IngestBatch& batch)
{
    constexpr int maxMonths = 120;
    auto month = batch.months.begin();
    while (month != batch.months.end()) {
        const int first = *month;
        int last = first;
        while (++month != batch.months.end() && *month == last + 1 && *month - first < maxMonths)
            last = *month;
        m_connection.exec(
            QStringLiteral("SELECT payops.ensure_payment_event_partitions($1, $2)"),
            {timestamp(Rfc3339::microsOfMonth(first)), timestamp(Rfc3339::microsOfMonth(last))});
    }
}

EventLoader::Result EventLoader::loadOnce(const IngestBatch& batch,
                                          const std::function<void()>& begun)
{
    PgTransaction transaction(m_connection);
    if (begun) {
        m_connection.exec(QStringLiteral("SELECT pg_current_xact_id()"));
        begun();
    }
    Result result;
    if (batch.eventCount > 0) {
        m_connection.beginCopy(u"COPY ingest_stage (" % latin1(CopyEncoder::eventColumns) %
                               u") FROM STDIN");
        m_connection.putCopyData(batch.events);
        m_connection.endCopy();
        result.loaded = insertStaged();
        result.duplicates = batch.eventCount - result.loaded;
    }
    if (batch.quarantined > 0) {
        m_connection.beginCopy(u"COPY payops.ingest_quarantine (" %
                               latin1(CopyEncoder::quarantineColumns) % u") FROM STDIN");
        m_connection.putCopyData(batch.quarantine);
        m_connection.endCopy();
    }
    if (result.loaded > 0)
        m_connection.exec(QStringLiteral("SELECT pg_notify('payops_events', $1)"),
                          {QString(u"ingested:" % QString::number(result.loaded))});
    transaction.commit();
    return result;
}

std::int64_t EventLoader::insertStaged()
{
    const QString columns = latin1(CopyEncoder::eventColumns);
    const QString sql =
        u"WITH fresh AS (INSERT INTO payops.payment_event_ids (id, occurred_at) "
        u"SELECT id, occurred_at FROM ingest_stage ON CONFLICT DO NOTHING RETURNING id), "
        u"loaded AS (INSERT INTO payops.payment_events AS event (" %
        columns % u") SELECT " % columns %
        u" FROM ingest_stage WHERE id IN (SELECT id FROM fresh) RETURNING event) "
        // The outbox, in this transaction: only events of merchants with an enabled endpoint
        // reach the function, so a store without endpoints pays one hash probe per event.
        u"SELECT count(*), payops.enqueue_webhook_events(array_agg(loaded.event) FILTER ("
        u"WHERE (loaded.event).status IN ('authorized', 'captured', 'failed', 'refunded') "
        u"AND (loaded.event).merchant_id IN "
        u"(SELECT merchant_id FROM payops.endpoints WHERE enabled))) FROM loaded";
    return m_connection.exec(sql).toInt(0, 0);
}
