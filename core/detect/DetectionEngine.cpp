#include "DetectionEngine.h"

#include "StoredRules.h"
#include "SuccessDedup.h"
#include "metrics/EngineLog.h"
#include "store/Dsn.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QSocketNotifier>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QTextStream& log()
{
    return EngineLog::stream();
}

constexpr auto pollInterval = 1s;
constexpr qint64 commitEveryMs = 1000;
constexpr auto retentionInterval = 5min;
constexpr int retentionRows = 10'000;
constexpr int retentionRounds = 20;
// Idle time advances the watermark by the wall clock only while the events are this recent:
// a replay of old events is not closed by the clock.
constexpr std::int64_t liveWithinMicros = 10LL * 60 * 1'000'000;

std::int64_t nowMicros()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

template<typename Items> void eraseShard(Items& items, int shard)
{
    std::erase_if(items, [shard](const auto& item) { return item.shard == shard; });
}

} // namespace

DetectionEngine::DetectionEngine(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_detector(DetectorOptions{std::int64_t(m_options.latenessSeconds) * 1'000'000, 16})
    , m_leases(m_options.owner, m_options.leaseSeconds)
    , m_writer(m_options.owner)
    , m_backoff(500ms, 15s)
{
    m_detector.setOwnedShards({});
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &DetectionEngine::connectStore);
    m_leaseTimer.setInterval(std::max<std::chrono::milliseconds>(
        std::chrono::seconds(m_options.leaseSeconds) / 3, 500ms));
    connect(&m_leaseTimer, &QTimer::timeout, this, &DetectionEngine::renewLeases);
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, &DetectionEngine::renewLeases);
    m_pollTimer.setInterval(pollInterval);
    connect(&m_pollTimer, &QTimer::timeout, this, &DetectionEngine::wake);
    m_summaryTimer.setInterval(m_options.summaryInterval);
    connect(&m_summaryTimer, &QTimer::timeout, this, &DetectionEngine::printSummary);
    m_drainWait.setSingleShot(true);
    m_drainWait.setInterval(100ms);
    connect(&m_drainWait, &QTimer::timeout, this, &DetectionEngine::wake);
    m_retentionTimer.setInterval(retentionInterval);
    connect(&m_retentionTimer, &QTimer::timeout, this, &DetectionEngine::retention);
}

DetectionEngine::~DetectionEngine() = default;

void DetectionEngine::start()
{
    m_sinceCommit.start();
    m_leaseTimer.start();
    if (!m_options.drain) {
        m_pollTimer.start();
        m_summaryTimer.start();
        m_retentionTimer.start();
        QTimer::singleShot(30s, this, &DetectionEngine::retention);
    }
    connectStore();
}

DetectMetrics DetectionEngine::metrics() const
{
    DetectMetrics metrics = m_totals;
    metrics.late = m_detector.lateEvents();
    metrics.shards = qint64(m_cursors.size());
    metrics.cohorts = m_cohorts.watched();
    std::int64_t newest = INT64_MIN;
    for (const auto& [shard, cursor] : m_cursors)
        newest = std::max(newest, m_detector.shardNewest(shard));
    metrics.lagSeconds = newest == INT64_MIN ? 0 : double(nowMicros() - newest) / 1e6;
    metrics.storeConnected = m_db != nullptr;
    return metrics;
}

void DetectionEngine::printSummary()
{
    QTextStream(stdout) << "detect: " << metrics().summary() << Qt::endl;
}

// Store connection -------------------------------------------------------------------------

void DetectionEngine::connectStore()
{
    try {
        auto db = std::make_unique<PgConnection>(PgConnection::open(m_options.dsn));
        db->listen(u"payops_events"_s);
        db->listen(u"payops_rules"_s);
        m_db = std::move(db);
    } catch (const StoreError& error) {
        const auto delay = m_backoff.next();
        log() << "detect: store " << Dsn::describe(m_options.dsn) << " unavailable ("
              << error.message().trimmed() << "); retrying in " << delay.count() << " ms"
              << Qt::endl;
        m_reconnectTimer.start(delay);
        return;
    }
    if (m_backoff.attempts() > 0)
        log() << "detect: store reconnected" << Qt::endl;
    // After a refused write the delay keeps growing until a step goes through.
    if (!m_refused)
        m_backoff.reset();
    m_notifier = std::make_unique<QSocketNotifier>(m_db->socket(), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &DetectionEngine::onNotification);
    try {
        loadRules();
    } catch (const StoreError& error) {
        dropStore(error);
        return;
    }
    renewLeases();
    if (!m_db)
        return;
    if (m_stopping)
        return stop();
    wake();
}

