#pragma once

#include "ClaimedDelivery.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <chrono>
#include <optional>

class PgConnection;

// The queue side of dispatch, in SQL over payops.delivery_queue (014): claims due deliveries
// in batches with FOR UPDATE SKIP LOCKED (manual retries first, then the oldest due), holding
// each under a lease of `lease`, without writing to payops.deliveries; renews this
// dispatcher's leases (showing what it still holds as in_flight in deliveries), hands back
// what it will not send, and returns the deliveries of dispatchers whose leases ran out to
// the queue.
class DeliveryClaimer
{
public:
    DeliveryClaimer(QString owner, std::chrono::seconds lease);

    QString owner() const { return m_owner; }
    std::chrono::seconds lease() const { return m_lease; }

    // Scheduled work of `excluded` endpoints is left alone (a manual retry is not).
    QList<ClaimedDelivery> claim(PgConnection& db, int limit, const QList<qint64>& excluded,
                                 const QDateTime& now);
    int reclaimExpired(PgConnection& db, const QDateTime& now);
    // Renews the leases of `ids` that this owner still holds.
    // Deliveries due at `now` that no dispatcher holds (counted up to 1,000,000), and how long
    // the oldest of them has been due (0 when none).
    struct Backlog
    {
        qint64 due = 0;
        double oldestSeconds = 0;
    };
    static Backlog dueUnclaimed(PgConnection& db, const QDateTime& now);
    int renewLeases(PgConnection& db, const QList<qint64>& ids, const QDateTime& now);
    // Back to the queue without an attempt; scheduled ones due at `dueAt` when it is valid.
    int release(PgConnection& db, const QList<qint64>& ids, const QDateTime& dueAt = {});
    // The earliest time at which something may become claimable: a due delivery of an
    // enabled endpoint not in `excluded`, or another dispatcher's lease running out.
    std::optional<QDateTime> nextDue(PgConnection& db, const QList<qint64>& excluded);

private:
    QString m_owner;
    std::chrono::seconds m_lease;
};
