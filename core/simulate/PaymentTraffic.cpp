#include "PaymentTraffic.h"

#include "ingest/EventLoader.h"
#include "store/PgConnection.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <array>

namespace {

struct Weighted
{
    const char* value;
    int weight;
};

template<std::size_t N>
const char* pick(QRandomGenerator& random, const std::array<Weighted, N>& choices)
{
    int total = 0;
    for (const Weighted& choice : choices)
        total += choice.weight;
    int draw = random.bounded(total);
    for (const Weighted& choice : choices) {
        if ((draw -= choice.weight) < 0)
            return choice.value;
    }
    return choices.back().value;
}

constexpr std::array<Weighted, 4> methods{
    {{"card", 50}, {"upi", 32}, {"netbanking", 12}, {"wallet", 6}}};
constexpr std::array<Weighted, 7> issuers{
    {{"HDFC", 30}, {"ICICI", 25}, {"SBI", 20}, {"AXIS", 10}, {"KOTAK", 8}, {"YES", 4}, {"PNB", 3}}};
constexpr std::array<Weighted, 4> wallets{
    {{"Paytm", 40}, {"PhonePe", 35}, {"AmazonPay", 15}, {"Mobikwik", 10}}};
constexpr std::array<Weighted, 4> networks{
    {{"visa", 45}, {"mastercard", 35}, {"rupay", 15}, {"amex", 5}}};
constexpr std::array<Weighted, 3> cardTypes{{{"debit", 50}, {"credit", 45}, {"prepaid", 5}}};
constexpr std::array<Weighted, 3> gateways{{{"gw_a", 55}, {"gw_b", 35}, {"gw_c", 10}}};
constexpr std::array<Weighted, 5> failures{{{"bank:BANK_DECLINED", 25},
                                            {"bank:ISSUER_UNAVAILABLE", 15},
                                            {"customer:USER_CANCELLED", 30},
                                            {"gateway:GATEWAY_TIMEOUT", 15},
                                            {"customer:INCORRECT_OTP", 15}}};

constexpr qint64 second = 1'000'000;

std::string randomId(QRandomGenerator& random, const char* prefix)
{
    static constexpr char digits[] = "0123456789abcdefghjkmnpqrstvwxyz";
    std::string id = prefix;
    for (int i = 0; i < 20; ++i)
        id += digits[random.bounded(32)];
    return id;
}

qint64 nowMicros()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

} // namespace

PaymentTraffic::PaymentTraffic(QString dsn, QStringList merchants, double paymentsPerSecond,
                               QObject* parent)
    : QObject(parent)
    , m_dsn(std::move(dsn))
    , m_merchants(std::move(merchants))
    , m_rate(paymentsPerSecond)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &PaymentTraffic::tick);
}

PaymentTraffic::~PaymentTraffic() = default;

void PaymentTraffic::start()
{
    m_lastTick = nowMicros();
    m_timer.start();
}

void PaymentTraffic::stop()
{
    m_timer.stop();
}

void PaymentTraffic::tick()
{
    const qint64 now = nowMicros();
    m_owed += m_rate * double(now - m_lastTick) / double(second);
    m_lastTick = now;
    for (; m_owed >= 1; m_owed -= 1)
        startPayment(now);
    load(now);
}

void PaymentTraffic::startPayment(qint64 now)
{
    PaymentEvent event;
    event.paymentId = randomId(m_random, "pay_sim_");
    event.merchantId = m_merchants.at(m_random.bounded(int(m_merchants.size()))).toStdString();
    event.method = pick(m_random, methods);
    event.issuer = event.method == "wallet" ? pick(m_random, wallets) : pick(m_random, issuers);
    if (event.method == "card") {
        event.network = pick(m_random, networks);
        event.cardType = pick(m_random, cardTypes);
    }
    event.gateway = pick(m_random, gateways);
    event.amount = std::max<qint64>(100, qint64(m_random.bounded(5'000'000)) / 100 * 100);
    event.currency = m_random.bounded(100) < 95 ? "INR" : "USD";
    ++m_totals.payments;

    qint64 at = now;
    schedule(event, "created", at);
    at += (800 + m_random.bounded(3000)) * 1000LL;
    if (m_random.bounded(100) < 12) {
        const std::string failure = pick(m_random, failures);
        const auto colon = failure.find(':');
        PaymentEvent failed = event;
        failed.errorSource = failure.substr(0, colon);
        failed.errorCode = failure.substr(colon + 1);
        schedule(failed, "failed", at);
        return;
    }
    schedule(event, "authorized", at);
    if (m_random.bounded(100) >= 93)
        return;
    at += (500 + m_random.bounded(5000)) * 1000LL;
    schedule(event, "captured", at);
    if (m_random.bounded(100) < 3)
        schedule(event, "refunded", at + (10 + m_random.bounded(50)) * second);
}

void PaymentTraffic::schedule(PaymentEvent event, const char* status, qint64 atMicros)
{
    event.id = randomId(m_random, "evt_sim_");
    event.status = status;
    event.occurredAt = atMicros;
    m_upcoming.emplace(atMicros, std::move(event));
}

bool PaymentTraffic::load(qint64 now)
{
    if (!m_waiting)
        m_waiting.emplace();
    IngestBatch& batch = *m_waiting;
    constexpr qint64 maxWaiting = 200'000;
    while (!m_upcoming.empty() && m_upcoming.begin()->first <= now &&
           batch.eventCount < maxWaiting) {
        const PaymentEvent& event = m_upcoming.begin()->second;
        batch.addEvent(event);
        m_upcoming.erase(m_upcoming.begin());
    }
    if (batch.eventCount == 0)
        return true;
    try {
        if (!m_loader) {
            m_connection.reset();
            auto connection = std::make_unique<PgConnection>(PgConnection::open(m_dsn));
            m_loader = std::make_unique<EventLoader>(*connection);
            m_connection = std::move(connection);
        }
        const EventLoader::Result result = m_loader->load(batch);
        m_totals.loaded += result.loaded;
        m_waiting.reset();
        return true;
    } catch (const StoreError& error) {
        ++m_totals.failures;
        if (error.isConnectionLoss() || !m_connection || !m_connection->isAlive()) {
            m_loader.reset();
            m_connection.reset();
        }
        emit failed(error.message());
        return false;
    }
}
