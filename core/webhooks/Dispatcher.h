#pragma once

#include "AttemptRecorder.h"
#include "CircuitBreaker.h"
#include "DeliveryClaimer.h"
#include "DispatchMetrics.h"
#include "EndpointHealth.h"
#include "EndpointUrlPolicy.h"
#include "RateLimiter.h"
#include "RetrySchedule.h"
#include "StoreLane.h"
#include "WebhookSender.h"
#include "store/Backoff.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>

class PgConnection;
class QSocketNotifier;
class StoreError;

// The delivery engine of `payops dispatch`: claims due deliveries, sends them per endpoint
// within its concurrency, rate and circuit, decides what each result means for the
// delivery (RetrySchedule, Retry-After, 410) and its endpoint (health, circuit, disabling),
// and records it all through AttemptRecorder. It wakes on NOTIFY payops_deliveries and on a
// timer set to the next due time or lease expiry, never by polling. A lost store is
// reconnected with backoff; results wait in memory meanwhile. Claims and recordings run on
// two StoreLanes (a connection and a thread each), one batch at a time each, so sending
// never waits for the store: the next batch is claimed while the current one is sent, and
// results gather while the previous batch is committed.
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dsn;
        bool drain = false;
        // Deliveries held at once (queued per endpoint or in flight).
        int concurrency = 512;
        int batch = 100;
        std::chrono::seconds lease{30};
        EndpointUrlPolicy policy;
        WebhookSender::Options sender;
        RetrySchedule schedule;
        int circuitThreshold = CircuitBreaker::defaultThreshold;
        std::chrono::milliseconds circuitCooldown = CircuitBreaker::defaultCooldown;
        std::chrono::milliseconds summaryInterval{60'000};
        QString owner;
    };
    struct Totals
    {
        qint64 delivered = 0;
        qint64 failed = 0; // failed attempts that will be retried
        qint64 dead = 0;
        qint64 refused = 0; // attempts not sent: the URL policy refused the target
    };

    explicit Dispatcher(Options options, QObject* parent = nullptr);
    ~Dispatcher() override;

    void start();
    // Stops claiming, hands queued deliveries back, lets in-flight attempts finish, records
    // them, then emits finished.
    void stop();

    Totals totals() const { return m_totals; }
    int held() const { return m_held; }
    DispatchMetrics metrics() const;

signals:
    void finished(int exitCode);

private:
    struct Endpoint
    {
        qint64 id = 0;
        int maxInFlight = 16;
        int inFlight = 0;
        std::deque<ClaimedDelivery> queue;
        CircuitBreaker breaker;
        EndpointHealth health;
        RateLimiter limiter;
        bool disabled = false;
        QDateTime lastSuccessAt;
        QDateTime lastFailureAt;
    };

    void connectStore();
    void dropStore(const StoreError& error);
    void onNotification();
    void forgetDisabled();
    void wake();
    void work();
    void claim();
    void claimed(const QList<ClaimedDelivery>& deliveries, int limit, const QSet<qint64>& full);
    QSet<qint64> fullEndpoints() const;
    void scheduleNextWake();
    void wakeAt(const QDateTime& at);
    void accept(ClaimedDelivery delivery);
    Endpoint& endpointFor(const ClaimedDelivery& delivery);
    QList<qint64> excludedEndpoints(bool forClaim) const;
    void pump(Endpoint& endpoint);
    // Hands the endpoint's queued scheduled deliveries back; false when there were none or
    // the store is unreachable.
    bool releaseQueued(Endpoint& endpoint, const QDateTime& dueAt);
    void onResult(AttemptResult result);
    void decide(AttemptResult& result, Endpoint& endpoint);
    void recordEndpoint(Endpoint& endpoint, const QDateTime& holdUntil, const QString& disable);
    void scheduleFlush();
    void flush();
    void flushed(const AttemptRecorder::Written& written);
    void renewLeases();
    void printSummary();
    void maybeFinish();

    Options m_options;
    std::unique_ptr<PgConnection> m_db;
    std::unique_ptr<QSocketNotifier> m_notifier;
    Backoff m_backoff;
    DeliveryClaimer m_claimer;
    AttemptRecorder m_recorder;
    WebhookSender m_sender;
    // Used on m_recordLane's thread only, one flush at a time.
    std::unique_ptr<AttemptRecorder> m_writer;
    std::unique_ptr<StoreLane> m_claimLane;
    std::unique_ptr<StoreLane> m_recordLane;
    bool m_claiming = false;
    bool m_backlogged = false; // claims wait for the recordings to catch up
    // Deliveries this dispatcher holds the lease of and has not recorded or handed back: only
    // these are renewed (a claim whose answer was lost to a dropped connection runs out).
    QSet<qint64> m_leased;
    int m_recording = 0; // attempts in the flush on m_recordLane
    std::unordered_map<qint64, Endpoint> m_endpoints;
    QTimer m_reconnectTimer;
    QTimer m_wakeTimer;
    QTimer m_flushTimer;
    QTimer m_renewTimer;
    QTimer m_summaryTimer;
    QTimer m_pumpTimer;
    QElapsedTimer m_steady;
    qint64 m_lastReclaim = -1'000'000;
    bool m_wakeQueued = false;
    bool m_stopping = false;
    bool m_finished = false;
    bool m_idle = false; // the last claim found nothing due
    // Endpoints that the last claim, which came back short, skipped because their queues were
    // full: once one has room again, claiming resumes (and --drain is not over yet).
    QSet<qint64> m_waitingForRoom;
    int m_held = 0;
    Totals m_totals;
    LatencyHistogram m_latency;
    std::optional<DeliveryClaimer::Backlog> m_backlog; // read with the lease renewals
};
