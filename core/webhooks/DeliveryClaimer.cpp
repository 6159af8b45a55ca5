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
    static const QString sql = uR"(
WITH due AS (
    SELECT d.id
    FROM payops.deliveries AS d
    WHERE d.state IN ('pending', 'failed') AND d.next_attempt_at <= $1
      AND (d.priority = 1 OR NOT d.endpoint_id = ANY ($2::bigint[]))
      AND EXISTS (SELECT 1 FROM payops.endpoints AS e WHERE e.id = d.endpoint_id AND e.enabled)
    ORDER BY d.priority DESC, d.next_attempt_at
    LIMIT $3
    FOR UPDATE OF d SKIP LOCKED
)
UPDATE payops.deliveries AS d
SET state = 'in_flight', lease_owner = $4,
    lease_expires_at = $1::timestamptz + make_interval(secs => $5), updated_at = now()
FROM due, payops.webhook_events AS w, payops.endpoints AS e
WHERE d.id = due.id AND w.id = d.event_id AND e.id = d.endpoint_id
RETURNING d.id, d.event_id, d.endpoint_id, d.attempt_count, d.manual_requested_by,
          w.payload::text, e.url,
          (SELECT s.secret FROM payops.endpoint_secrets AS s WHERE s.endpoint_id = e.id),
          e.max_in_flight, e.rate_per_second, e.circuit_state, e.circuit_opened_at,
          e.consecutive_failures, e.failing_since, d.priority, d.next_attempt_at
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

int DeliveryClaimer::reclaimExpired(PgConnection& db, const QDateTime& now)
{
    return int(db.exec(uR"(
UPDATE payops.deliveries
SET state = CASE WHEN attempt_count = 0 THEN 'pending' ELSE 'failed' END,
    lease_owner = NULL, lease_expires_at = NULL,
    next_attempt_at = coalesce(next_attempt_at, $1::timestamptz), updated_at = now()
WHERE state = 'in_flight' AND lease_expires_at < $1
)"_s,
                       {now})
                   .affected());
}

DeliveryClaimer::Backlog DeliveryClaimer::dueUnclaimed(PgConnection& db, const QDateTime& now)
{
    const PgResult row = db.exec(uR"(
SELECT count(*), coalesce(extract(epoch FROM $1::timestamptz - min(next_attempt_at)), 0)::float8
FROM (SELECT next_attempt_at FROM payops.deliveries
      WHERE state IN ('pending', 'failed') AND next_attempt_at <= $1
      LIMIT 1000000) AS due
)"_s,
                                 {now});
    return {row.toInt(0, 0), row.text(0, 1).toDouble()};
}

int DeliveryClaimer::renewLeases(PgConnection& db, const QList<qint64>& ids, const QDateTime& now)
{
    if (ids.isEmpty())
        return 0;
    return int(db.exec(uR"(
UPDATE payops.deliveries
SET lease_expires_at = $1::timestamptz + make_interval(secs => $3)
WHERE id = ANY ($4::bigint[]) AND state = 'in_flight' AND lease_owner = $2
)"_s,
                       {now, m_owner, qint64(m_lease.count()), QVariant::fromValue(ids)})
                   .affected());
}

int DeliveryClaimer::release(PgConnection& db, const QList<qint64>& ids, const QDateTime& dueAt)
{
    if (ids.isEmpty())
        return 0;
    return int(
        db.exec(uR"(
UPDATE payops.deliveries
SET state = CASE WHEN attempt_count = 0 THEN 'pending' ELSE 'failed' END,
    lease_owner = NULL, lease_expires_at = NULL,
    next_attempt_at = CASE WHEN priority = 1 OR $3::timestamptz IS NULL THEN next_attempt_at
                           ELSE greatest(next_attempt_at, $3::timestamptz) END,
    updated_at = now()
WHERE id = ANY ($1::bigint[]) AND lease_owner = $2 AND state = 'in_flight'
)"_s,
                {QVariant::fromValue(ids), m_owner, dueAt.isValid() ? QVariant(dueAt) : QVariant()})
            .affected());
}

std::optional<QDateTime> DeliveryClaimer::nextDue(PgConnection& db, const QList<qint64>& excluded)
{
    const PgResult next = db.exec(uR"(
SELECT least(
    (SELECT min(first.at)
     FROM payops.endpoints AS e
     CROSS JOIN LATERAL (SELECT d.next_attempt_at AS at FROM payops.deliveries AS d
                         WHERE d.endpoint_id = e.id AND d.state IN ('pending', 'failed')
                         ORDER BY d.next_attempt_at LIMIT 1) AS first
     WHERE e.enabled AND NOT e.id = ANY ($1::bigint[])),
    (SELECT min(lease_expires_at) FROM payops.deliveries
     WHERE state = 'in_flight' AND lease_owner <> $2))
)"_s,
                                  {QVariant::fromValue(excluded), m_owner});
    if (next.isNull(0, 0))
        return std::nullopt;
    return next.value(0, 0).toDateTime();
}