void DetectionEngine::dropStore(const StoreError& error)
{
    if (!m_db)
        return;
    m_notifier.reset();
    m_db.reset();
    if (m_stopping) {
        log() << "detect: store error while stopping (" << error.message().trimmed()
              << "); the leases run out by themselves" << Qt::endl;
        return finish();
    }
    // Not a lost connection: the store refused what this detector wrote or asked.
    m_refused = !error.isConnectionLoss();
    if (m_refused && m_options.drain) {
        log() << "detect: the store refused a step (" << error.message().trimmed()
              << "); nothing of it was saved" << Qt::endl;
        return finish(1);
    }
    const auto delay = m_backoff.next();
    log() << "detect: store error (" << error.message().trimmed() << "); reconnecting in "
          << delay.count() << " ms" << Qt::endl;
    m_reconnectTimer.start(delay);
}

void DetectionEngine::onNotification()
{
    if (!m_db)
        return;
    try {
        const QList<PgNotification> notifications = m_db->takeNotifications();
        for (const PgNotification& notification : notifications)
            m_rulesDirty = m_rulesDirty || notification.channel == u"payops_rules";
        if (!notifications.isEmpty())
            wake();
    } catch (const StoreError& error) {
        dropStore(error);
    }
}

void DetectionEngine::loadRules()
{
    QStringList problems;
    const QList<DetectionRule> rules = StoredRules::load(*m_db, &problems);
    for (const QString& problem : std::as_const(problems))
        log() << "detect: rule left out: " << problem << Qt::endl;
    m_detector.setRules(rules);
    m_rulesDirty = false;
    collect();
}

// Shards -----------------------------------------------------------------------------------

void DetectionEngine::renewLeases()
{
    if (!m_db || m_finished)
        return;
    try {
        adopt(m_leases.renew(*m_db));
        const qint64 expiry = m_leases.untilOthersExpire(*m_db);
        if (expiry >= 0 && expiry < m_leaseTimer.remainingTime())
            m_expiryTimer.start(std::chrono::milliseconds(expiry + 20));
    } catch (const StoreError& error) {
        dropStore(error);
    }
}

void DetectionEngine::adopt(const QList<ShardLeases::Shard>& shards)
{
    QSet<int> held;
    QList<int> surplus;
    bool took = false;
    for (const ShardLeases::Shard& shard : shards) {
        held.insert(shard.shard);
        if (shard.claimed || !m_cursors.contains(shard.shard)) {
            takeShard(shard);
            took = true;
        }
        if (shard.surplus)
            surplus.append(shard.shard);
    }
    QList<int> lost;
    for (const auto& [shard, cursor] : m_cursors) {
        if (!held.contains(shard))
            lost.append(shard);
    }
    for (const int shard : std::as_const(lost)) {
        log() << "detect: lease of shard " << shard << " lost" << Qt::endl;
        forgetShard(shard);
        ++m_totals.lost;
    }
    if (!surplus.isEmpty() && !m_stopping) {
        // Handed over with its progress saved: the next owner continues from here.
        commit(true);
        m_leases.release(*m_db, surplus);
        for (const int shard : std::as_const(surplus))
            forgetShard(shard);
    }
    if (took)
        wake();
}

void DetectionEngine::takeShard(const ShardLeases::Shard& shard)
{
    eraseShard(m_pending.windows, shard.shard);
    eraseShard(m_pending.changes, shard.shard);
    m_detector.dropShard(shard.shard);
    QString error;
    if (shard.state.isEmpty() || !m_detector.loadShard(shard.shard, shard.state, &error)) {
        if (!shard.state.isEmpty())
            log() << "detect: saved state of shard " << shard.shard << " unusable (" << error
                  << "); it starts afresh from its cursor" << Qt::endl;
        QSet<int> owned = m_detector.ownedShards();
        owned.insert(shard.shard);
        m_detector.setOwnedShards(owned);
    }
    m_cursors[shard.shard] = shard.cursor;
    m_replayPrimed = false; // loadShard started a new replay memory
    ++m_totals.takeovers;
}

