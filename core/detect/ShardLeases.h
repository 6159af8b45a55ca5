#pragma once

#include "EventPosition.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdint>

class PgConnection;

// The detector's side of payops.detector_shards: registers it as alive, renews its leases,
// claims free or expired shards up to its fair share (16 / live detectors, rounded up) and
// hands shards back. All through the audited engine functions of 008_detection.sql.
class ShardLeases
{
public:
    struct Shard
    {
        int shard = 0;
        // Taken by this call: cursor, watermark and state are the shard's saved progress.
        bool claimed = false;
        // Beyond the fair share: save and release it.
        bool surplus = false;
        EventPosition cursor;
        std::int64_t watermark = INT64_MIN; // INT64_MIN: none saved
        QByteArray state;                   // empty: none saved
    };

    ShardLeases(QString owner, int leaseSeconds);

    const QString& owner() const { return m_owner; }
    int leaseSeconds() const { return m_leaseSeconds; }

    // Every shard this detector holds after renewing and claiming.
    QList<Shard> renew(PgConnection& connection) const;
    void release(PgConnection& connection, const QList<int>& shards) const;
    // Milliseconds until the first lease of another detector runs out (-1: none held): a
    // renewal then takes over a dead detector's shards within its lease.
    qint64 untilOthersExpire(PgConnection& connection) const;
    // Releases everything and leaves the members (a stopping detector).
    void leave(PgConnection& connection) const;

private:
    QString m_owner;
    int m_leaseSeconds;
};
