#pragma once

#include "ConnectionState.h"
#include "Query.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>

class StoreSession;

// The GUI's handle on the store. Queries run on a worker thread; their results come back as a
// queued call to a callback, which is dropped if its context object has died in the meantime.
// Nothing here ever blocks the calling thread on the network.
//
//   client->run({sql, params}, this, [this](const QueryResult& r) { model->setResult(r); });
class StoreClient : public QObject
{
    Q_OBJECT
public:
    explicit StoreClient(QObject* parent = nullptr);
    ~StoreClient() override; // cancels the running query, stops the thread

    void open(const QString& conninfo);
    QString conninfo() const { return m_conninfo; }
    ConnectionState state() const { return m_state; }

    using Callback = std::function<void(const QueryResult&)>;
    // Calls callback on this client's thread, unless context has died by then (a null
    // context means the client itself). Returns the job's number.
    quint64 run(const Query& query, QObject* context, Callback callback);

    // LISTEN on channel (kept across reconnects); notifications arrive as notified().
    void listen(const QString& channel);

signals:
    void stateChanged(const ConnectionState& state);
    void notified(const QString& channel, const QString& payload);

private:
    struct Pending
    {
        QPointer<QObject> context;
        Callback callback;
    };
    void deliver(quint64 job, const QueryResult& result);

    QThread m_thread;
    StoreSession* m_session; // lives on m_thread, deleted when it finishes
    QString m_conninfo;
    ConnectionState m_state;
    quint64 m_nextJob = 1;
    QHash<quint64, Pending> m_pending;
};