void DetectionEngine::forgetShard(int shard)
{
    QSet<int> owned = m_detector.ownedShards();
    owned.remove(shard);
    m_detector.setOwnedShards(owned);
    m_cursors.erase(shard);
    eraseShard(m_pending.windows, shard);
    eraseShard(m_pending.changes, shard);
}

// Detection --------------------------------------------------------------------------------

// The loaded shards' states already counted the successes before their cursors: a payment whose
// `authorized` came before and `captured` after must not count twice. The memory of counted
// successes is read back from the store, as far back as SuccessDedup remembers: before the
// first batch for the detector's own memory, before a replay for the replay's.
void DetectionEngine::primeDedup(const EventPosition& from)
{
    // A jump forward (every shard held was lost, the ones taken since are ahead) leaves events
    // this detector never read: its memory is read back as at the start.
    if (!m_dedupPrimed || from > m_seenUpTo) {
        rememberSuccessesUpTo(from, false);
        m_seenUpTo = from;
        m_dedupPrimed = true;
    } else if (from < m_seenUpTo && !m_replayPrimed) {
        rememberSuccessesUpTo(from, true);
    }
    m_replayPrimed = true;
}

void DetectionEngine::rememberSuccessesUpTo(const EventPosition& position, bool replay)
{
    if (position == EventPosition())
        return;
    std::vector<EventCursor::Item> successes;
    EventCursor(*m_db).successesUpTo(position, 2 * SuccessDedup::GenerationMicros, successes);
    for (const EventCursor::Item& item : successes)
        m_detector.rememberSuccess(item.event, replay);
}

void DetectionEngine::wake()
{
    if (m_stepQueued || m_finished)
        return;
    m_stepQueued = true;
    QMetaObject::invokeMethod(this, &DetectionEngine::step, Qt::QueuedConnection);
}

void DetectionEngine::step()
{
    m_stepQueued = false;
    if (!m_db || m_finished || m_stopping)
        return;
    try {
        if (m_rulesDirty)
            loadRules();
        // Asked before feeding: a transaction that ends between the feed and the question
        // would leave its events unread by a drain that then ends.
        const bool drained = m_options.drain && settled();
        const bool full = !m_cursors.empty() && feed();
        if (!full && m_options.drain && !drained) {
            // Committed events may still wait behind an older transaction (anywhere in the
            // cluster: the snapshot's xmin is cluster-wide).
            commit(false);
            m_drainWait.start();
            return;
        }
        if (!full && m_options.drain) {
            m_detector.flush();
            collect();
        } else if (!full) {
            advanceIdle();
        }
        commit(!full && m_options.drain);
        m_refused = false;
        if (full)
            wake();
        else if (m_options.drain)
            finish();
    } catch (const StoreError& error) {
        dropStore(error);
    }
}

bool DetectionEngine::feed()
{
    EventPosition from = m_cursors.begin()->second;
    for (const auto& [shard, cursor] : m_cursors)
        from = std::min(from, cursor);
    primeDedup(from);
    EventCursor(*m_db).next(from, m_options.batch, m_batch);
    if (m_batch.empty())
        return false;

    // Shards whose saved cursor is ahead of `from` (taken over from a detector that was
    // further along) skip the events they have seen already.
    std::vector<std::pair<EventPosition, int>> ahead;
    QSet<int> skipped;
    for (const auto& [shard, cursor] : m_cursors) {
        if (cursor > from) {
            ahead.emplace_back(cursor, shard);
            skipped.insert(shard);
        }
    }
    std::sort(ahead.begin(), ahead.end());
    m_detector.setSkippedShards(skipped);
    bool replaying = false;
    size_t next = 0;
    for (const EventCursor::Item& item : m_batch) {
        bool changed = false;
        for (; next < ahead.size() && ahead[next].first < item.position; ++next) {
            skipped.remove(ahead[next].second);
            changed = true;
        }
        if (changed)
            m_detector.setSkippedShards(skipped);
        if (replaying != (item.position <= m_seenUpTo)) {
            replaying = !replaying;
            m_detector.setReplaying(replaying);
        }
        m_detector.add(item.event);
    }
    if (!skipped.isEmpty())
        m_detector.setSkippedShards({});
    m_detector.setReplaying(false);

    const EventPosition last = m_batch.back().position;
    m_seenUpTo = std::max(m_seenUpTo, last);
    for (auto& [shard, cursor] : m_cursors)
        cursor = std::max(cursor, last);
    m_totals.events += qint64(m_batch.size());
    m_dirty = true;
    collect();
    return int(m_batch.size()) == m_options.batch;
}

