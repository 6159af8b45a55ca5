#include "PaymentTraffic.h"

#include "ingest/EventLoader.h"
#include "store/PgConnection.h"
#include "store/StoreError.h"

#include <QDateTime>

namespace {

qint64 nowMicros()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

// Catching up after an outage of the store goes by slices of this much traffic time.
constexpr qint64 maxSlice = 5'000'000;

} // namespace

PaymentTraffic::PaymentTraffic(QString dsn, TrafficModel::Options options, const Scenario& scenario,
                               QObject* parent)
    : QObject(parent)
    , m_dsn(std::move(dsn))
    , m_model(options, scenario)
    , m_generatedUntil(options.start)
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &PaymentTraffic::tick);
}

PaymentTraffic::~PaymentTraffic() = default;

void PaymentTraffic::start()
{
    m_timer.start();
}

void PaymentTraffic::stop()
{
    m_timer.stop();
}

void PaymentTraffic::tick()
{
    if (!m_waiting) {
        const qint64 until = std::min(nowMicros(), m_generatedUntil + maxSlice);
        IngestBatch& batch = m_waiting.emplace();
        m_model.generate(until, [&batch](const PaymentEvent& event) { batch.addEvent(event); });
        m_generatedUntil = std::max(m_generatedUntil, until);
        m_totals.payments = m_model.payments();
    }
    load();
}

bool PaymentTraffic::load()
{
    if (m_waiting->eventCount == 0) {
        m_waiting.reset();
        return true;
    }
    try {
        if (!m_loader) {
            m_connection.reset();
            auto connection = std::make_unique<PgConnection>(PgConnection::open(m_dsn));
            m_loader = std::make_unique<EventLoader>(*connection);
            m_connection = std::move(connection);
        }
        const EventLoader::Result result = m_loader->load(*m_waiting);
        m_totals.loaded += result.loaded;
        m_totals.duplicates += result.duplicates;
        m_totals.storeOk = true;
        m_waiting.reset();
        return true;
    } catch (const StoreError& error) {
        ++m_totals.failures;
        m_totals.storeOk = false;
        if (error.isConnectionLoss() || !m_connection || !m_connection->isAlive()) {
            m_loader.reset();
            m_connection.reset();
        }
        emit failed(error.message());
        return false;
    }
}
