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
    ~Lane()
    {
        session->shutDown();
        thread.quit();
        thread.wait();
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
    connect(m_primary->session, &StoreSession::notified, this, &StoreClient::notified);
    m_clock.start();
    m_waitCheck.setSingleShot(true);
    connect(&m_waitCheck, &QTimer::timeout, this, &StoreClient::checkWaiting);
}

StoreClient::~StoreClient() = default;

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

QString StoreClient::readConninfo() const
{
    return hasReadStore() ? m_readConninfo : m_conninfo;
}

quint64 StoreClient::run(const Query& query, QObject* context, Callback callback)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const quint64 job = m_nextJob++;
    m_pending.insert(job, {context ? context : this, std::move(callback), m_clock.elapsed(),
                           QDateTime::currentDateTime()});
    Lane* lane =
        hasReadStore() && query.purpose == Query::Purpose::Read ? m_read.get() : m_primary.get();
    lane->call([job, query](StoreSession* s) { s->execute(job, query); });
    if (!m_waitCheck.isActive() && !m_waitingSince.isValid())
        checkWaiting();
    return job;
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
// connections are up, and a read store that is down shows as the state, naming it.
void StoreClient::updateState()
{
    ConnectionState state = m_primary->state;
    if (hasReadStore()) {
        state.readServer = m_read->state.server;
        if (state.kind == ConnectionState::Connected &&
            m_read->state.kind != ConnectionState::Connected) {
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
