#include "AttemptRecorder.h"

#include "Clock.h"
#include "ingest/CopyEncoder.h"
#include "store/PgConnection.h"
#include "store/PgTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <string>

using namespace Qt::StringLiterals;

namespace {

QJsonValue timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString lastError(const AttemptResult& r)
{
    if (!r.transportError.isEmpty())
        return r.transportError;
    if (r.success())
        return {};
    return u"HTTP %1"_s.arg(r.httpStatus);
}

// One attempt as a row of COPY text (CopyEncoder's format), in stagedColumns' order: the
// attempts are the bulk of a batch, and COPY is the cheapest way in for both sides.
class CopyRow
{
public:
    explicit CopyRow(std::string& out)
        : m_out(out)
    {}
    ~CopyRow() { m_out += '\n'; }

    void number(qint64 value)
    {
        separate();
        m_out += std::to_string(value);
    }
    void null()
    {
        separate();
        m_out += "\\N";
    }
    void text(QByteArrayView utf8)
    {
        separate();
        CopyEncoder::appendText(m_out, std::string_view(utf8.data(), size_t(utf8.size())));
    }
    // Empty: null.
    void textOrNull(const QString& value)
    {
        if (value.isEmpty())
            return null();
        text(value.toUtf8());
    }
    void timeOrNull(const QDateTime& at)
    {
        if (!at.isValid())
            return null();
        text(at.toUTC().toString(Qt::ISODateWithMs).toLatin1());
    }

private:
    void separate()
    {
        if (!m_first)
            m_out += '\t';
        m_first = false;
    }

    std::string& m_out;
    bool m_first = true;
};

constexpr auto stagedColumns =
    "delivery_id, endpoint_id, attempt_no, started_at, duration_ms, http_status, "
    "transport_error, response_excerpt, trigger, outcome, webhook_id, webhook_timestamp, "
    "webhook_signature, user_agent, next_attempt_at, state, last_error";

void copyAttempt(std::string& out, const AttemptResult& r, const QString& lastError)
{
    CopyRow row(out);
    row.number(r.deliveryId);
    row.number(r.endpointId);
    row.number(r.attemptNo);
    row.timeOrNull(r.startedAt);
    row.number(r.durationMs);
    if (r.httpStatus > 0)
        row.number(r.httpStatus);
    else
        row.null();
    row.textOrNull(r.transportError);
    row.textOrNull(r.responseExcerpt);
    row.text(r.trigger.toUtf8());
    row.text(AttemptResult::outcomeName(r.outcome).toLatin1());
    const AttemptResult::SentHeaders& sent = r.requestHeaders;
    if (sent.id.isEmpty()) {
        for (int i = 0; i < 4; ++i)
            row.null();
    } else {
        row.text(sent.id);
        row.text(sent.timestamp);
        row.text(sent.signature);
        row.text(sent.userAgent);
    }
    row.timeOrNull(r.nextAttemptAt);
    row.text(r.nextState.toUtf8());
    row.textOrNull(lastError);
}

QJsonObject endpointRow(const AttemptRecorder::EndpointUpdate& u)
{
    return {
        {u"id"_s, u.id},
        {u"consecutive_failures"_s, u.consecutiveFailures},
        {u"failing_since"_s, timeOrNull(u.failingSince)},
        {u"last_success_at"_s, timeOrNull(u.lastSuccessAt)},
        {u"last_failure_at"_s, timeOrNull(u.lastFailureAt)},
        {u"avg_duration_ms"_s, u.averageMs},
        {u"circuit_state"_s, u.circuitState},
        {u"circuit_opened_at"_s, timeOrNull(u.circuitOpenedAt)},
        {u"hold_until"_s, timeOrNull(u.holdUntil)},
    };
}

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

AttemptRecorder::AttemptRecorder(QString owner)
    : m_owner(std::move(owner))
{}

void AttemptRecorder::add(AttemptResult result)
{
    m_results.append(std::move(result));
}

void AttemptRecorder::updateEndpoint(const EndpointUpdate& update)
{
    EndpointUpdate merged = update;
    const auto it = m_endpoints.constFind(update.id);
    if (it != m_endpoints.constEnd()) {
        if (!merged.holdUntil.isValid())
            merged.holdUntil = it->holdUntil;
        if (merged.disableReason.isEmpty())
            merged.disableReason = it->disableReason;
    }
    m_endpoints.insert(update.id, merged);
}

AttemptRecorder::Batch AttemptRecorder::take(int max)
{
    Batch batch;
    batch.endpoints = std::exchange(m_endpoints, {});
    if (max <= 0 || m_results.size() <= max) {
        batch.results = std::exchange(m_results, {});
    } else {
        batch.results = m_results.first(max);
        m_results.remove(0, max);
    }
    return batch;
}

void AttemptRecorder::putBack(Batch batch)
{
    batch.results.append(std::move(m_results));
    m_results = std::move(batch.results);
    const QHash<qint64, EndpointUpdate> newer =
        std::exchange(m_endpoints, std::move(batch.endpoints));
    for (const EndpointUpdate& update : newer)
        updateEndpoint(update);
}

// The scheduled deliveries of endpoints whose circuit opened wait for its reopening.
void AttemptRecorder::hold(PgConnection& db, const QString& endpoints)
{
    db.exec(uR"(
WITH held AS (
    UPDATE payops.delivery_queue AS q
    SET due_at = i.hold_until
    FROM jsonb_to_recordset($1::jsonb) AS i (id bigint, hold_until timestamptz)
    WHERE i.hold_until IS NOT NULL AND q.endpoint_id = i.id AND q.priority = 0
      AND q.lease_owner IS NULL AND q.due_at < i.hold_until
    RETURNING q.delivery_id, q.due_at
)
UPDATE payops.deliveries AS d
SET next_attempt_at = h.due_at, updated_at = now()
FROM held AS h
WHERE d.id = h.delivery_id
)"_s,
            {endpoints});
}

