#include "DeliveryClaimer.h"

#include "store/PgConnection.h"

#include <algorithm>

using namespace Qt::StringLiterals;

DeliveryClaimer::DeliveryClaimer(QString owner, std::chrono::seconds lease)
    : m_owner(std::move(owner))
    , m_lease(lease)
{}

QList<ClaimedDelivery> DeliveryClaimer::claim(PgConnection& db, int limit,
                                              const QList<qint64>& excluded, const QDateTime& now)
{
    // Leases due queue rows (deliveries are not written), then reads what sending needs.
    static const QString sql = uR"(
WITH due AS (
    SELECT q.delivery_id
    FROM payops.delivery_queue AS q
    WHERE q.lease_owner IS NULL AND q.due_at <= $1
      AND (q.priority = 1 OR NOT q.endpoint_id = ANY ($2::bigint[]))
      AND EXISTS (SELECT 1 FROM payops.endpoints AS e WHERE e.id = q.endpoint_id AND e.enabled)
    ORDER BY q.priority DESC, q.due_at
    LIMIT $3
    FOR UPDATE OF q SKIP LOCKED
), leased AS (
    UPDATE payops.delivery_queue AS q
    SET lease_owner = $4, lease_expires_at = $1::timestamptz + make_interval(secs => $5)
    FROM due
    WHERE q.delivery_id = due.delivery_id
    RETURNING q.delivery_id, q.priority, q.due_at
)
SELECT d.id, d.event_id, d.endpoint_id, d.attempt_count, d.manual_requested_by,
       w.payload::text, e.url,
       (SELECT s.secret FROM payops.endpoint_secrets AS s WHERE s.endpoint_id = e.id),
       e.max_in_flight, e.rate_per_second, e.circuit_state, e.circuit_opened_at,
       e.consecutive_failures, e.failing_since, l.priority, l.due_at
FROM leased AS l
JOIN payops.deliveries AS d ON d.id = l.delivery_id
JOIN payops.webhook_events AS w ON w.id = d.event_id
JOIN payops.endpoints AS e ON e.id = d.endpoint_id
)"_s;
    const PgResult rows = db.execPrepared(
        "payops_claim", sql,
        {now, QVariant::fromValue(excluded), limit, m_owner, qint64(m_lease.count())});
    QList<ClaimedDelivery> claimed;
    claimed.reserve(rows.rows());
    for (int r = 0; r < rows.rows(); ++r) {
        ClaimedDelivery d;
        d.id = rows.toInt(r, 0);
        d.eventId = rows.text(r, 1);
        d.endpointId = rows.toInt(r, 2);
        d.attemptCount = int(rows.toInt(r, 3));
        d.manualBy = rows.text(r, 4);
        d.payload = rows.text(r, 5).toUtf8();
        d.url = rows.text(r, 6);
        d.secret = rows.text(r, 7).toUtf8();
        d.maxInFlight = int(rows.toInt(r, 8));
        d.ratePerSecond = rows.isNull(r, 9) ? 0 : int(rows.toInt(r, 9));
        d.circuitState = rows.text(r, 10);
        d.circuitOpenedAt = rows.value(r, 11).toDateTime();
        d.consecutiveFailures = int(rows.toInt(r, 12));
        d.failingSince = rows.value(r, 13).toDateTime();
        claimed.append(std::move(d));
    }
    // RETURNING comes in no particular order: manual retries first, then the oldest due.
    std::stable_sort(claimed.begin(), claimed.end(),
                     [](const ClaimedDelivery& a, const ClaimedDelivery& b) {
                         return !a.manualBy.isEmpty() && b.manualBy.isEmpty();
                     });
    return claimed;
}

namespace {

// A delivery shown in flight in deliveries goes back to pending or failed there.
const QString backInQueue =
    u"state = CASE WHEN state <> 'in_flight' THEN state WHEN attempt_count = 0 THEN 'pending' "
    u"ELSE 'failed' END, lease_owner = NULL, lease_expires_at = NULL"_s;

} // namespace

