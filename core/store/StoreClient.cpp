#include "StoreClient.h"

#include "StoreSession.h"

namespace {

void registerMetaTypes()
{
    static const bool registered = [] {
        qRegisterMetaType<ConnectionState>();
        qRegisterMetaType<Query>();
        qRegisterMetaType<QueryResult>();
        return true;
    }();
    Q_UNUSED(registered);
}

} // namespace

class StoreClient::Lane
{
public:
    Lane(StoreClient* client, const QString& threadName)
        : session(new StoreSession)
    {
        thread.setObjectName(threadName);
        session->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, session, &QObject::deleteLater);
        QObject::connect(session, &StoreSession::stateChanged, client,
                         [this, client](const ConnectionState& s) {
                             state = s;
                             client->updateState();
                         });
        QObject::connect(session, &StoreSession::finished, client, &StoreClient::deliver);
        thread.start();
    }
    // Both lanes are told before either is waited for: each may be inside a connect.
    void shutDown()
    {
        session->shutDown();
        thread.quit();
    }

    template<typename F> void call(F f)
    {
        QMetaObject::invokeMethod(session, [session = session, f] { f(session); });
    }

    QThread thread;
    StoreSession* session; // lives on thread, deleted when it finishes
    ConnectionState state;
};

StoreClient::StoreClient(QObject* parent)
    : QObject(parent)
    , m_primary(std::make_unique<Lane>(this, QStringLiteral("payops-store")))
{
    registerMetaTypes();
    connect(m_primary->session, &StoreSession::notified, this,
            [this](const QString& channel, const QString& payload) {
                if (!hasReadStore()) {
                    emit notified(channel, payload);
                    return;
                }
                m_heldNotifications.append({channel, payload});
                passOnNotifications();
            });
    m_clock.start();
    m_waitCheck.setSingleShot(true);
    connect(&m_waitCheck, &QTimer::timeout, this, &StoreClient::checkWaiting);
}

StoreClient::~StoreClient()
{
    for (Lane* lane : {m_primary.get(), m_read.get()}) {
        if (lane)
            lane->shutDown();
    }
    for (Lane* lane : {m_primary.get(), m_read.get()}) {
        if (lane)
            lane->thread.wait();
    }
}

void StoreClient::open(const QString& conninfo, const QString& readConninfo)
{
    m_conninfo = conninfo;
    m_readConninfo = readConninfo.trimmed() == conninfo.trimmed() ? QString() : readConninfo;
    m_primary->call([conninfo](StoreSession* s) { s->open(conninfo); });
    // The read lane, once made, stays: jobs queued on it are still answered.
    if (!m_readConninfo.isEmpty() && !m_read) {
        m_read = std::make_unique<Lane>(this, QStringLiteral("payops-store-read"));
        if (m_refusalRetry)
            setRefusalRetry(*m_refusalRetry);
    }
    if (m_read) {
        m_read->call([read = m_readConninfo](StoreSession* s) {
            if (read.isEmpty())
                s->close();
            else
                s->open(read);
        });
    }
    updateState();
}

ConnectionState StoreClient::primaryState() const
{
    return m_primary->state;
}

bool StoreClient::canAct() const
{
    return m_primary->state.kind == ConnectionState::Connected;
}

QString StoreClient::readConninfo() const
{
    return hasReadStore() ? m_readConninfo : m_conninfo;
}

quint64 StoreClient::run(const Query& query, QObject* context, Callback callback)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!hasReadStore())
        return submit(m_primary.get(), query, context, std::move(callback));
    if (query.purpose == Query::Purpose::Read)
        return submit(m_read.get(), query, context, std::move(callback));
    if (query.purpose == Query::Purpose::Fresh)
        return submit(m_primary.get(), query, context, std::move(callback));
    QPointer<QObject> target = context ? context : this;
    return submit(m_primary.get(), query, this,
                  [this, target, callback = std::move(callback)](const QueryResult& result) {
                      catchUpReads([target, callback, result] {
                          if (target && callback)
                              callback(result);
                      });
                  });
}

