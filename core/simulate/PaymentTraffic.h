#pragma once

#include "TrafficModel.h"
#include "ingest/IngestBatch.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

class EventLoader;
class PgConnection;
class Scenario;

// Live payment traffic: the TrafficModel's events, each when its time comes on the wall
// clock, written to the store through the ingest path (EventLoader) so that the webhook
// outbox and the detectors see them as they would real traffic. Each tick loads what came
// due since the last one in one batch (so the batches grow when the store is slow); a store
// that is away is retried and the events wait.
class PaymentTraffic : public QObject
{
    Q_OBJECT
public:
    struct Totals
    {
        qint64 payments = 0;
        qint64 loaded = 0;
        qint64 failures = 0;   // ticks whose load failed (retried on the next)
        qint64 duplicates = 0; // events the store already had
        bool storeOk = true;   // the last load reached the store
    };

    // options.start is the run's start on the wall clock (microseconds since the epoch).
    PaymentTraffic(QString dsn, TrafficModel::Options options, const Scenario& scenario,
                   QObject* parent = nullptr);
    ~PaymentTraffic() override;

    void start();
    void stop();
    const Totals& totals() const { return m_totals; }
    const TrafficModel& model() const { return m_model; }

signals:
    void failed(const QString& message);

private:
    void tick();
    bool load();

    QString m_dsn;
    TrafficModel m_model;
    qint64 m_generatedUntil = 0;
    QTimer m_timer;
    std::optional<IngestBatch> m_waiting; // built, not loaded yet
    std::unique_ptr<PgConnection> m_connection;
    std::unique_ptr<EventLoader> m_loader; // one per connection: it prepares the session
    Totals m_totals;
};
