#include "AttemptRecorder.h"

#include "store/PgConnection.h"
#include "store/PgTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

// One JSON object written straight into a batch's text: the attempts are the bulk of a
// batch, and QJsonObject costs more than the rest of an attempt's recording.
class JsonRow
{
public:
    explicit JsonRow(QByteArray& out)
        : m_out(out)
    {}
    ~JsonRow() { m_out += m_first ? "{}" : "}"; }

    void number(const char* name, qint64 value)
    {
        key(name);
        m_out += QByteArray::number(value);
    }
    void null(const char* name)
    {
        key(name);
        m_out += "null";
    }
    void text(const char* name, QByteArrayView utf8)
    {
        key(name);
        string(utf8);
    }
    // Empty: null.
    void textOrNull(const char* name, const QString& value)
    {
        if (value.isEmpty())
            return null(name);
        text(name, value.toUtf8());
    }
    void timeOrNull(const char* name, const QDateTime& at)
    {
        if (!at.isValid())
            return null(name);
        text(name, at.toUTC().toString(Qt::ISODateWithMs).toLatin1());
    }
    void object(const char* name) { key(name); }

private:
    void key(const char* name)
    {
        m_out += m_first ? "{\"" : ",\"";
        m_first = false;
        m_out += name;
        m_out += "\":";
    }
    void string(QByteArrayView utf8)
    {
        static constexpr char hex[] = "0123456789abcdef";
        m_out += '"';
        for (const char c : utf8) {
            const auto byte = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                m_out += '\\';
                m_out += c;
            } else if (byte < 0x20) {
                m_out += "\\u00";
                m_out += hex[byte >> 4];
                m_out += hex[byte & 0xf];
            } else {
                m_out += c;
            }
        }
        m_out += '"';
    }

    QByteArray& m_out;
    bool m_first = true;
};

void writeAttempt(QByteArray& out, const AttemptResult& r, const QString& lastError)
{
    JsonRow row(out);
    row.number("delivery_id", r.deliveryId);
    row.number("endpoint_id", r.endpointId);
    row.number("attempt_no", r.attemptNo);
    row.timeOrNull("started_at", r.startedAt);
    row.number("duration_ms", r.durationMs);
    if (r.httpStatus > 0)
        row.number("http_status", r.httpStatus);
    else
        row.null("http_status");
    row.textOrNull("transport_error", r.transportError);
    row.textOrNull("response_excerpt", r.responseExcerpt);
    row.text("trigger", r.trigger.toUtf8());
    row.text("outcome", AttemptResult::outcomeName(r.outcome).toLatin1());
    const AttemptResult::SentHeaders& sent = r.requestHeaders;
    if (sent.id.isEmpty()) {
        row.null("request_headers");
    } else {
        row.object("request_headers");
        JsonRow headers(out);
        headers.text("webhook-id", sent.id);
        headers.text("webhook-timestamp", sent.timestamp);
        headers.text("webhook-signature", sent.signature);
        headers.text("content-type", "application/json");
        headers.text("user-agent", sent.userAgent);
    }
    row.timeOrNull("next_attempt_at", r.nextAttemptAt);
    row.text("state", r.nextState.toUtf8());
    row.textOrNull("last_error", lastError);
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
    // Durable; and a hash join of the batch with its deliveries: the planner, blind to the
    // batch's size, would otherwise scan the batch once per delivery (quadratic).
    db.exec(u"SELECT set_config('synchronous_commit', 'on', true), "
            u"set_config('enable_nestloop', 'off', true)"_s);
    if (!m_results.isEmpty()) {
        QByteArray rows = "[";
        // The ids again as an array: the planner then finds the deliveries by their key
        // rather than among every delivery in flight (quadratic with a long queue).
        QList<qint64> ids;
        for (const AttemptResult& r : std::as_const(m_results)) {
            if (rows.size() > 1)
                rows += ',';
            writeAttempt(rows, r, lastError(r));
            ids.append(r.deliveryId);
        }
        rows += ']';
        const PgResult counts =
            db.exec(uR"(
WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS i (
        delivery_id bigint, endpoint_id bigint, attempt_no integer, started_at timestamptz,
        duration_ms integer, http_status integer, transport_error text, response_excerpt text,
        trigger text, outcome text, request_headers jsonb, next_attempt_at timestamptz,
        state text, last_error text)
), inserted AS (
    INSERT INTO payops.attempts (delivery_id, endpoint_id, attempt_no, started_at, duration_ms,
                                 http_status, transport_error, response_excerpt, trigger, worker,
                                 outcome, request_headers, next_attempt_at)
    SELECT delivery_id, endpoint_id, attempt_no, started_at, duration_ms, http_status,
           transport_error, response_excerpt, trigger, $2, outcome, request_headers,
           next_attempt_at
    FROM input
    RETURNING 1
), updated AS (
    UPDATE payops.deliveries AS d
    SET state = i.state, attempt_count = i.attempt_no, next_attempt_at = i.next_attempt_at,
        priority = 0, manual_requested_by = NULL, manual_requested_at = NULL,
        lease_owner = NULL, lease_expires_at = NULL, last_http_status = i.http_status,
        last_error = i.last_error, updated_at = now(),
        completed_at = CASE WHEN i.state IN ('succeeded', 'dead') THEN now() END
    FROM input AS i
    WHERE d.id = i.delivery_id AND d.id = ANY ($3::bigint[]) AND d.lease_owner = $2
      AND d.state = 'in_flight'
    RETURNING 1
)
SELECT (SELECT count(*) FROM inserted), (SELECT count(*) FROM updated)
)"_s,
                    {QString::fromUtf8(rows), m_owner, QVariant::fromValue(ids)});
        written.attempts = int(counts.toInt(0, 0));
        written.deliveries = int(counts.toInt(0, 1));
    }
    if (!m_endpoints.isEmpty()) {
        db.exec(u"SELECT set_config('enable_nestloop', 'on', true)"_s);
        QJsonArray rows;
        for (const EndpointUpdate& u : std::as_const(m_endpoints))
            rows.append(endpointRow(u));
        db.exec(uR"(
WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS i (
        id bigint, consecutive_failures integer, failing_since timestamptz,
        last_success_at timestamptz, last_failure_at timestamptz, avg_duration_ms integer,
        circuit_state text, circuit_opened_at timestamptz, hold_until timestamptz)
), held AS (
    UPDATE payops.deliveries AS d
    SET next_attempt_at = i.hold_until, updated_at = now()
    FROM input AS i
    WHERE i.hold_until IS NOT NULL AND d.endpoint_id = i.id AND d.priority = 0
      AND d.state IN ('pending', 'failed') AND d.next_attempt_at < i.hold_until
    RETURNING 1
)
UPDATE payops.endpoints AS e
SET consecutive_failures = i.consecutive_failures, failing_since = i.failing_since,
    last_success_at = greatest(e.last_success_at, i.last_success_at),
    last_failure_at = greatest(e.last_failure_at, i.last_failure_at),
    avg_duration_ms = i.avg_duration_ms, circuit_state = i.circuit_state,
    circuit_opened_at = i.circuit_opened_at, updated_at = now()
FROM input AS i
WHERE e.id = i.id
)"_s,
                {compact(rows)});
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
    m_results.clear();
    m_endpoints.clear();
    return written;
}
