#pragma once

#include "ConnectionState.h"
#include "Query.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class StoreSession;

// The GUI's handle on the store. Queries run on a worker thread; their results come back as a
// queued call to a callback, which is dropped if its context object has died in the meantime.
// Nothing here ever blocks the calling thread on the network.
//
//   client->run({sql, params}, this, [this](const QueryResult& r) { model->setResult(r); });
//
// With a read store (a streaming replica), reads go there on a connection of their own and
// operator actions (Query::Purpose::Action), the reads that decide one (Purpose::Fresh) and
// LISTEN stay on the primary: a hot standby refuses writes and never delivers NOTIFY. This is
// the one place that routes by purpose. After an action, and before a notification is passed
// on, the read connection waits (on its thread, up to readCatchUpLimit) until the replica has
// replayed what the primary had written then, so the read that follows sees it.
class StoreClient : public QObject
{
    Q_OBJECT
public:
    explicit StoreClient(QObject* parent = nullptr);
    ~StoreClient() override; // cancels the running queries, stops the threads

    // readConninfo empty (or the same as conninfo): everything on one connection.
    void open(const QString& conninfo, const QString& readConninfo = {});
    QString conninfo() const { return m_conninfo; }
    // Where reads go: the read store's connection string, else conninfo().
    QString readConninfo() const;
    bool hasReadStore() const { return !m_readConninfo.isEmpty(); }
    // Both connections together: Connected when both are; user and role are the primary's;
    // readServer names the read store (readStoreDown when it is the one not connected).
    ConnectionState state() const { return m_state; }
    // The primary's connection alone: where operator actions go.
    ConnectionState primaryState() const;
    // Operator actions can be sent now: the primary is connected (the read store may not be).
    bool canAct() const;
    // The longest the read connection waits for the replica to catch up with the primary.
    static constexpr std::chrono::seconds readCatchUpLimit{10};

    using Callback = std::function<void(const QueryResult&)>;
    // Calls callback on this client's thread, unless context has died by then (a null
    // context means the client itself). Returns the job's number.
    quint64 run(const Query& query, QObject* context, Callback callback);

    // LISTEN on channel on the primary (kept across reconnects); notifications arrive as
    // notified().
    void listen(const QString& channel);

    // While the store is out of reach or refusing: try again now rather than at retryAt.
    void retryNow();
    // How long to wait before asking again after a refusal (default 30 s).
    void setRefusalRetry(std::chrono::milliseconds delay);

    // A query unanswered for this long (default 3 s) makes the client "waiting on the store":
    // a lock held, a slow statement. Nothing times out; the answer is awaited off this thread.
    void setWaitThreshold(std::chrono::milliseconds threshold);
    // When the oldest unanswered query was asked, if it is over the threshold; else invalid.
    QDateTime waitingSince() const { return m_waitingSince; }

signals:
    void stateChanged(const ConnectionState& state);
    void notified(const QString& channel, const QString& payload);
    // waitingSince() changed: valid when a query passed the threshold, invalid once answered.
    void waitingChanged(const QDateTime& since);

private:
    // One StoreSession on a thread of its own.
    class Lane;
    struct Pending
    {
        QPointer<QObject> context;
        Callback callback;
        qint64 askedMs = 0; // on m_clock
        QDateTime askedAt;
    };
    quint64 submit(Lane* lane, const Query& query, QObject* context, Callback callback);
    // With a read store: reads queued after then() runs see what the primary holds now.
    void catchUpReads(std::function<void()> then);
    void passOnNotifications();
    void deliver(quint64 job, const QueryResult& result);
    void updateState();
    void checkWaiting();

    std::unique_ptr<Lane> m_primary;
    std::unique_ptr<Lane> m_read; // made when a read store is first opened
    QString m_conninfo;
    QString m_readConninfo;
    ConnectionState m_state;
    quint64 m_nextJob = 1;
    QMap<quint64, Pending> m_pending; // by job number: the oldest first
    QElapsedTimer m_clock;
    QTimer m_waitCheck;
    std::chrono::milliseconds m_waitThreshold{3000};
    std::optional<std::chrono::milliseconds> m_refusalRetry;
    QDateTime m_waitingSince;
    QList<std::pair<QString, QString>> m_heldNotifications; // channel, payload
    bool m_catchingUp = false;                              // for m_heldNotifications
};
