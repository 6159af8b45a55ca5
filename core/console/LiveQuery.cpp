#include "LiveQuery.h"

#include "store/StoreClient.h"

#include <algorithm>

using namespace std::chrono_literals;

LiveQuery::LiveQuery(StoreClient* client, Query query, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_query(std::move(query))
{
    m_periodic.setInterval(5s);
    m_coalesce.setSingleShot(true);
    connect(&m_periodic, &QTimer::timeout, this, &LiveQuery::refresh);
    connect(&m_coalesce, &QTimer::timeout, this, &LiveQuery::refresh);
    connect(m_client, &StoreClient::stateChanged, this, &LiveQuery::onStateChanged);
    connect(m_client, &StoreClient::notified, this,
            [this](const QString& channel, const QString&) { onNotified(channel); });
    m_periodic.start();
    if (m_client->state().kind == ConnectionState::Connected)
        QTimer::singleShot(0, this, &LiveQuery::refresh);
}

void LiveQuery::setInterval(std::chrono::milliseconds interval)
{
    m_periodic.setInterval(interval);
}

void LiveQuery::setMinimumGap(std::chrono::milliseconds gap)
{
    m_gap = gap;
}

void LiveQuery::refreshOn(const QString& channel)
{
    m_channels.append(channel);
    m_client->listen(channel);
}

void LiveQuery::refresh()
{
    if (m_client->state().kind != ConnectionState::Connected)
        return;
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    m_sinceLastRun.start();
    m_client->run(m_provider ? m_provider() : m_query, this,
                  [this, generation = m_generation](const QueryResult& result) {
                      finish(result, generation);
                  });
}

void LiveQuery::setQuery(Query query)
{
    m_query = std::move(query);
    ++m_generation;
    refresh();
}

void LiveQuery::setQueryProvider(std::function<Query()> provider)
{
    m_provider = std::move(provider);
    ++m_generation;
    refresh();
}

void LiveQuery::onStateChanged(const ConnectionState& state)
{
    if (state.kind == ConnectionState::Connected) {
        refresh();
        return;
    }
    // A run cut short by the connection loss answers with an error, or not at all.
    m_inFlight = false;
    m_again = false;
}

void LiveQuery::onNotified(const QString& channel)
{
    if (!m_channels.contains(channel) || m_coalesce.isActive())
        return;
    const qint64 elapsed = m_sinceLastRun.isValid() ? m_sinceLastRun.elapsed() : m_gap.count();
    m_coalesce.start(std::max<qint64>(0, m_gap.count() - elapsed));
}

void LiveQuery::finish(const QueryResult& result, quint64 generation)
{
    m_inFlight = false;
    if (generation == m_generation)
        emit resultReady(result);
    if (m_again) {
        m_again = false;
        refresh();
    }
}
