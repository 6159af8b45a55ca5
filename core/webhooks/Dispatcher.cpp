#include "Dispatcher.h"

#include "Clock.h"
#include "RetryAfter.h"
#include "metrics/EngineLog.h"
#include "store/Dsn.h"
#include "store/PgConnection.h"
#include "store/StoreError.h"

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

constexpr int flushAt = 500;
// A bigger batch is written in several transactions (each one's cost grows faster than its
// size beyond this).
constexpr int flushAtMost = 1000;
constexpr auto flushDelay = 10ms;
constexpr auto maxWakeInterval = 60s;
constexpr auto minWakeInterval = 200ms;

// Every connection checks the address it connects to, at the time it connects.
WebhookSender::Options senderOptions(const Dispatcher::Options& options)
{
    WebhookSender::Options sender = options.sender;
    sender.policy = std::make_shared<const EndpointUrlPolicy>(options.policy);
    return sender;
}

} // namespace

Dispatcher::Dispatcher(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_backoff(500ms, 15s)
    , m_claimer(m_options.owner, m_options.lease)
    , m_recorder(m_options.owner)
    , m_sender(senderOptions(m_options), this)
    , m_writer(std::make_unique<AttemptRecorder>(m_options.owner))
    // A claim walks the due index in its order and stops at the batch's end, then finds each
    // claimed delivery, its event and endpoint by key. Right after a big outbox insert the
    // planner, with stale statistics, would rather sort every due delivery, or hash all of
    // them, at each claim. The claim is prepared: one plan, made once, for every batch.
    , m_claimLane(std::make_unique<StoreLane>(
          m_options.dsn, u"payops dispatch claims"_s,
          QStringList{u"SET enable_sort = off"_s, u"SET enable_bitmapscan = off"_s,
                      u"SET enable_hashjoin = off"_s, u"SET enable_mergejoin = off"_s,
                      u"SET plan_cache_mode = force_generic_plan"_s}))
    , m_recordLane(std::make_unique<StoreLane>(m_options.dsn, u"payops dispatch attempts"_s))
{
    m_steady.start();
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &Dispatcher::connectStore);
    m_wakeTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, &Dispatcher::wake);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &Dispatcher::flush);
    m_renewTimer.setInterval(std::max<std::chrono::milliseconds>(m_options.lease / 3, 500ms));
    connect(&m_renewTimer, &QTimer::timeout, this, &Dispatcher::renewLeases);
    m_summaryTimer.setInterval(m_options.summaryInterval);
    connect(&m_summaryTimer, &QTimer::timeout, this, &Dispatcher::printSummary);
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, [this] {
        for (auto& [id, endpoint] : m_endpoints)
            pump(endpoint);
    });
}

Dispatcher::~Dispatcher() = default;

void Dispatcher::start()
{
    m_renewTimer.start();
    m_summaryTimer.start();
    connectStore();
}

DispatchMetrics Dispatcher::metrics() const
{
    DispatchMetrics metrics;
    metrics.delivered = m_totals.delivered;
    metrics.failed = m_totals.failed;
    metrics.dead = m_totals.dead;
    metrics.refused = m_totals.refused;
    metrics.latency = m_latency;
    metrics.dueUnclaimed = m_backlog ? m_backlog->due : -1;
    metrics.dueLagSeconds = m_backlog ? m_backlog->oldestSeconds : 0;
    metrics.inFlight = m_sender.inFlight();
    metrics.held = m_held;
    metrics.unrecorded = m_recorder.pending() + m_recording;
    for (const auto& [id, endpoint] : m_endpoints)
        metrics.openCircuits += endpoint.breaker.state() != CircuitBreaker::State::Closed;
    metrics.storeConnected = m_db != nullptr;
    return metrics;
}

void Dispatcher::printSummary()
{
    QTextStream out(stdout);
    out << "dispatch: " << metrics().summary() << Qt::endl;
}

// Store connection -------------------------------------------------------------------------

