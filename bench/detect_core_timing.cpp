// Times the detection core (Detector, no store) on synthetic payment events generated in
// memory: several methods, 40 issuers, 4 networks, 3 card types, 6 gateways, 300 merchants
// (Zipf), one issuer outage. Prints events/s by wall time and by this thread's CPU time.
//
// usage: detect_core_timing [--events N] [--rate PAYMENTS_PER_SECOND]
#include "detect/DetectionRule.h"
#include "detect/Detector.h"
#include "ingest/PaymentEvent.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QStringList>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

namespace {

constexpr std::int64_t Second = 1'000'000;
constexpr std::int64_t Start = 1'764'000'000 * Second;

class Random
{
public:
    std::uint64_t next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 0x2545F4914F6CDD1Dull;
    }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    std::size_t below(std::size_t n) { return std::size_t(next() % n); }

private:
    std::uint64_t m_state = 0x9E3779B97F4A7C15ull;
};

struct Names
{
    std::vector<std::string> issuers, merchants;
    std::vector<std::string> networks = {"visa", "mastercard", "rupay", "amex"};
    std::vector<std::string> cardTypes = {"credit", "debit", "prepaid"};
    std::vector<std::string> gateways = {"razorpay-a", "razorpay-b", "hdfc-pg",
                                         "icici-pg",   "axis-pg",    "payu"};
    std::vector<double> merchantCdf;

    Names()
    {
        for (int i = 0; i < 40; ++i)
            issuers.push_back("BANK" + std::to_string(i));
        double total = 0;
        for (int i = 0; i < 300; ++i) {
            merchants.push_back("merchant_" + std::to_string(i));
            total += 1.0 / (i + 1);
            merchantCdf.push_back(total);
        }
        for (double& c : merchantCdf)
            c /= total;
    }
};

// Builds the events of one payment into `out` (reusing its strings); returns how many.
class Generator
{
public:
    explicit Generator(std::int64_t paymentsPerSecond)
        : m_gap(Second / std::max<std::int64_t>(1, paymentsPerSecond))
    {}

