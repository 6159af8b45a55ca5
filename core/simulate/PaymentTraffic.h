#pragma once

#include "ingest/IngestBatch.h"
#include "ingest/PaymentEvent.h"

#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>
#include <map>
#include <memory>
#include <optional>

class EventLoader;
class PgConnection;

// Live payment traffic for the demo: new payments at a steady rate for the given merchants,
// each going created → authorized → captured (sometimes failed, now and then refunded) over
// a few seconds, written to the store through the ingest path (EventLoader), so the webhook
// outbox fires as it would for real traffic. A store that is away is retried; events wait.
class PaymentTraffic : public QObject
{
    Q_OBJECT
public:
    struct Totals
    {
        qint64 payments = 0;
        qint64 loaded = 0;
        qint64 failures = 0; // ticks whose load failed (retried on the next)
    };

    PaymentTraffic(QString dsn, QStringList merchants, double paymentsPerSecond,
                   QObject* parent = nullptr);
    ~PaymentTraffic() override;

    void start();
    void stop();
    const Totals& totals() const { return m_totals; }

signals:
    void failed(const QString& message);

private:
    void tick();
    void startPayment(qint64 nowMicros);
    void schedule(PaymentEvent event, const char* status, qint64 atMicros);
    bool load(qint64 nowMicros);

    QString m_dsn;
    QStringList m_merchants;
    double m_rate;
    double m_owed = 0; // payments due but not started (fractions carried between ticks)
    QTimer m_timer;
    QRandomGenerator m_random;
    std::multimap<qint64, PaymentEvent> m_upcoming; // by occurred_at
    std::optional<IngestBatch> m_waiting;           // built, not loaded yet
    std::unique_ptr<PgConnection> m_connection;
    std::unique_ptr<EventLoader> m_loader; // one per connection: it prepares the session
    Totals m_totals;
    qint64 m_lastTick = 0;
};