void AttemptRecorder::ensurePartitions(PgConnection& db)
{
    for (const AttemptResult& r : std::as_const(m_results)) {
        const QDateTime at = r.startedAt.toUTC();
        const QString month = at.toString(u"yyyy-MM"_s);
        if (m_months.contains(month))
            continue;
        db.exec(u"SELECT payops.ensure_attempt_partitions($1, $1)"_s, {at});
        m_months.insert(month);
    }
}

AttemptRecorder::Written AttemptRecorder::flush(PgConnection& db)
{
    Written written;
    if (empty())
        return written;
    ensurePartitions(db);
    PgTransaction transaction(db);
    // The batch's staging table, private to this session (its rows go at commit).
    db.exec(uR"(
CREATE TEMP TABLE IF NOT EXISTS dispatch_attempts (
    delivery_id bigint, endpoint_id bigint, attempt_no integer, started_at timestamptz,
    duration_ms integer, http_status integer, transport_error text, response_excerpt text,
    trigger text, outcome text, webhook_id text, webhook_timestamp text, webhook_signature text,
    user_agent text, next_attempt_at timestamptz, state text, last_error text
) ON COMMIT DELETE ROWS
)"_s);
    // Durable; and each queue row and delivery found by its key, in a nested loop over the
    // batch, however many deliveries there are or are held. The planner's statistics rarely
    // see a held queue row: left to choose, it reads the whole queue (or every delivery) once
    // per attempt. Hence no hash or merge join, no sequential scan where an index serves; and
    // no JIT, which the cost of the staging table's (unavoidable) sequential scan would call
    // in at every batch. A delivery is updated only when this dispatcher still held its lease;
    // this transaction keeps delivery_queue itself (payops.queue_kept: the deliveries trigger
    // that otherwise does, 014, stands aside).
    db.exec(u"SELECT set_config('synchronous_commit', 'on', true), "
            u"set_config('enable_hashjoin', 'off', true), "
            u"set_config('enable_mergejoin', 'off', true), "
            u"set_config('payops.queue_kept', 'on', true), "
            u"set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)"_s);
    if (!m_results.isEmpty()) {
        std::string rows;
        rows.reserve(size_t(m_results.size()) * 400);
        for (const AttemptResult& r : std::as_const(m_results))
            copyAttempt(rows, r, lastError(r));
        db.beginCopy(u"COPY pg_temp.dispatch_attempts ("_s + QLatin1String(stagedColumns) +
                     u") FROM STDIN"_s);
        db.putCopyData(QByteArrayView(rows.data(), qsizetype(rows.size())));
        db.endCopy();
        // The batch's queue rows first, in one order, as manual retries lock them: this
        // statement's snapshot, taken after, sees a retry of any of them whole (both its queue
        // row and its delivery) or not at all.
        db.execPrepared("payops_lock_recorded", uR"(
SELECT q.delivery_id
FROM payops.delivery_queue AS q
JOIN pg_temp.dispatch_attempts AS i ON i.delivery_id = q.delivery_id
ORDER BY q.delivery_id
FOR UPDATE OF q
)"_s,
                        {});
        const PgResult counts = db.execPrepared("payops_record_attempts", uR"(
-- Retried by hand while this scheduled attempt was in flight (asked): that retry stays due,
-- and the delivery pending. Asked once, for the queue and the delivery alike.
WITH k AS MATERIALIZED (
    SELECT i.delivery_id,
           q.priority = 1 AND i.trigger = 'schedule' AND d.manual_requested_by IS NOT NULL
               AS asked
    FROM pg_temp.dispatch_attempts AS i
    JOIN payops.delivery_queue AS q ON q.delivery_id = i.delivery_id AND q.lease_owner = $1
    JOIN payops.deliveries AS d ON d.id = i.delivery_id
), inserted AS (
    INSERT INTO payops.attempts (delivery_id, endpoint_id, attempt_no, started_at, duration_ms,
                                 http_status, transport_error, response_excerpt, trigger, worker,
                                 outcome, request_headers, next_attempt_at)
    SELECT delivery_id, endpoint_id, attempt_no, started_at, duration_ms, http_status,
           transport_error, response_excerpt, trigger, $1, outcome,
           CASE WHEN webhook_id IS NOT NULL THEN jsonb_build_object(
               'webhook-id', webhook_id, 'webhook-timestamp', webhook_timestamp,
               'webhook-signature', webhook_signature, 'content-type', 'application/json',
               'user-agent', user_agent) END,
           next_attempt_at
    FROM pg_temp.dispatch_attempts
    RETURNING 1
), finished AS (
    DELETE FROM payops.delivery_queue AS q
    USING pg_temp.dispatch_attempts AS i JOIN k ON k.delivery_id = i.delivery_id
    WHERE q.delivery_id = i.delivery_id AND i.state IN ('succeeded', 'dead') AND NOT k.asked
    RETURNING 1
), requeued AS (
    UPDATE payops.delivery_queue AS q
    SET due_at = CASE WHEN k.asked THEN q.due_at ELSE i.next_attempt_at END,
        priority = CASE WHEN k.asked THEN 1 ELSE 0 END,
        lease_owner = NULL, lease_expires_at = NULL
    FROM pg_temp.dispatch_attempts AS i JOIN k ON k.delivery_id = i.delivery_id
    WHERE q.delivery_id = i.delivery_id AND (i.state = 'failed' OR k.asked)
    RETURNING 1
), updated AS (
    -- A lease renewal may have shown a retried delivery in flight: it is pending again.
    UPDATE payops.deliveries AS d
    SET state = CASE WHEN k.asked THEN 'pending' ELSE i.state END,
        attempt_count = i.attempt_no,
        next_attempt_at = CASE WHEN k.asked THEN d.next_attempt_at ELSE i.next_attempt_at END,
        priority = CASE WHEN k.asked THEN 1 ELSE 0 END,
        manual_requested_by = CASE WHEN k.asked THEN d.manual_requested_by END,
        manual_requested_at = CASE WHEN k.asked THEN d.manual_requested_at END,
        lease_owner = NULL, lease_expires_at = NULL, last_http_status = i.http_status,
        last_error = i.last_error, updated_at = now(),
        completed_at = CASE WHEN NOT k.asked AND i.state IN ('succeeded', 'dead') THEN now() END
    FROM pg_temp.dispatch_attempts AS i JOIN k ON k.delivery_id = i.delivery_id
    WHERE d.id = i.delivery_id
    RETURNING k.asked
)
SELECT (SELECT count(*) FROM inserted),
       (SELECT count(*) FROM finished) + (SELECT count(*) FROM requeued),
       (SELECT count(*) FROM updated), (SELECT count(*) FROM updated WHERE asked)
)"_s,
                                                {m_owner});
        written.attempts = int(counts.toInt(0, 0));
        written.deliveries = int(counts.toInt(0, 2));
        written.retriedMeanwhile = int(counts.toInt(0, 3));
    }
    if (!m_endpoints.isEmpty()) {
        QJsonArray rows;
        for (const EndpointUpdate& u : std::as_const(m_endpoints))
            rows.append(endpointRow(u));
        const QString input = compact(rows);
        db.exec(uR"(
UPDATE payops.endpoints AS e
SET consecutive_failures = i.consecutive_failures, failing_since = i.failing_since,
    last_success_at = greatest(e.last_success_at, i.last_success_at),
    last_failure_at = greatest(e.last_failure_at, i.last_failure_at),
    avg_duration_ms = i.avg_duration_ms, circuit_state = i.circuit_state,
    circuit_opened_at = i.circuit_opened_at, updated_at = now()
FROM jsonb_to_recordset($1::jsonb) AS i (
    id bigint, consecutive_failures integer, failing_since timestamptz,
    last_success_at timestamptz, last_failure_at timestamptz, avg_duration_ms integer,
    circuit_state text, circuit_opened_at timestamptz)
WHERE e.id = i.id
)"_s,
                {input});
        // Apart, and only when a circuit opened: joined to every batch's endpoint update, the
        // hold read the whole queue (the plan scanned the queue, not the few endpoints).
        const bool holds =
            std::any_of(m_endpoints.cbegin(), m_endpoints.cend(),
                        [](const EndpointUpdate& u) { return u.holdUntil.isValid(); });
        if (holds)
            hold(db, input);
        for (const EndpointUpdate& u : std::as_const(m_endpoints)) {
            if (u.disableReason.isEmpty())
                continue;
            if (db.exec(u"SELECT payops.disable_failing_endpoint($1, $2)"_s,
                        {u.id, u.disableReason})
                    .value(0, 0)
                    .toBool())
                written.disabled.append(u.id);
        }
    }
    if (written.attempts > 0)
        db.exec(u"SELECT pg_notify('payops_deliveries', $1)"_s,
                {QString(u"attempts:" + QString::number(written.attempts))});
    transaction.commit();
    auto earliest = [&written](const QDateTime& at) {
        if (at.isValid() && (!written.earliestDue.isValid() || at < written.earliestDue))
            written.earliestDue = at;
    };
    for (const AttemptResult& r : std::as_const(m_results))
        earliest(r.nextAttemptAt);
    for (const EndpointUpdate& u : std::as_const(m_endpoints))
        earliest(u.holdUntil);
    if (written.retriedMeanwhile > 0)
        earliest(Clock::now());
    m_results.clear();
    m_endpoints.clear();
    return written;
}
