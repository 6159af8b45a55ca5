#include "CashbackProbe.h"

#include "CreditQueue.h"
#include "store/StoreError.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

CashbackProbe::CashbackProbe(QString dsn, AmqpEndpoint broker)
    : m_dsn(std::move(dsn))
    , m_endpoint(std::move(broker))
{}

CashbackProbe::Reading CashbackProbe::read()
{
    const auto now = std::chrono::steady_clock::now();
    if (m_readAt && now - *m_readAt < 1s)
        return m_last;
    Reading reading;
    probeStore(reading);
    probeBroker(reading);
    m_last = reading;
    m_readAt = now;
    return reading;
}

void CashbackProbe::probeStore(Reading& reading)
{
    try {
        if (!m_store)
            m_store.emplace(PgConnection::open(m_dsn));
        m_store->exec(u"SELECT 1"_s);
        reading.store = true;
    } catch (const StoreError& error) {
        m_store.reset();
        reading.reason = u"store: "_s + error.message().trimmed();
    }
}

void CashbackProbe::probeBroker(Reading& reading)
{
    try {
        if (!m_broker)
            m_broker.emplace(AmqpConnection::open(m_endpoint, 2s));
        reading.broker = true;
        reading.creditQueue = m_broker->readyMessages(CreditQueue::name);
        reading.deadQueue = m_broker->readyMessages(CreditQueue::deadName);
    } catch (const AmqpError& error) {
        // A queue not declared yet closes the channel: reopen next time.
        m_broker.reset();
        if (!reading.broker) {
            const QString broker = u"broker: "_s + QString::fromUtf8(error.what());
            reading.reason += (reading.reason.isEmpty() ? u""_s : u"; "_s) + broker;
        }
    }
}
