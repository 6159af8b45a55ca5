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

StoreClient::StoreClient(QObject* parent)
    : QObject(parent)
    , m_session(new StoreSession)
{
    registerMetaTypes();
    m_thread.setObjectName(QStringLiteral("payops-store"));
    m_session->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_session, &QObject::deleteLater);
    connect(m_session, &StoreSession::stateChanged, this, [this](const ConnectionState& state) {
        m_state = state;
        emit stateChanged(state);
    });
    connect(m_session, &StoreSession::finished, this, &StoreClient::deliver);
    connect(m_session, &StoreSession::notified, this, &StoreClient::notified);
    m_thread.start();
}

StoreClient::~StoreClient()
{
    m_session->shutDown();
    m_thread.quit();
    m_thread.wait();
}

void StoreClient::open(const QString& conninfo)
{
    m_conninfo = conninfo;
    QMetaObject::invokeMethod(m_session,
                              [session = m_session, conninfo] { session->open(conninfo); });
}

quint64 StoreClient::run(const Query& query, QObject* context, Callback callback)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const quint64 job = m_nextJob++;
    m_pending.insert(job, {context ? context : this, std::move(callback)});
    QMetaObject::invokeMethod(m_session,
                              [session = m_session, job, query] { session->execute(job, query); });
    return job;
}

void StoreClient::listen(const QString& channel)
{
    QMetaObject::invokeMethod(m_session,
                              [session = m_session, channel] { session->listen(channel); });
}

void StoreClient::deliver(quint64 job, const QueryResult& result)
{
    const Pending pending = m_pending.take(job);
    if (pending.context && pending.callback)
        pending.callback(result);
}