void Dispatcher::connectStore()
{
    try {
        auto db = std::make_unique<PgConnection>(PgConnection::open(m_options.dsn));
        db->listen(u"payops_deliveries"_s);
        // Claims, lease renewals and releases need not wait for the disk: one lost in a crash
        // of the store only means the delivery is claimed again (at least once, as after a
        // kill -9). The attempts' transactions do wait (AttemptRecorder).
        db->exec(u"SET synchronous_commit = off"_s);
        m_db = std::move(db);
    } catch (const StoreError& error) {
        const auto delay = m_backoff.next();
        log() << "dispatch: store " << Dsn::describe(m_options.dsn) << " unavailable ("
              << error.message().trimmed() << "); retrying in " << delay.count() << " ms"
              << Qt::endl;
        m_reconnectTimer.start(delay);
        return;
    }
    if (m_backoff.attempts() > 0)
        log() << "dispatch: store reconnected" << Qt::endl;
    m_backoff.reset();
    m_notifier = std::make_unique<QSocketNotifier>(m_db->socket(), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &Dispatcher::onNotification);
    m_lastReclaim = -1'000'000;
    flush();
    wake();
}

void Dispatcher::dropStore(const StoreError& error)
{
    if (!m_db)
        return;
    m_notifier.reset();
    m_db.reset();
    m_wakeTimer.stop();
    const auto delay = m_backoff.next();
    log() << "dispatch: store error (" << error.message().trimmed() << "); reconnecting in "
          << delay.count() << " ms, " << m_recorder.pending() + m_recording
          << " attempts waiting to be recorded" << Qt::endl;
    m_reconnectTimer.start(delay);
}

void Dispatcher::onNotification()
{
    if (!m_db)
        return;
    try {
        const auto notifications = m_db->takeNotifications();
        for (const PgNotification& n : notifications) {
            if (n.payload == u"due") {
                m_idle = false;
                forgetDisabled();
            }
        }
        if (!notifications.isEmpty())
            wake();
    } catch (const StoreError& error) {
        dropStore(error);
    }
}

// A re-enabled endpoint starts afresh from what the store says (its health was reset).
void Dispatcher::forgetDisabled()
{
    for (auto it = m_endpoints.begin(); it != m_endpoints.end();) {
        const Endpoint& endpoint = it->second;
        if (endpoint.disabled && endpoint.queue.empty() && endpoint.inFlight == 0)
            it = m_endpoints.erase(it);
        else
            ++it;
    }
}

// Claiming ---------------------------------------------------------------------------------

void Dispatcher::wake()
{
    if (m_wakeQueued)
        return;
    m_wakeQueued = true;
    QMetaObject::invokeMethod(this, &Dispatcher::work, Qt::QueuedConnection);
}

void Dispatcher::work()
{
    m_wakeQueued = false;
    if (!m_db || m_stopping)
        return;
    try {
        claim();
    } catch (const StoreError& error) {
        dropStore(error);
        return;
    }
    for (auto& [id, endpoint] : m_endpoints)
        pump(endpoint);
    maybeFinish();
}

void Dispatcher::claim()
{
    const QDateTime now = Clock::now();
    if (m_steady.elapsed() - m_lastReclaim >= 500) {
        m_claimer.reclaimExpired(*m_db, now);
        m_lastReclaim = m_steady.elapsed();
    }
    if (m_claiming)
        return;
    // Sending outruns recording: claim no more until the backlog is written.
    m_backlogged =
        m_recorder.pending() + m_recording > std::max(m_options.concurrency, 4 * flushAtMost);
    if (m_backlogged)
        return;
    const int threshold = std::max(1, std::min(m_options.batch, m_options.concurrency / 4));
    const int room = m_options.concurrency - m_held;
    if (room <= 0 || (room < threshold && m_held > 0 && !m_idle))
        return;
    const int limit = std::min(m_options.batch, room);
    m_claiming = true;
    auto deliveries = std::make_shared<QList<ClaimedDelivery>>();
    m_claimLane->run(
        [claimer = m_claimer, deliveries, limit, excluded = excludedEndpoints(true),
         now](PgConnection& db) mutable { *deliveries = claimer.claim(db, limit, excluded, now); },
        [this, deliveries, limit, full = fullEndpoints()](std::optional<StoreError> error) {
            m_claiming = false;
            if (error) {
                dropStore(*error);
                maybeFinish();
                return;
            }
            claimed(*deliveries, limit, full);
        });
}

