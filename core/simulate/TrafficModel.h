#pragma once

#include "Incident.h"
#include "SimRandom.h"
#include "TrafficCatalog.h"
#include "ingest/PaymentEvent.h"

#include <QStringList>
#include <functional>
#include <limits>
#include <queue>
#include <string>
#include <vector>

class Scenario;

// Realistic payment traffic, pure and deterministic: the same options and scenario give the
// same events. Payments arrive as a Poisson process at `rate` (times a diurnal curve in
// India's time zone whose mean over a day is 1), at merchants of Zipf-skewed volume, over
// methods, issuers, networks, card types and gateways of TrafficCatalog; each payment is
// `created`, then `authorized` or `failed` (customer and merchant failures, which do not
// count, and failures of the bank, gateway or platform, which do), then `captured` for most
// authorized ones and `refunded` for a few. The success rate of the payments that count is
// the issuer's times factors of the method, card type, gateway and merchant (about 0.90 to
// 0.98); an active incident that hits a payment sets it to the incident's. Every event
// carries the extra field customer_id.
class TrafficModel
{
public:
    struct Options
    {
        std::uint64_t seed = 1;
        qint64 start = 0; // microseconds since the epoch; incidents are relative to it
        qint64 end = std::numeric_limits<qint64>::max(); // no payment starts from then on
        double rate = 100; // payments a second (the day's mean with the diurnal curve)
        bool diurnal = true;
        QStringList merchants; // empty: m_0001 ... m_<merchantCount>
        int merchantCount = 300;
        int customers = 200'000;
    };
    using Sink = std::function<void(const PaymentEvent&)>;

    TrafficModel(Options options, const Scenario& scenario);

    // Emits, in occurred_at order, every event before `until` (payments start up to then).
    void generate(qint64 until, const Sink& sink);
    // Emits what is left of the payments started (their captures and refunds).
    void finish(const Sink& sink);

    qint64 payments() const { return m_payments; }
    qint64 events() const { return m_events; }
    const QStringList& merchants() const { return m_merchantNames; }
    // The first incident whose merchant is not one of the traffic's, as "incidents[i].merchant:
    // why", or an empty text.
    QString unknownMerchant() const;

    // The volume factor at that time (mean 1 over a day).
    static double diurnal(qint64 micros);

private:
    struct Payment
    {
        std::uint64_t number = 0;
        std::int64_t amount = 0;
        std::uint32_t customer = 0;
        std::uint16_t merchant = 0;
        std::uint8_t method = 0;
        std::uint8_t issuer = 0;
        std::int8_t network = -1;
        std::int8_t cardType = -1;
        std::uint8_t gateway = 0;
    };
    struct Pending
    {
        qint64 at = 0;
        std::uint64_t sequence = 0;
        Payment payment;
        std::uint8_t status = 0;
        const TrafficCatalog::Failure* failure = nullptr;
        bool operator>(const Pending& other) const
        {
            return at != other.at ? at > other.at : sequence > other.sequence;
        }
    };
    struct Merchant
    {
        std::string name;
        double successFactor = 1;
        int gateway = 0;
    };
    struct ActiveIncident
    {
        Incident incident;
        int method = -1; // indexes into TrafficCatalog; -1 any
        int issuer = -1;
        int gateway = -1;
        int merchant = -1;
    };

    void setUpMerchants();
    void startPayment(qint64 at);
    Payment drawPayment();
    void decide(const Payment& payment, qint64 at);
    const ActiveIncident* incidentFor(const Payment& payment, qint64 at) const;
    double successRate(const Payment& payment) const;
    void schedule(const Payment& payment, std::uint8_t status, qint64 at,
                  const TrafficCatalog::Failure* failure = nullptr);
    void deliver(const Pending& pending, const Sink& sink);
    qint64 nextArrival(qint64 after);

    Options m_options;
    SimRandom m_random;
    std::string m_runTag;
    std::vector<Merchant> m_merchants;
    std::vector<double> m_merchantCumulative;
    std::vector<std::vector<double>> m_issuerCumulative; // per method, over all issuers
    QStringList m_merchantNames;
    std::vector<ActiveIncident> m_incidents;
    QString m_unknownMerchant;
    std::priority_queue<Pending, std::vector<Pending>, std::greater<>> m_pending;
    qint64 m_nextArrival = 0;
    std::uint64_t m_sequence = 0;
    qint64 m_payments = 0;
    qint64 m_events = 0;
    PaymentEvent m_event; // reused: its strings keep their capacity
};