// --drain: whether every transaction that had begun when the drain started has finished, so
// that all it committed is readable.
bool DetectionEngine::settled()
{
    if (m_drainHorizon == 0)
        m_drainHorizon = EventCursor::horizon(*m_db);
    const bool settled = EventCursor::finishedBefore(*m_db, m_drainHorizon);
    if (!settled && !m_saidWaiting) {
        log() << "detect: waiting for transactions older than the drain to finish" << Qt::endl;
        m_saidWaiting = true;
    }
    return settled;
}

void DetectionEngine::collect()
{
    std::vector<WindowResult> windows = m_detector.takeWindows();
    m_cohorts.note(windows);
    std::move(windows.begin(), windows.end(), std::back_inserter(m_pending.windows));
    std::vector<DowntimeChange> changes = m_detector.takeChanges();
    std::move(changes.begin(), changes.end(), std::back_inserter(m_pending.changes));
}

void DetectionEngine::advanceIdle()
{
    std::int64_t newest = INT64_MIN;
    for (const auto& [shard, cursor] : m_cursors)
        newest = std::max(newest, m_detector.shardNewest(shard));
    const std::int64_t now = nowMicros();
    if (newest == INT64_MIN || now - newest > liveWithinMicros)
        return;
    m_detector.advanceTo(now);
    collect();
    m_dirty = true;
}

// Writes the pending results with every held shard's progress: at once when there are
// results (or when forced), otherwise at most once a second while the state moves.
void DetectionEngine::commit(bool force)
{
    const bool due = m_dirty && (force || m_sinceCommit.elapsed() >= commitEveryMs);
    if (!m_db || m_cursors.empty() || (!m_pending.hasResults() && !due))
        return;
    m_pending.shards.clear();
    for (const auto& [shard, cursor] : m_cursors)
        m_pending.shards.push_back(
            {shard, cursor, m_detector.shardWatermark(shard), m_detector.saveShard(shard)});
    const DetectionWriter::Written written = m_writer.write(*m_db, m_pending);
    m_totals.windows += written.windows;
    m_totals.opened += written.opened;
    m_totals.resolved += written.resolved;
    ++m_totals.commits;
    m_pending = {};
    m_dirty = false;
    m_sinceCommit.restart();
    for (const int shard : written.lost) {
        log() << "detect: lease of shard " << shard << " lost before its results were written"
              << Qt::endl;
        forgetShard(shard);
        ++m_totals.lost;
    }
}

// sr_windows older than --retention days go in batches along their end-time index; the
// holder of shard 0 does it, so one detector at a time.
void DetectionEngine::retention()
{
    if (!m_db || !m_cursors.contains(0))
        return;
    try {
        for (int round = 0; round < retentionRounds; ++round) {
            const PgResult deleted =
                m_db->exec(u"SELECT payops.detection_retention(make_interval(days => $1), $2)"_s,
                           {m_options.retentionDays, retentionRows});
            if (deleted.toInt(0, 0) < retentionRows)
                break;
        }
    } catch (const StoreError& error) {
        dropStore(error);
    }
}

// Stopping ---------------------------------------------------------------------------------

void DetectionEngine::stop()
{
    m_stopping = true;
    if (m_finished || !m_db)
        return finish();
    try {
        commit(true);
    } catch (const StoreError& error) {
        log() << "detect: could not save progress (" << error.message().trimmed()
              << "); the next owner replays from the last save" << Qt::endl;
    }
    finish();
}

void DetectionEngine::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_db) {
        try {
            m_leases.leave(*m_db);
        } catch (const StoreError& error) {
            log() << "detect: could not hand the shards back (" << error.message().trimmed()
                  << "); their leases run out" << Qt::endl;
        }
    }
    m_leaseTimer.stop();
    m_expiryTimer.stop();
    m_drainWait.stop();
    m_pollTimer.stop();
    m_summaryTimer.stop();
    m_retentionTimer.stop();
    m_reconnectTimer.stop();
    printSummary();
    QMetaObject::invokeMethod(
        this, [this, exitCode] { emit finished(exitCode); }, Qt::QueuedConnection);
}