void Dispatcher::claimed(const QList<ClaimedDelivery>& deliveries, int limit,
                         const QSet<qint64>& full)
{
    // Held even while the store is away (they are leased to this dispatcher, which renews its
    // leases once reconnected); when stopping, handed back, or their leases run out.
    if (m_stopping) {
        QList<qint64> ids;
        for (const ClaimedDelivery& delivery : deliveries)
            ids.append(delivery.id);
        try {
            if (m_db)
                m_claimer.release(*m_db, ids);
        } catch (const StoreError& error) {
            dropStore(error);
        }
        maybeFinish();
        return;
    }
    for (const ClaimedDelivery& delivery : deliveries)
        accept(delivery);
    m_idle = deliveries.size() < limit;
    m_waitingForRoom = m_idle ? full : QSet<qint64>();
    if (m_idle && m_db) {
        try {
            scheduleNextWake();
        } catch (const StoreError& error) {
            dropStore(error);
        }
    }
    for (auto& [id, endpoint] : m_endpoints)
        pump(endpoint);
    if (!m_idle)
        wake();
    maybeFinish();
}

void Dispatcher::scheduleNextWake()
{
    const auto next = m_claimer.nextDue(*m_db, excludedEndpoints(false));
    std::chrono::milliseconds wait = maxWakeInterval;
    if (next) {
        const qint64 ms = Clock::now().msecsTo(*next);
        wait = std::clamp<std::chrono::milliseconds>(std::chrono::milliseconds(ms + 5),
                                                     minWakeInterval, maxWakeInterval);
    }
    m_wakeTimer.start(wait);
}

// Brings the wake-up forward to `at` (what this dispatcher itself just scheduled).
void Dispatcher::wakeAt(const QDateTime& at)
{
    const auto wait = std::clamp<std::chrono::milliseconds>(
        std::chrono::milliseconds(Clock::now().msecsTo(at) + 5), std::chrono::milliseconds(0),
        maxWakeInterval);
    if (!m_wakeTimer.isActive() || m_wakeTimer.remainingTimeAsDuration() > wait)
        m_wakeTimer.start(wait);
}

QSet<qint64> Dispatcher::fullEndpoints() const
{
    QSet<qint64> full;
    for (const auto& [id, endpoint] : m_endpoints) {
        if (int(endpoint.queue.size()) >= endpoint.maxInFlight)
            full.insert(id);
    }
    return full;
}

QList<qint64> Dispatcher::excludedEndpoints(bool forClaim) const
{
    const QDateTime now = Clock::now();
    QList<qint64> excluded;
    for (const auto& [id, endpoint] : m_endpoints) {
        const bool full = int(endpoint.queue.size()) >= endpoint.maxInFlight;
        const auto state = endpoint.breaker.state();
        const bool blocked =
            (state == CircuitBreaker::State::Open && now < endpoint.breaker.reopensAt()) ||
            (state == CircuitBreaker::State::HalfOpen);
        // An open circuit's deliveries were moved to its reopening time in the store: the
        // next wake-up must see them.
        if (full || (blocked && forClaim) || endpoint.disabled)
            excluded.append(id);
    }
    return excluded;
}

