#pragma once

#include "CohortWatch.h"
#include "DetectMetrics.h"
#include "DetectionWriter.h"
#include "Detector.h"
#include "EventCursor.h"
#include "ShardLeases.h"
#include "store/Backoff.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <map>
#include <memory>

class PgConnection;
class QSocketNotifier;
class StoreError;

// The engine of `payops detect`: holds shards under leases (ShardLeases), reads payment events
// from the oldest cursor of its shards (EventCursor; a shard whose saved cursor is ahead skips
// what it has seen), feeds the Detector and writes closed windows, downtime changes and each
// shard's cursor and state in one fenced transaction (DetectionWriter). Wakes on NOTIFY
// payops_events, reloads rules on NOTIFY payops_rules, polls once a second for idle time and
// transactions that finished without a notification. A lost store is reconnected with backoff.
class DetectionEngine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dsn;
        QString owner;
        bool drain = false;
        int latenessSeconds = 10;
        int leaseSeconds = 15;
        int batch = 20000;
        int retentionDays = 7;
        std::chrono::seconds summaryInterval{60};
    };

    explicit DetectionEngine(Options options, QObject* parent = nullptr);
    ~DetectionEngine() override;

    void start();
    // Saves every shard's progress, hands the shards back, then emits finished.
    void stop();
    DetectMetrics metrics() const;

signals:
    void finished(int exitCode);

private:
    void connectStore();
    void dropStore(const StoreError& error);
    void onNotification();
    void loadRules();
    void renewLeases();
    void adopt(const QList<ShardLeases::Shard>& shards);
    void takeShard(const ShardLeases::Shard& shard);
    void forgetShard(int shard);
    void wake();
    void step();
    // Reads and feeds one batch; true when it was full (more may be waiting).
    bool feed();
    void primeDedup(const EventPosition& from);
    void rememberSuccessesUpTo(const EventPosition& position, bool replay);
    bool settled();
    void collect();
    void advanceIdle();
    void commit(bool force);
    void retention();
    void finish(int exitCode = 0);
    void printSummary();

    Options m_options;
    Detector m_detector;
    ShardLeases m_leases;
    DetectionWriter m_writer;
    std::unique_ptr<PgConnection> m_db;
    std::unique_ptr<QSocketNotifier> m_notifier;
    Backoff m_backoff;
    std::map<int, EventPosition> m_cursors; // the shards held
    std::vector<EventCursor::Item> m_batch;
    // The detector's memory of counted successes covers the events up to m_seenUpTo (read back
    // before the first batch, then fed); a replay's memory is read back when one begins.
    EventPosition m_seenUpTo;
    bool m_dedupPrimed = false;
    bool m_replayPrimed = false;
    DetectionWriter::Step m_pending; // results not written yet
    bool m_dirty = false;            // state moved since the last commit
    QElapsedTimer m_sinceCommit;
    QTimer m_reconnectTimer;
    QTimer m_leaseTimer;
    QTimer m_expiryTimer; // when another detector's lease runs out
    QTimer m_pollTimer;
    QTimer m_summaryTimer;
    QTimer m_retentionTimer;
    QTimer m_drainWait;
    std::uint64_t m_drainHorizon = 0; // --drain: the next transaction id when it began
    bool m_saidWaiting = false;
    bool m_stepQueued = false;
    bool m_rulesDirty = true;
    bool m_stopping = false;
    bool m_finished = false;
    bool m_refused = false; // the last step failed on an error other than a lost connection
    DetectMetrics m_totals;
    CohortWatch m_cohorts;
};
