#pragma once

#include "AttemptResult.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class PgConnection;

// Writes what the dispatcher did, in batches, one transaction each: the attempts rows, the
// deliveries' new state (succeeded / failed with the next attempt's time / dead; manual
// fields cleared; only while this dispatcher still holds the lease), the endpoints' health
// and circuit, endpoints to disable (audited), and one NOTIFY payops_deliveries
// 'attempts:<n>'. A failed flush keeps everything for the next one.
class AttemptRecorder
{
public:
    struct EndpointUpdate
    {
        qint64 id = 0;
        int consecutiveFailures = 0;
        QDateTime failingSince;
        QDateTime lastSuccessAt;
        QDateTime lastFailureAt;
        qint64 averageMs = 0;
        QString circuitState;
        QDateTime circuitOpenedAt;
        // Scheduled deliveries of the endpoint due before this move to it (circuit open).
        QDateTime holdUntil;
        QString disableReason;
    };
    struct Written
    {
        int attempts = 0;
        int deliveries = 0;
        // Retried by hand while a scheduled attempt was in flight: due now.
        int retriedMeanwhile = 0;
        QList<qint64> disabled;
        // The earliest next attempt or circuit reopening the batch scheduled.
        QDateTime earliestDue;
    };

    // What waits to be written, handed to another recorder (another thread's) as a whole.
    struct Batch
    {
        QList<AttemptResult> results;
        QHash<qint64, EndpointUpdate> endpoints;
    };

    explicit AttemptRecorder(QString owner);

    // The oldest `max` results (all when max <= 0) and every endpoint update.
    Batch take(int max = 0);
    // An older batch (one that could not be written) goes back ahead of what came since.
    void putBack(Batch batch);

    void add(AttemptResult result);
    void updateEndpoint(const EndpointUpdate& update);
    int pending() const { return int(m_results.size()); }
    bool empty() const { return m_results.isEmpty() && m_endpoints.isEmpty(); }

    Written flush(PgConnection& db);

private:
    void ensurePartitions(PgConnection& db);
    static void hold(PgConnection& db, const QString& endpoints);

    QString m_owner;
    QList<AttemptResult> m_results;
    QHash<qint64, EndpointUpdate> m_endpoints;
    QSet<QString> m_months; // attempts partitions known to exist, "YYYY-MM"
};
