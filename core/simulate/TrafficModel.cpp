#include "TrafficModel.h"

#include "Scenario.h"
#include "TrafficCatalog.h"

#include <algorithm>
#include <cmath>

using namespace TrafficCatalog;

namespace {

constexpr qint64 millisecond = 1'000;
constexpr qint64 second = 1'000'000;
constexpr double zipfExponent = 0.9;
constexpr double captureShare = 0.92;
constexpr double refundShare = 0.03;
constexpr double merchantFailureShare = 0.01;

enum Status : std::uint8_t
{
    Created,
    Authorized,
    Captured,
    Failed,
    Refunded
};
constexpr std::string_view statusNames[] = {"created", "authorized", "captured", "failed",
                                            "refunded"};

// Customer-caused failures by method (UPI and netbanking lose more payers on the way).
constexpr double customerFailureShare[] = {0.06, 0.09, 0.08, 0.05};
// Milliseconds from created to the outcome, by method.
constexpr std::pair<int, int> outcomeLatency[] = {
    {800, 4000}, {1500, 12000}, {4000, 40000}, {600, 3000}};

qint64 toMillis(qint64 micros)
{
    return micros / millisecond * millisecond;
}

// Cumulative weights, for a binary search with a uniform draw.
template<typename T, std::size_t N> std::vector<double> cumulative(const std::array<T, N>& table)
{
    std::vector<double> sums;
    double total = 0;
    for (const T& entry : table)
        sums.push_back(total += entry.weight);
    return sums;
}

int draw(SimRandom& random, const std::vector<double>& sums)
{
    const double point = random.uniform() * sums.back();
    const auto found = std::upper_bound(sums.begin(), sums.end(), point);
    return int(std::min<std::ptrdiff_t>(found - sums.begin(), std::ptrdiff_t(sums.size()) - 1));
}

// A linear walk: the tables are short, and each has its own weights.
template<std::size_t N>
const Failure* drawFailure(SimRandom& random, const std::array<Failure, N>& table)
{
    double total = 0;
    for (const Failure& failure : table)
        total += failure.weight;
    double point = random.uniform() * total;
    for (const Failure& failure : table) {
        if ((point -= failure.weight) < 0)
            return &failure;
    }
    return &table.back();
}

void appendBase36(std::string& out, std::uint64_t value)
{
    char digits[16];
    int length = 0;
    do {
        digits[length++] = "0123456789abcdefghijklmnopqrstuvwxyz"[value % 36];
        value /= 36;
    } while (value != 0);
    while (length > 0)
        out += digits[--length];
}

double diurnalRaw(double hourOfDay)
{
    auto bump = [&](double centre, double width) {
        const double distance =
            std::min(std::abs(hourOfDay - centre), 24 - std::abs(hourOfDay - centre));
        return std::exp(-distance * distance / (2 * width * width));
    };
    return 0.12 + 0.8 * bump(12.5, 3.0) + 0.95 * bump(20.5, 2.2);
}

double diurnalMean()
{
    double sum = 0;
    for (int minute = 0; minute < 1440; ++minute)
        sum += diurnalRaw(minute / 60.0);
    return sum / 1440;
}

} // namespace

TrafficModel::TrafficModel(Options options, const Scenario& scenario)
    : m_options(std::move(options))
    , m_random(m_options.seed)
{
    std::uint64_t tagSeed = m_options.seed * 0x9e3779b97f4a7c15ULL ^ std::uint64_t(m_options.start);
    std::uint64_t tag = SimRandom::splitmix(tagSeed);
    for (int i = 0; i < 8; ++i, tag >>= 5)
        m_runTag += "0123456789abcdefghjkmnpqrstvwxyz"[tag & 31];
    setUpMerchants();
    for (std::size_t method = 0; method < methods.size(); ++method) {
        std::vector<double> sums;
        double total = 0;
        for (const Issuer& issuer : issuers)
            sums.push_back(total += issues(issuer, methods[method].name) ? issuer.weight : 0);
        m_issuerCumulative.push_back(std::move(sums));
    }
    const QList<Incident>& incidents = scenario.incidents();
    for (qsizetype i = 0; i < incidents.size(); ++i) {
        const Incident& incident = incidents[i];
        ActiveIncident active{incident, indexOf(methods, incident.method.toStdString()),
                              indexOf(issuers, incident.issuer.toStdString()),
                              indexOf(gateways, incident.gateway.toStdString()),
                              int(m_merchantNames.indexOf(incident.merchant))};
        if (!incident.merchant.isEmpty() && active.merchant < 0 && m_unknownMerchant.isEmpty())
            m_unknownMerchant =
                QStringLiteral("incidents[%1].merchant: %2 is not one of the "
                               "simulated merchants (%3 ... %4)")
                    .arg(i)
                    .arg(incident.merchant, m_merchantNames.first(), m_merchantNames.last());
        m_incidents.push_back(std::move(active));
    }
    m_nextArrival = nextArrival(m_options.start);
}

