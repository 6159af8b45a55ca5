#pragma once

#include "Backoff.h"
#include "ConnectionState.h"
#include "PgConnection.h"
#include "Query.h"

#include <QMutex>
#include <QObject>
#include <atomic>
#include <optional>

class QTimer;
class StoreError;
class QSocketNotifier;

// One store connection that lives on a worker thread: connects, reconnects with backoff when the
// store goes away, runs queries one at a time and listens for NOTIFY on the same connection.
// Every public slot must be called on its own thread (queued from elsewhere).
class StoreSession : public QObject
{
    Q_OBJECT
public:
    explicit StoreSession(QObject* parent = nullptr);
    ~StoreSession() override;

    // Thread-safe: asks the server to stop the statement running now, if any.
    void cancelRunning();
    // Thread-safe, for shutting down: cancels the running statement; from then on queued
    // queries answer at once without running and no reconnect is attempted.
    void shutDown();

public slots:
    // (Re)connects to conninfo, dropping any current connection.
    void open(const QString& conninfo);
    void close();
    // Runs the query now if connected; otherwise answers at once with connectionLost set.
    void execute(quint64 job, const Query& query);
    // LISTEN on this channel now and after every reconnect.
    void listen(const QString& channel);
    // While not connected: the next attempt now instead of at retryAt.
    void retryNow();
    // How long to wait before asking again after a refusal (role, password, privilege).
    void setRefusalRetry(std::chrono::milliseconds delay) { m_refusalRetry = delay; }

signals:
    void stateChanged(const ConnectionState& state);
    void finished(quint64 job, const QueryResult& result);
    void notified(const QString& channel, const QString& payload);

private:
    void attempt();
    void connected(PgConnection connection);
    void retryLater(const StoreError& error);
    void lost(const StoreError& error);
    void drop();
    void readNotifications();
    void setState(const ConnectionState& state);

    QString m_conninfo;
    std::optional<PgConnection> m_connection;
    QStringList m_channels;
    ConnectionState m_state;
    Backoff m_backoff;
    std::chrono::milliseconds m_refusalRetry;
    QTimer* m_retry = nullptr;
    QSocketNotifier* m_notifier = nullptr;
    QMutex m_cancelMutex;
    bool m_running = false; // a statement is on the wire; guarded by m_cancelMutex
    std::atomic_bool m_shutDown = false;
};
