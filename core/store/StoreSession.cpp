#include "StoreSession.h"

#include "Dsn.h"
#include "StoreError.h"

#include <QMutexLocker>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

using namespace std::chrono_literals;

namespace {

// A refusal will not go away by itself; asking again now and then notices when someone fixes it.
constexpr std::chrono::milliseconds DefaultRefusalRetry = 30s;

// Strongest first: what the status bar calls the user. An engine login may also read as a
// viewer; it is still an engine.
const char* const Roles[][2] = {
    {"payops_admin", "admin"},
    {"payops_operator", "operator"},
    {"payops_engine", "engine"},
    {"payops_viewer", "viewer"},
};

QString strongestRole(bool superuser, const QStringList& memberOf)
{
    if (superuser)
        return QStringLiteral("admin");
    for (const auto& role : Roles) {
        if (memberOf.contains(QLatin1String(role[0])))
            return QLatin1String(role[1]);
    }
    return {};
}

QueryResult resultOf(const PgResult& result)
{
    QueryResult out;
    out.affected = result.affected();
    out.columns.reserve(result.columns());
    for (int column = 0; column < result.columns(); ++column)
        out.columns.append(result.columnName(column));
    out.rows.reserve(result.rows());
    for (int row = 0; row < result.rows(); ++row) {
        QVariantList values;
        values.reserve(result.columns());
        for (int column = 0; column < result.columns(); ++column)
            values.append(result.value(row, column));
        out.rows.append(std::move(values));
    }
    return out;
}

QueryResult failure(const QString& error, const QString& sqlState, bool connectionLost)
{
    QueryResult result;
    result.error = error;
    result.sqlState = sqlState;
    result.connectionLost = connectionLost;
    return result;
}

} // namespace

StoreSession::StoreSession(QObject* parent)
    : QObject(parent)
    , m_refusalRetry(DefaultRefusalRetry)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &StoreSession::attempt);
}

StoreSession::~StoreSession()
{
    drop();
}

void StoreSession::cancelRunning()
{
    QMutexLocker lock(&m_cancelMutex);
    if (m_running && m_connection)
        m_connection->cancel();
}

void StoreSession::shutDown()
{
    m_shutDown = true;
    cancelRunning();
}

void StoreSession::open(const QString& conninfo)
{
    Q_ASSERT(QThread::currentThread() == thread());
    drop();
    m_retry->stop();
    m_conninfo = conninfo;
    m_backoff.reset();
    ConnectionState state;
    state.kind = ConnectionState::Connecting;
    state.server = Dsn::describe(conninfo);
    setState(state);
    attempt();
}

void StoreSession::close()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_retry->stop();
    drop();
    ConnectionState state;
    state.server = m_state.server;
    setState(state);
}

void StoreSession::execute(quint64 job, const Query& query)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!m_connection || m_shutDown) {
        emit finished(job, failure(QStringLiteral("not connected"), {}, true));
        return;
    }
    QueryResult result;
    std::optional<StoreError> loss;
    {
        QMutexLocker lock(&m_cancelMutex);
        m_running = true;
    }
    try {
        result = resultOf(m_connection->exec(query.sql, query.params));
    } catch (const StoreError& error) {
        const bool lostConnection = error.isConnectionLoss() || !m_connection->isAlive();
        result = failure(error.message(), error.sqlState(), lostConnection);
        if (lostConnection)
            loss = error;
    }
    {
        QMutexLocker lock(&m_cancelMutex);
        m_running = false;
    }
    emit finished(job, result);
    if (loss)
        lost(*loss);
    else
        readNotifications(); // libpq may have buffered some while the statement ran
}

void StoreSession::listen(const QString& channel)
{
    Q_ASSERT(QThread::currentThread() == thread());
    // Listened to already, and again after every reconnect.
    if (m_channels.contains(channel))
        return;
    m_channels.append(channel);
    if (!m_connection)
        return;
    try {
        m_connection->listen(channel);
    } catch (const StoreError& error) {
        if (error.isConnectionLoss() || !m_connection->isAlive())
            lost(error);
        else
            qWarning("payops: LISTEN %s failed: %s", qUtf8Printable(channel),
                     qUtf8Printable(error.message()));
    }
}

void StoreSession::retryNow()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_connection || !m_retry->isActive())
        return;
    m_retry->stop();
    attempt();
}

void StoreSession::attempt()
{
    if (m_shutDown || m_conninfo.isEmpty())
        return;
    try {
        connected(PgConnection::open(m_conninfo));
    } catch (const StoreError& error) {
        drop();
        retryLater(error);
    }
}

void StoreSession::connected(PgConnection connection)
{
    const PgResult who = connection.exec(QStringLiteral(
        "SELECT session_user::text, r.rolsuper,"
        " (SELECT coalesce(string_agg(g.rolname::text, ','), '') FROM pg_roles g"
        "   WHERE g.rolname LIKE 'payops\\_%' AND pg_has_role(session_user, g.oid, 'MEMBER'))"
        " FROM pg_roles r WHERE r.rolname = session_user"));
    const QStringList memberOf = who.text(0, 2).split(u',', Qt::SkipEmptyParts);
    for (const QString& channel : std::as_const(m_channels))
        connection.listen(channel);

    m_connection = std::move(connection);
    m_notifier = new QSocketNotifier(qintptr(m_connection->socket()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StoreSession::readNotifications);
    m_backoff.reset();

    ConnectionState state;
    state.kind = ConnectionState::Connected;
    state.user = who.text(0, 0);
    state.role = strongestRole(who.value(0, 1).toBool(), memberOf);
    state.server = m_state.server;
    setState(state);
    readNotifications();
}

void StoreSession::retryLater(const StoreError& error)
{
    ConnectionState state;
    state.server = m_state.server;
    state.reason = error.message();
    std::chrono::milliseconds delay;
    if (error.isRefusal()) {
        state.kind = ConnectionState::Refused;
        delay = m_refusalRetry;
    } else {
        state.kind = ConnectionState::Reconnecting;
        delay = m_backoff.next();
    }
    state.retryAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    m_retry->start(delay);
    setState(state);
}

void StoreSession::lost(const StoreError& error)
{
    drop();
    if (!m_shutDown)
        retryLater(error);
}

void StoreSession::drop()
{
    if (m_notifier) {
        // Off before the socket it watches closes; deleted later as we may be in its signal.
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    QMutexLocker lock(&m_cancelMutex);
    m_connection.reset();
}

void StoreSession::readNotifications()
{
    if (!m_connection)
        return;
    QList<PgNotification> notifications;
    try {
        notifications = m_connection->takeNotifications();
    } catch (const StoreError& error) {
        lost(error);
        return;
    }
    for (const PgNotification& notification : std::as_const(notifications))
        emit notified(notification.channel, notification.payload);
    if (!m_connection->isAlive())
        lost(StoreError(QStringLiteral("the server closed the connection"),
                        QStringLiteral("08006")));
}

void StoreSession::setState(const ConnectionState& state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}