Dispatcher::Endpoint& Dispatcher::endpointFor(const ClaimedDelivery& delivery)
{
    auto [it, created] = m_endpoints.try_emplace(delivery.endpointId);
    Endpoint& endpoint = it->second;
    if (created) {
        endpoint.id = delivery.endpointId;
        endpoint.breaker = CircuitBreaker(m_options.circuitThreshold, m_options.circuitCooldown);
        endpoint.breaker.restore(CircuitBreaker::fromName(delivery.circuitState),
                                 delivery.circuitOpenedAt, delivery.consecutiveFailures);
        endpoint.health.restore(delivery.consecutiveFailures, delivery.failingSince);
    }
    endpoint.maxInFlight = delivery.maxInFlight;
    endpoint.limiter.setRate(delivery.ratePerSecond);
    endpoint.disabled = false;
    return endpoint;
}

void Dispatcher::accept(ClaimedDelivery delivery)
{
    Endpoint& endpoint = endpointFor(delivery);
    ++m_held;
    m_leased.insert(delivery.id);
    if (!delivery.manualBy.isEmpty())
        endpoint.queue.push_front(std::move(delivery));
    else
        endpoint.queue.push_back(std::move(delivery));
}

// Sending ----------------------------------------------------------------------------------

void Dispatcher::pump(Endpoint& endpoint)
{
    if (endpoint.queue.empty())
        return;
    const QDateTime now = Clock::now();
    while (!endpoint.queue.empty() && endpoint.inFlight < endpoint.maxInFlight) {
        const bool manual = !endpoint.queue.front().manualBy.isEmpty();
        bool probe = false;
        if (!manual) {
            if (!endpoint.breaker.tryAcquire(now)) {
                // Open: the scheduled ones go back until it reopens; manual ones stay and go.
                if (endpoint.breaker.state() == CircuitBreaker::State::Open && !m_stopping &&
                    releaseQueued(endpoint, endpoint.breaker.reopensAt()))
                    continue;
                return;
            }
            probe = endpoint.breaker.state() == CircuitBreaker::State::HalfOpen;
        }
        const auto wait = endpoint.limiter.acquire(std::chrono::milliseconds(m_steady.elapsed()));
        if (wait.count() > 0) {
            if (probe)
                endpoint.breaker.onAbandoned();
            if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTimeAsDuration() > wait)
                m_pumpTimer.start(wait);
            return;
        }
        ClaimedDelivery delivery = std::move(endpoint.queue.front());
        endpoint.queue.pop_front();
        ++endpoint.inFlight;
        m_sender.send(delivery, Clock::now(),
                      [this](AttemptResult result) { onResult(std::move(result)); });
    }
}

bool Dispatcher::releaseQueued(Endpoint& endpoint, const QDateTime& dueAt)
{
    if (!m_db)
        return false;
    QList<qint64> ids;
    for (const ClaimedDelivery& delivery : endpoint.queue) {
        if (delivery.manualBy.isEmpty())
            ids.append(delivery.id);
    }
    if (ids.isEmpty())
        return false;
    try {
        m_claimer.release(*m_db, ids, dueAt);
    } catch (const StoreError& error) {
        dropStore(error);
        return false;
    }
    std::erase_if(endpoint.queue,
                  [](const ClaimedDelivery& delivery) { return delivery.manualBy.isEmpty(); });
    m_held -= int(ids.size());
    for (const qint64 id : std::as_const(ids))
        m_leased.remove(id);
    maybeFinish();
    return true;
}

// Results ----------------------------------------------------------------------------------

void Dispatcher::onResult(AttemptResult result)
{
    auto it = m_endpoints.find(result.endpointId);
    Q_ASSERT(it != m_endpoints.end());
    Endpoint& endpoint = it->second;
    const qint64 endpointId = result.endpointId;
    --endpoint.inFlight;
    --m_held;
    decide(result, endpoint);
    m_recorder.add(std::move(result));
    scheduleFlush();
    if (endpoint.disabled)
        releaseQueued(endpoint, {});
    pump(endpoint);
    if (m_waitingForRoom.contains(endpointId) &&
        int(endpoint.queue.size()) <= endpoint.maxInFlight / 2) {
        m_waitingForRoom.remove(endpointId);
        m_idle = false;
    }
    if ((m_backlogged || !m_idle) && !m_stopping)
        wake();
    maybeFinish();
}