quint64 StoreClient::submit(Lane* lane, const Query& query, QObject* context, Callback callback)
{
    const quint64 job = m_nextJob++;
    m_pending.insert(job, {context ? context : this, std::move(callback), m_clock.elapsed(),
                           QDateTime::currentDateTime()});
    lane->call([job, query](StoreSession* s) { s->execute(job, query); });
    if (!m_waitCheck.isActive() && !m_waitingSince.isValid())
        checkWaiting();
    return job;
}

// The primary's WAL position now, then a wait on the read connection until the replica has
// replayed it (or readCatchUpLimit passed): queued there before then() queues any read.
void StoreClient::catchUpReads(std::function<void()> then)
{
    const Query position =
        Query::fresh(QStringLiteral("SELECT pg_current_wal_insert_lsn()::text"), {});
    submit(m_primary.get(), position, this, [this, then](const QueryResult& result) {
        if (result.ok() && !result.rows.isEmpty() && m_read) {
            // A loop in SQL: pg_last_wal_replay_lsn() and pg_sleep() (volatile) run for every row.
            const int steps = int(readCatchUpLimit / std::chrono::milliseconds(20));
            const Query wait{QStringLiteral(R"sql(
WITH RECURSIVE waited(step) AS (
    SELECT 0
    UNION ALL
    SELECT step + 1 FROM waited
     WHERE step < $2 AND pg_last_wal_replay_lsn() < $1::pg_lsn
       AND pg_sleep(0.02) IS NOT NULL
)
SELECT max(step) FROM waited
)sql"),
                             {result.rows.first().first(), steps}};
            submit(m_read.get(), wait, this, {});
        }
        then();
    });
}

void StoreClient::passOnNotifications()
{
    if (m_catchingUp || m_heldNotifications.isEmpty())
        return;
    m_catchingUp = true;
    catchUpReads([this, held = std::exchange(m_heldNotifications, {})] {
        m_catchingUp = false;
        for (const auto& [channel, payload] : held)
            emit notified(channel, payload);
        passOnNotifications();
    });
}

void StoreClient::listen(const QString& channel)
{
    m_primary->call([channel](StoreSession* s) { s->listen(channel); });
}

void StoreClient::retryNow()
{
    for (Lane* lane : {m_primary.get(), m_read.get()}) {
        if (lane)
            lane->call([](StoreSession* s) { s->retryNow(); });
    }
}

void StoreClient::setRefusalRetry(std::chrono::milliseconds delay)
{
    m_refusalRetry = delay;
    for (Lane* lane : {m_primary.get(), m_read.get()}) {
        if (lane)
            lane->call([delay](StoreSession* s) { s->setRefusalRetry(delay); });
    }
}

void StoreClient::setWaitThreshold(std::chrono::milliseconds threshold)
{
    m_waitThreshold = threshold;
    checkWaiting();
}

void StoreClient::deliver(quint64 job, const QueryResult& result)
{
    const Pending pending = m_pending.take(job);
    checkWaiting();
    if (pending.context && pending.callback)
        pending.callback(result);
}

// A connection runs its queries one at a time in order: the oldest unanswered query is the one
// the store holds (or the first of those it holds, with a read store).
void StoreClient::checkWaiting()
{
    QDateTime since;
    m_waitCheck.stop();
    if (!m_pending.isEmpty()) {
        const Pending& oldest = m_pending.first();
        const qint64 age = m_clock.elapsed() - oldest.askedMs;
        if (age >= m_waitThreshold.count())
            since = oldest.askedAt;
        else
            m_waitCheck.start(std::chrono::milliseconds(m_waitThreshold.count() - age));
    }
    if (since == m_waitingSince)
        return;
    m_waitingSince = since;
    emit waitingChanged(since);
}

// The views reload when the client becomes Connected: with a read store that is when both
// connections are up, and a read store that is down shows as the state, naming it; actions
// go on meanwhile (canAct()).
void StoreClient::updateState()
{
    ConnectionState state = m_primary->state;
    if (hasReadStore()) {
        state.readServer = m_read->state.server;
        if (state.kind == ConnectionState::Connected &&
            m_read->state.kind != ConnectionState::Connected) {
            state.readStoreDown = true;
            state.kind = m_read->state.kind;
            state.reason = m_read->state.reason;
            state.retryAt = m_read->state.retryAt;
        }
    }
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}
