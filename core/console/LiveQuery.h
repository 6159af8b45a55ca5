#pragma once

#include "store/ConnectionState.h"
#include "store/Query.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <chrono>
#include <functional>

class StoreClient;

// Keeps one query's result fresh: reruns it on a period, after a NOTIFY on the channels it
// follows (coalesced: at most one run per minimum gap), and whenever the connection comes
// (back) up. Never more than one run in flight; a request during a run runs once after it.
class LiveQuery : public QObject
{
    Q_OBJECT
public:
    LiveQuery(StoreClient* client, Query query, QObject* parent = nullptr);

    void setInterval(std::chrono::milliseconds interval);
    void setMinimumGap(std::chrono::milliseconds gap);
    void refreshOn(const QString& channel);

    // Runs the query now if the store is connected (or once the running one is done).
    void refresh();
    // Replaces the query and runs it; a result of the old one still under way is dropped.
    void setQuery(Query query);
    // Asks provider for the query at every run instead (a query that depends on what the
    // previous results brought, say); runs it now, dropping a result still under way.
    void setQueryProvider(std::function<Query()> provider);

signals:
    void resultReady(const QueryResult& result);

private:
    void onStateChanged(const ConnectionState& state);
    void onNotified(const QString& channel);
    void finish(const QueryResult& result, quint64 generation);

    StoreClient* m_client;
    Query m_query;
    std::function<Query()> m_provider;
    QTimer m_periodic;
    QTimer m_coalesce;
    QStringList m_channels;
    std::chrono::milliseconds m_gap{1000};
    QElapsedTimer m_sinceLastRun;
    bool m_inFlight = false;
    bool m_again = false;
    quint64 m_generation = 0;
};