void Dispatcher::decide(AttemptResult& result, Endpoint& endpoint)
{
    using Outcome = AttemptResult::Outcome;
    const QDateTime now = Clock::now();
    const bool success = result.success();
    const auto latency = std::chrono::milliseconds(result.durationMs);
    QString disable;
    endpoint.health.record(success, latency, result.startedAt);
    if (result.outcome != Outcome::Refused)
        m_latency.observe(double(result.durationMs) / 1000.0);
    if (success) {
        endpoint.breaker.onSuccess();
        endpoint.lastSuccessAt = now;
        result.nextState = u"succeeded"_s;
        ++m_totals.delivered;
        recordEndpoint(endpoint, {}, {});
        return;
    }
    endpoint.lastFailureAt = now;
    endpoint.breaker.onFailure(now);
    if (result.httpStatus == 410) {
        result.outcome = Outcome::Gone;
        result.nextState = u"dead"_s;
        disable = u"the endpoint answered 410 Gone at %1 (delivery %2)"_s.arg(
            now.toString(Qt::ISODate), QString::number(result.deliveryId));
        endpoint.disabled = true;
        ++m_totals.dead;
        log() << "dispatch: endpoint " << endpoint.id << " disabled: " << disable << Qt::endl;
        recordEndpoint(endpoint, {}, disable);
        return;
    }
    std::optional<RetrySchedule::Delay> delay;
    if ((result.httpStatus == 429 || result.httpStatus == 503) && !result.retryAfter.isEmpty()) {
        delay = RetryAfter::parse(result.retryAfter, now);
        if (delay)
            result.outcome = Outcome::RetryAfter;
    }
    if (!delay || result.attemptNo >= m_options.schedule.maxAttempts())
        delay = m_options.schedule.delayAfter(result.attemptNo, endpoint.health.stretch());
    if (result.attemptNo >= m_options.schedule.maxAttempts() || !delay) {
        result.nextState = u"dead"_s;
        ++m_totals.dead;
    } else {
        result.nextState = u"failed"_s;
        result.nextAttemptAt = now.addMSecs(delay->count());
        ++m_totals.failed;
    }
    if (result.outcome == Outcome::Refused)
        ++m_totals.refused;
    if (EndpointHealth::shouldDisable(endpoint.health.failingSince(), now)) {
        disable =
            u"failing since %1 (more than 5 days without a successful delivery); last "
            u"error: %2"_s.arg(endpoint.health.failingSince().toUTC().toString(Qt::ISODate),
                               result.transportError.isEmpty() ? u"HTTP %1"_s.arg(result.httpStatus)
                                                               : result.transportError);
        endpoint.disabled = true;
        log() << "dispatch: endpoint " << endpoint.id << " disabled: " << disable << Qt::endl;
    }
    const bool open = endpoint.breaker.state() == CircuitBreaker::State::Open;
    recordEndpoint(endpoint, open ? endpoint.breaker.reopensAt() : QDateTime(), disable);
}

void Dispatcher::recordEndpoint(Endpoint& endpoint, const QDateTime& holdUntil,
                                const QString& disable)
{
    AttemptRecorder::EndpointUpdate update;
    update.id = endpoint.id;
    update.consecutiveFailures = endpoint.health.consecutiveFailures();
    update.failingSince = endpoint.health.failingSince();
    update.lastSuccessAt = endpoint.lastSuccessAt;
    update.lastFailureAt = endpoint.lastFailureAt;
    update.averageMs = endpoint.health.averageLatency().count();
    update.circuitState = CircuitBreaker::name(endpoint.breaker.state());
    update.circuitOpenedAt = endpoint.breaker.openedAt();
    update.holdUntil = holdUntil;
    update.disableReason = disable;
    m_recorder.updateEndpoint(update);
}