    int payment(std::vector<PaymentEvent>& out, std::size_t at)
    {
        const std::int64_t t = Start + m_payments * m_gap + std::int64_t(m_random.below(500'000));
        const std::string id = "pay_" + std::to_string(++m_payments);
        PaymentEvent base;
        chooseDimensions(base);
        base.paymentId = id;
        const bool success = m_random.unit() < successRate(base, t);
        int count = 0;
        put(out, at + count++, base, "created", t, nullptr);
        if (success) {
            put(out, at + count++, base, "authorized", t + 300'000, nullptr);
            if (m_random.unit() < 0.85)
                put(out, at + count++, base, "captured", t + 1'200'000, nullptr);
        } else {
            static const char* sources[] = {"bank",     "bank",     "gateway",  "customer",
                                            "customer", "customer", "merchant", "internal"};
            put(out, at + count++, base, "failed", t + 400'000, sources[m_random.below(8)]);
        }
        return count;
    }
    std::int64_t payments() const { return m_payments; }
    std::int64_t simulatedMicros() const { return m_payments * m_gap; }

private:
    void chooseDimensions(PaymentEvent& e)
    {
        const double m = m_random.unit();
        e.method = m < 0.55 ? "card" : m < 0.85 ? "upi" : m < 0.95 ? "netbanking" : "wallet";
        e.issuer.reset();
        e.network.reset();
        e.cardType.reset();
        if (e.method != "wallet")
            e.issuer = m_names.issuers[std::min<std::size_t>(
                39, std::size_t(40 * m_random.unit() * m_random.unit()))];
        if (e.method == "card") {
            e.network = m_names.networks[m_random.below(4)];
            e.cardType = m_names.cardTypes[m_random.below(3)];
        }
        e.gateway = m_names.gateways[m_random.below(6)];
        const double z = m_random.unit();
        const auto it = std::lower_bound(m_names.merchantCdf.begin(), m_names.merchantCdf.end(), z);
        e.merchantId = m_names.merchants[std::size_t(it - m_names.merchantCdf.begin())];
    }

    static double successRate(const PaymentEvent& e, std::int64_t t)
    {
        const std::int64_t minute = (t - Start) / (60 * Second);
        if (e.issuer && *e.issuer == "BANK3" && minute >= 5 && minute < 10)
            return 0.2;
        return 0.95;
    }

    static void put(std::vector<PaymentEvent>& out, std::size_t at, const PaymentEvent& base,
                    const char* status, std::int64_t t, const char* source)
    {
        if (out.size() <= at)
            out.resize(at + 1);
        PaymentEvent& e = out[at];
        e.id = base.paymentId;
        e.id += ':';
        e.id += status;
        e.paymentId = base.paymentId;
        e.merchantId = base.merchantId;
        e.status = status;
        e.method = base.method;
        e.issuer = base.issuer;
        e.network = base.network;
        e.cardType = base.cardType;
        e.gateway = base.gateway;
        e.amount = 49900;
        e.currency = "INR";
        if (source)
            e.errorSource = source;
        else
            e.errorSource.reset();
        e.occurredAt = t;
    }

    Names m_names;
    Random m_random;
    std::int64_t m_gap;
    std::int64_t m_payments = 0;
};

QList<DetectionRule> defaultRules()
{
    const char* groups[] = {R"("group_by": ["method"])",
                            R"("group_by": ["method", "issuer"])",
                            R"("group_by": ["method", "network"])",
                            R"("filters": {"method": "card"}, "group_by": ["card_type"])",
                            R"("group_by": ["gateway"])",
                            R"("group_by": ["merchant_id"])"};
    QList<DetectionRule> rules;
    for (int i = 0; i < 6; ++i) {
        const QByteArray json =
            QByteArray(R"({"cohort": {)") + groups[i] +
            R"(}, "window": {"kind": "time", "size_seconds": 60, "step_seconds": 10},
            "min_volume": 40, "open_below": 0.75, "recover_above": 0.88, "open_after": 2,
            "resolve_after": 3, "severity": [{"name": "critical", "below": 0.3},
            {"name": "major", "below": 0.55}, {"name": "minor", "below": 0.75}]})";
        QString error;
        auto rule = DetectionRule::parse(i + 1, 1, QString::number(i + 1),
                                         QJsonDocument::fromJson(json).object(), &error);
        if (!rule) {
            std::fprintf(stderr, "rule %d: %s\n", i + 1, qPrintable(error));
            std::exit(1);
        }
        rules.append(*rule);
    }
    return rules;
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

std::string grouped(double value)
{
    const std::string digits = std::to_string(std::int64_t(value + 0.5));
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out.push_back(',');
        out.push_back(digits[i]);
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    std::int64_t target = 5'000'000, rate = 1500;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1StringView("--events"))
            target = args[i + 1].toLongLong();
        else if (args[i] == QLatin1StringView("--rate"))
            rate = args[i + 1].toLongLong();
    }

    Detector detector(DetectorOptions{10 * Second, 16});
    detector.setRules(defaultRules());
    Generator generator(rate);
    std::vector<PaymentEvent> chunk;
    std::int64_t events = 0, windows = 0, changes = 0, opened = 0;
    QSet<QString> cohorts;
    double wall = 0, cpu = 0;
    while (events < target) {
        std::size_t size = 0;
        while (size < 200'000)
            size += std::size_t(generator.payment(chunk, size));
        const auto wallStart = std::chrono::steady_clock::now();
        const double cpuStart = threadCpuSeconds();
        for (std::size_t i = 0; i < size; ++i)
            detector.add(chunk[i]);
        const auto w = detector.takeWindows();
        const auto c = detector.takeChanges();
        cpu += threadCpuSeconds() - cpuStart;
        wall += std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
        for (const WindowResult& window : w)
            cohorts.insert(QString::number(window.ruleId) + u' ' + window.cohortKey);
        events += std::int64_t(size);
        windows += std::int64_t(w.size());
        changes += std::int64_t(c.size());
        opened += std::count_if(c.begin(), c.end(), [](const DowntimeChange& d) {
            return d.kind == DowntimeChange::Opened;
        });
    }
    std::printf("detect_core: %s events (%s payments, %.1f min simulated), 6 rules (60 s windows, "
                "10 s step)\n",
                grouped(double(events)).c_str(), grouped(double(generator.payments())).c_str(),
                double(generator.simulatedMicros()) / 60e6);
    std::printf("  output: %lld cohorts, %s windows, %s downtime changes (%lld opened), %lld late "
                "events\n",
                static_cast<long long>(cohorts.size()), grouped(double(windows)).c_str(),
                grouped(double(changes)).c_str(), static_cast<long long>(opened),
                static_cast<long long>(detector.lateEvents()));
    std::printf("  wall time:       %.3f s  -> %s events/s  (%.2fx the 1,000,000/s target)\n", wall,
                grouped(double(events) / wall).c_str(), double(events) / wall / 1e6);
    std::printf("  thread CPU time: %.3f s  -> %s events/s  (%.2fx the 1,000,000/s target)\n", cpu,
                grouped(double(events) / cpu).c_str(), double(events) / cpu / 1e6);
    return 0;
}