int DeliveryClaimer::reclaimExpired(PgConnection& db, const QDateTime& now)
{
    static const QString sql = uR"(
WITH expired AS (
    UPDATE payops.delivery_queue
    SET lease_owner = NULL, lease_expires_at = NULL
    WHERE lease_owner IS NOT NULL AND lease_expires_at < $1
    RETURNING 1
), shown AS (
    UPDATE payops.deliveries
    SET )"_s + backInQueue + uR"(,
        next_attempt_at = coalesce(next_attempt_at, $1::timestamptz), updated_at = now()
    WHERE state = 'in_flight' AND lease_expires_at < $1
)
SELECT count(*) FROM expired
)"_s;
    return int(db.exec(sql, {now}).toInt(0, 0));
}

DeliveryClaimer::Backlog DeliveryClaimer::dueUnclaimed(PgConnection& db, const QDateTime& now)
{
    const PgResult row = db.exec(uR"(
SELECT count(*), coalesce(extract(epoch FROM $1::timestamptz - min(due_at)), 0)::float8
FROM (SELECT due_at FROM payops.delivery_queue
      WHERE lease_owner IS NULL AND due_at <= $1
      LIMIT 1000000) AS due
)"_s,
                                 {now});
    return {row.toInt(0, 0), row.text(0, 1).toDouble()};
}

int DeliveryClaimer::renewLeases(PgConnection& db, const QList<qint64>& ids, const QDateTime& now)
{
    if (ids.isEmpty())
        return 0;
    // Still held at a renewal: in flight in deliveries too, where the console looks.
    return int(db.exec(uR"(
WITH renewed AS (
    UPDATE payops.delivery_queue
    SET lease_expires_at = $1::timestamptz + make_interval(secs => $3)
    WHERE delivery_id = ANY ($4::bigint[]) AND lease_owner = $2
    RETURNING delivery_id, lease_expires_at
), shown AS (
    UPDATE payops.deliveries AS d
    SET state = 'in_flight', lease_owner = $2, lease_expires_at = r.lease_expires_at,
        updated_at = now()
    FROM renewed AS r
    WHERE d.id = r.delivery_id AND d.state IN ('pending', 'failed', 'in_flight')
)
SELECT count(*) FROM renewed
)"_s,
                       {now, m_owner, qint64(m_lease.count()), QVariant::fromValue(ids)})
                   .toInt(0, 0));
}

int DeliveryClaimer::release(PgConnection& db, const QList<qint64>& ids, const QDateTime& dueAt)
{
    if (ids.isEmpty())
        return 0;
    static const QString sql = uR"(
WITH released AS (
    UPDATE payops.delivery_queue AS q
    SET lease_owner = NULL, lease_expires_at = NULL,
        due_at = CASE WHEN q.priority = 1 OR $3::timestamptz IS NULL THEN q.due_at
                      ELSE greatest(q.due_at, $3::timestamptz) END
    WHERE q.delivery_id = ANY ($1::bigint[]) AND q.lease_owner = $2
    RETURNING q.delivery_id, q.due_at
), shown AS (
    UPDATE payops.deliveries AS d
    SET )"_s + backInQueue + uR"(, next_attempt_at = r.due_at, updated_at = now()
    FROM released AS r
    WHERE d.id = r.delivery_id
      AND (d.state = 'in_flight' OR d.next_attempt_at IS DISTINCT FROM r.due_at)
)
SELECT count(*) FROM released
)"_s;
    return int(db.exec(sql, {QVariant::fromValue(ids), m_owner,
                             dueAt.isValid() ? QVariant(dueAt) : QVariant()})
                   .toInt(0, 0));
}

std::optional<QDateTime> DeliveryClaimer::nextDue(PgConnection& db, const QList<qint64>& excluded)
{
    const PgResult next = db.exec(uR"(
SELECT least(
    (SELECT min(first.at)
     FROM payops.endpoints AS e
     CROSS JOIN LATERAL (SELECT q.due_at AS at FROM payops.delivery_queue AS q
                         WHERE q.endpoint_id = e.id AND q.lease_owner IS NULL
                         ORDER BY q.due_at LIMIT 1) AS first
     WHERE e.enabled AND NOT e.id = ANY ($1::bigint[])),
    (SELECT min(lease_expires_at) FROM payops.delivery_queue
     WHERE lease_owner IS NOT NULL AND lease_owner <> $2))
)"_s,
                                  {QVariant::fromValue(excluded), m_owner});
    if (next.isNull(0, 0))
        return std::nullopt;
    return next.value(0, 0).toDateTime();
}