// Recording --------------------------------------------------------------------------------

void Dispatcher::scheduleFlush()
{
    if (m_recorder.pending() >= flushAt)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start(flushDelay);
}

void Dispatcher::flush()
{
    m_flushTimer.stop();
    if (!m_db || m_recorder.empty() || m_recordLane->busy()) {
        maybeFinish();
        return;
    }
    auto batch = std::make_shared<AttemptRecorder::Batch>(m_recorder.take(flushAtMost));
    auto written = std::make_shared<AttemptRecorder::Written>();
    m_recording = int(batch->results.size());
    QList<qint64> recorded;
    recorded.reserve(batch->results.size());
    for (const AttemptResult& result : std::as_const(batch->results))
        recorded.append(result.deliveryId);
    AttemptRecorder* writer = m_writer.get();
    m_recordLane->run(
        [writer, batch, written](PgConnection& db) {
            writer->putBack(std::move(*batch));
            *written = writer->flush(db); // a failed flush keeps the batch in the writer
        },
        [this, writer, written, recorded](std::optional<StoreError> error) {
            m_recording = 0;
            if (error) {
                m_recorder.putBack(writer->take());
                dropStore(*error);
                maybeFinish();
                return;
            }
            for (const qint64 id : recorded)
                m_leased.remove(id);
            flushed(*written);
        });
}

void Dispatcher::flushed(const AttemptRecorder::Written& written)
{
    if (written.earliestDue.isValid() && !m_stopping)
        wakeAt(written.earliestDue);
    // What gathered meanwhile goes at once: the batch grows with the rate.
    if (!m_recorder.empty())
        flush();
    if (m_backlogged && !m_stopping)
        wake();
    maybeFinish();
}

void Dispatcher::renewLeases()
{
    if (!m_db)
        return;
    try {
        if (!m_leased.isEmpty())
            m_claimer.renewLeases(*m_db, m_leased.values(), Clock::now());
        m_backlog = DeliveryClaimer::dueUnclaimed(*m_db, Clock::now());
    } catch (const StoreError& error) {
        dropStore(error);
    }
}

// Stopping ---------------------------------------------------------------------------------

void Dispatcher::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_wakeTimer.stop();
    log() << "dispatch: stopping: " << m_sender.inFlight() << " attempts in flight finish first"
          << Qt::endl;
    for (auto& [id, endpoint] : m_endpoints) {
        QList<qint64> ids;
        for (const ClaimedDelivery& delivery : endpoint.queue)
            ids.append(delivery.id);
        if (ids.isEmpty())
            continue;
        for (const qint64 id : std::as_const(ids))
            m_leased.remove(id);
        if (!m_db) {
            // Their leases run out and another dispatcher takes them.
            m_held -= int(ids.size());
            endpoint.queue.clear();
            continue;
        }
        try {
            m_claimer.release(*m_db, ids);
            m_held -= int(ids.size());
            endpoint.queue.clear();
        } catch (const StoreError& error) {
            dropStore(error);
        }
    }
    maybeFinish();
}

void Dispatcher::maybeFinish()
{
    if (m_finished)
        return;
    if (m_options.drain && !m_waitingForRoom.isEmpty() && m_held == 0 && !m_claiming &&
        !m_stopping) {
        // The claim that found too little skipped endpoints that were full; none is now.
        m_waitingForRoom.clear();
        m_idle = false;
        wake();
        return;
    }
    const bool drained = m_options.drain && m_idle && m_held == 0 && !m_wakeQueued;
    if (!(m_stopping || drained) || m_held > 0 || m_claiming)
        return;
    if (m_recordLane->busy())
        return;
    if (!m_recorder.empty()) {
        if (m_db && !m_flushTimer.isActive())
            m_flushTimer.start(0);
        return;
    }
    m_finished = true;
    m_summaryTimer.stop();
    printSummary();
    emit finished(0);
}