void TrafficModel::setUpMerchants()
{
    m_merchantNames = m_options.merchants;
    if (m_merchantNames.isEmpty()) {
        const int count = std::clamp(m_options.merchantCount, 1, 9999);
        for (int i = 1; i <= count; ++i)
            m_merchantNames.append(QStringLiteral("m_%1").arg(i, 4, 10, QLatin1Char('0')));
    }
    if (m_merchantNames.size() > 60'000)
        m_merchantNames.resize(60'000);
    std::uint64_t seed = m_options.seed ^ 0x6d65726368616e74ULL;
    SimRandom random(SimRandom::splitmix(seed));
    const std::vector<double> gatewaySums = cumulative(gateways);
    double total = 0;
    for (qsizetype i = 0; i < m_merchantNames.size(); ++i) {
        m_merchants.push_back(Merchant{m_merchantNames[i].toStdString(),
                                       0.985 + 0.015 * random.uniform(),
                                       draw(random, gatewaySums)});
        m_merchantCumulative.push_back(total += 1.0 / std::pow(double(i + 1), zipfExponent));
    }
}

QString TrafficModel::unknownMerchant() const
{
    return m_unknownMerchant;
}

double TrafficModel::diurnal(qint64 micros)
{
    static const double mean = diurnalMean();
    constexpr qint64 india = 5 * 3600 + 1800; // UTC+05:30
    const qint64 secondOfDay = ((micros / second + india) % 86400 + 86400) % 86400;
    return diurnalRaw(double(secondOfDay) / 3600) / mean;
}

qint64 TrafficModel::nextArrival(qint64 after)
{
    const double perSecond = m_options.rate * (m_options.diurnal ? diurnal(after) : 1.0);
    if (perSecond <= 0)
        return std::numeric_limits<qint64>::max();
    return after + qint64(m_random.exponential(double(second) / perSecond));
}

void TrafficModel::generate(qint64 until, const Sink& sink)
{
    for (;;) {
        const qint64 due =
            m_pending.empty() ? std::numeric_limits<qint64>::max() : m_pending.top().at;
        if (m_nextArrival < m_options.end && m_nextArrival < until && m_nextArrival <= due) {
            startPayment(toMillis(m_nextArrival));
            m_nextArrival = nextArrival(m_nextArrival);
        } else if (due < until) {
            const Pending next = m_pending.top();
            m_pending.pop();
            deliver(next, sink);
        } else {
            return;
        }
    }
}

void TrafficModel::finish(const Sink& sink)
{
    while (!m_pending.empty()) {
        const Pending next = m_pending.top();
        m_pending.pop();
        deliver(next, sink);
    }
}

TrafficModel::Payment TrafficModel::drawPayment()
{
    Payment payment;
    payment.number = std::uint64_t(m_payments++);
    payment.merchant = std::uint16_t(draw(m_random, m_merchantCumulative));
    static const std::vector<double> methodSums = cumulative(methods);
    payment.method = std::uint8_t(draw(m_random, methodSums));
    payment.issuer = std::uint8_t(draw(m_random, m_issuerCumulative[payment.method]));
    const Issuer& issuer = issuers[payment.issuer];
    if (methods[payment.method].name == "card") {
        static const std::vector<double> indian = cumulative(indianNetworks);
        static const std::vector<double> european = cumulative(europeanNetworks);
        static const std::vector<double> types = cumulative(cardTypes);
        payment.network = std::int8_t(issuer.region == Region::Europe ? draw(m_random, european)
                                                                      : draw(m_random, indian));
        payment.cardType = std::int8_t(draw(m_random, types));
    }
    static const std::vector<double> gatewaySums = cumulative(gateways);
    payment.gateway = std::uint8_t(m_random.chance(0.7) ? m_merchants[payment.merchant].gateway
                                                        : draw(m_random, gatewaySums));
    payment.customer = std::uint32_t(m_random.between(1, std::max(1, m_options.customers)));
    const bool euro = issuer.region == Region::Europe;
    const double low = std::log(euro ? 500.0 : 2'000.0);
    const double high = std::log(euro ? 50'000.0 : 2'000'000.0);
    payment.amount = std::max<std::int64_t>(
        100, std::int64_t(std::exp(low + (high - low) * m_random.uniform())) / 100 * 100);
    return payment;
}

void TrafficModel::startPayment(qint64 at)
{
    const Payment payment = drawPayment();
    schedule(payment, Created, at);
    const auto [low, high] = outcomeLatency[payment.method];
    decide(payment, at + m_random.between(low, high) * millisecond);
}

void TrafficModel::decide(const Payment& payment, qint64 at)
{
    if (m_random.chance(customerFailureShare[payment.method]))
        return schedule(payment, Failed, at, drawFailure(m_random, customerFailures));
    if (m_random.chance(merchantFailureShare))
        return schedule(payment, Failed, at, drawFailure(m_random, merchantFailures));
    const ActiveIncident* incident = incidentFor(payment, at);
    const double rate = incident ? incident->incident.successRate : successRate(payment);
    if (!m_random.chance(rate)) {
        const Failure* failure = drawFailure(m_random, usualFailures);
        if (incident) {
            switch (incident->incident.kind) {
            case Incident::Kind::IssuerDown:
                failure = drawFailure(m_random, issuerDownFailures);
                break;
            case Incident::Kind::MethodDegraded:
                failure = drawFailure(m_random, degradedFailures);
                break;
            case Incident::Kind::GatewayFlapping:
                failure = drawFailure(m_random, gatewayDownFailures);
                break;
            case Incident::Kind::MerchantBroken:
                failure = drawFailure(m_random, brokenMerchantFailures);
                break;
            }
        }
        return schedule(payment, Failed, at, failure);
    }
    schedule(payment, Authorized, at);
    if (!m_random.chance(captureShare))
        return;
    const qint64 captured = at + m_random.between(2'000, 20'000) * millisecond;
    schedule(payment, Captured, captured);
    if (m_random.chance(refundShare))
        schedule(payment, Refunded, captured + m_random.between(60, 900) * second);
}

const TrafficModel::ActiveIncident* TrafficModel::incidentFor(const Payment& payment,
                                                              qint64 at) const
{
    const ActiveIncident* worst = nullptr;
    for (const ActiveIncident& active : m_incidents) {
        if ((active.method >= 0 && active.method != payment.method) ||
            (active.issuer >= 0 && active.issuer != payment.issuer) ||
            (active.gateway >= 0 && active.gateway != payment.gateway) ||
            (!active.incident.merchant.isEmpty() && active.merchant != payment.merchant) ||
            !active.incident.activeAt(at - m_options.start))
            continue;
        if (!worst || active.incident.successRate < worst->incident.successRate)
            worst = &active;
    }
    return worst;
}

double TrafficModel::successRate(const Payment& payment) const
{
    double rate = issuers[payment.issuer].successRate * methods[payment.method].factor *
                  gateways[payment.gateway].factor * m_merchants[payment.merchant].successFactor;
    if (payment.cardType >= 0)
        rate *= cardTypes[std::size_t(payment.cardType)].factor;
    return rate;
}

void TrafficModel::schedule(const Payment& payment, std::uint8_t status, qint64 at,
                            const Failure* failure)
{
    m_pending.push(Pending{at, m_sequence++, payment, status, failure});
}

void TrafficModel::deliver(const Pending& pending, const Sink& sink)
{
    const Payment& payment = pending.payment;
    PaymentEvent& event = m_event;
    event.id.assign("evt_").append(m_runTag).append("_");
    appendBase36(event.id, pending.sequence);
    event.paymentId.assign("pay_").append(m_runTag).append("_");
    appendBase36(event.paymentId, payment.number);
    event.merchantId = m_merchants[payment.merchant].name;
    event.status = statusNames[pending.status];
    event.method = methods[payment.method].name;
    const Issuer& issuer = issuers[payment.issuer];
    event.issuer = std::string(issuer.name);
    if (payment.network >= 0) {
        const auto& networks = issuer.region == Region::Europe ? europeanNetworks : indianNetworks;
        event.network = std::string(networks[std::size_t(payment.network)].name);
        event.cardType = std::string(cardTypes[std::size_t(payment.cardType)].name);
    } else {
        event.network.reset();
        event.cardType.reset();
    }
    event.gateway = std::string(gateways[payment.gateway].name);
    event.amount = payment.amount;
    event.currency = issuer.region == Region::Europe ? "EUR" : "INR";
    if (const Failure* failure = pending.failure) {
        event.errorCode = std::string(failure->code);
        event.errorSource = std::string(failure->source);
    } else {
        event.errorCode.reset();
        event.errorSource.reset();
    }
    event.occurredAt = pending.at;
    char customer[48];
    const int length = std::snprintf(customer, sizeof customer, "{\"customer_id\":\"c_%06u\"}",
                                     unsigned(payment.customer));
    event.extra.assign(customer, std::size_t(length));
    ++m_events;
    sink(event);
}
