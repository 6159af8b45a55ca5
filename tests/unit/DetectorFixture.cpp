#include "DetectorFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <random>

using namespace Qt::StringLiterals;

namespace DetectorFixture {

QJsonObject validDefinition()
{
    return QJsonDocument::fromJson(R"({
        "cohort": {"filters": {"issuer": "HDFC", "method": ["card", "upi"]},
                   "group_by": ["gateway"]},
        "window": {"kind": "time", "size_seconds": 300, "step_seconds": 60},
        "min_volume": 50, "open_below": 0.8, "recover_above": 0.9,
        "open_after": 2, "resolve_after": 3,
        "severity": [{"name": "critical", "below": 0.5}, {"name": "major", "below": 0.8}]})")
        .object();
}

QJsonObject withField(const char* field, const char* value)
{
    QJsonObject definition = validDefinition();
    if (*value == 0) {
        definition.remove(QLatin1StringView(field));
        return definition;
    }
    const QByteArray wrapped = QByteArray("{\"v\": ") + value + "}";
    definition.insert(QLatin1StringView(field), QJsonDocument::fromJson(wrapped).object()["v"_L1]);
    return definition;
}

std::vector<RuleRefusal> ruleRefusals()
{
    return {
        {"unknown field", withField("colour", "1"),
         u"colour: unknown field (expected one of: cohort, window, min_volume, open_below, recover_above, open_after, resolve_after, severity)"_s},
        {"missing", withField("min_volume", ""), u"min_volume: is required"_s},
        {"cohort not object", withField("cohort", "[]"), u"cohort: must be a JSON object"_s},
        {"unknown filter", withField("cohort", R"({"filters": {"bank": "x"}})"),
         u"cohort.filters.bank: unknown field (expected one of: method, issuer, network, card_type, gateway, merchant_id)"_s},
        {"empty filter list", withField("cohort", R"({"filters": {"issuer": []}})"),
         u"cohort.filters.issuer: must not be an empty list"_s},
        {"filter item", withField("cohort", R"({"filters": {"issuer": ["a", 3]}})"),
         u"cohort.filters.issuer[1]: must be a non-empty string"_s},
        {"blank filter", withField("cohort", R"({"filters": {"issuer": " "}})"),
         u"cohort.filters.issuer: must be a non-empty string"_s},
        {"null filters", withField("cohort", R"({"filters": null})"),
         u"cohort.filters: must be a JSON object"_s},
        {"null group_by", withField("cohort", R"({"group_by": null})"),
         u"cohort.group_by: must be a list of dimensions"_s},
        {"group_by not list", withField("cohort", R"({"group_by": "issuer"})"),
         u"cohort.group_by: must be a list of dimensions"_s},
        {"group_by unknown", withField("cohort", R"({"group_by": ["bank"]})"),
         u"cohort.group_by[0]: unknown dimension bank (expected one of: method, issuer, network, card_type, gateway, merchant_id)"_s},
        {"group_by twice", withField("cohort", R"({"group_by": ["issuer", "issuer"]})"),
         u"cohort.group_by[1]: issuer is listed twice"_s},
        {"window kind", withField("window", R"({"kind": "sliding"})"),
         u"window.kind: must be \"time\" or \"count\""_s},
        {"window not object", withField("window", "60"), u"window: must be a JSON object"_s},
        {"window extra", withField("window", R"({"kind": "count", "n": 5, "size_seconds": 3})"),
         u"window.size_seconds: unknown field (expected one of: kind, n)"_s},
        {"size", withField("window", R"({"kind": "time", "size_seconds": 0, "step_seconds": 1})"),
         u"window.size_seconds: must be an integer from 1 to 604800"_s},
        {"step over size",
         withField("window", R"({"kind": "time", "size_seconds": 60, "step_seconds": 90})"),
         u"window.step_seconds: must be an integer from 1 to 60"_s},
        {"n fraction", withField("window", R"({"kind": "count", "n": 2.5})"),
         u"window.n: must be an integer from 1 to 1000000"_s},
        {"min_volume text", withField("min_volume", R"("50")"),
         u"min_volume: must be an integer from 1 to 1000000000"_s},
        {"open_below", withField("open_below", "1.5"),
         u"open_below: must be a number greater than 0 and at most 1"_s},
        {"hysteresis", withField("recover_above", "0.8"),
         u"recover_above: must be greater than open_below (hysteresis)"_s},
        {"open_after", withField("open_after", "0"),
         u"open_after: must be an integer from 1 to 1000"_s},
        {"resolve_after", withField("resolve_after", "1001"),
         u"resolve_after: must be an integer from 1 to 1000"_s},
        {"no bands", withField("severity", "[]"),
         u"severity: must be a non-empty list of {\"name\", \"below\"} bands"_s},
        {"band field", withField("severity", R"([{"name": "x", "below": 0.5, "colour": 1}])"),
         u"severity[0].colour: unknown field (expected one of: name, below)"_s},
        {"band name twice",
         withField("severity", R"([{"name": "x", "below": 0.5}, {"name": "x", "below": 0.4}])"),
         u"severity[1].name: x is used twice"_s},
        {"band above open_below", withField("severity", R"([{"name": "x", "below": 0.85}])"),
         u"severity[0].below: must be at most open_below (a band above it never applies)"_s},
        {"bands share threshold",
         withField("severity", R"([{"name": "x", "below": 0.5}, {"name": "y", "below": 0.5}])"),
         u"severity[1].below: two bands share the same threshold"_s},
    };
}

DetectionRule rule(qint64 id, const char* json, int version, QString* error)
{
    QString message;
    const QJsonObject definition = QJsonDocument::fromJson(json).object();
    const auto parsed =
        DetectionRule::parse(id, version, u"rule %1"_s.arg(id), definition, &message);
    if (error)
        *error = message;
    if (!parsed)
        qWarning("rule %lld refused: %s", id, qPrintable(message));
    return parsed.value_or(DetectionRule{});
}

DetectionRule issuerRule(qint64 id, int size, int step, int version)
{
    const QByteArray json =
        R"({"cohort": {"group_by": ["issuer"]},
            "window": {"kind": "time", "size_seconds": %1, "step_seconds": %2},
            "min_volume": 10, "open_below": 0.8, "recover_above": 0.9,
            "open_after": 2, "resolve_after": 2,
            "severity": [{"name": "critical", "below": 0.5}, {"name": "major", "below": 0.8}]})";
    const QByteArray filled = QString::fromUtf8(json).arg(size).arg(step).toUtf8();
    return rule(id, filled.constData(), version);
}

PaymentEvent paymentEvent(std::int64_t micros, const std::string& paymentId,
                          const std::string& status, const Dims& dims,
                          const std::string& errorSource)
{
    PaymentEvent e;
    e.id = paymentId + ":" + status;
    e.paymentId = paymentId;
    e.merchantId = dims.merchant;
    e.status = status;
    e.method = dims.method;
    if (!dims.issuer.empty())
        e.issuer = dims.issuer;
    e.network = dims.network;
    e.cardType = dims.cardType;
    e.gateway = dims.gateway;
    e.amount = 1000;
    e.currency = "INR";
    if (!errorSource.empty()) {
        e.errorSource = errorSource;
        e.errorCode = "E1";
    }
    e.occurredAt = micros;
    return e;
}

void Feeder::second(std::int64_t second, int successes, int failures, const Dims& dims)
{
    const int total = successes + failures;
    for (int i = 0; i < total; ++i) {
        const std::int64_t at = (T0 + second) * Second + i * (Second / std::max(1, total));
        const bool success = i < successes;
        m_detector.add(paymentEvent(at, nextId(), success ? "authorized" : "failed", dims,
                                    success ? "" : "bank"));
    }
}

void Feeder::windows(std::int64_t from, int count, int width, int successes, int failures,
                     const Dims& dims)
{
    for (int w = 0; w < count; ++w)
        second(from + std::int64_t(w) * width, successes, failures, dims);
}

namespace {

// Success probability of a payment: incidents for HDFC cards (minutes 8-16), the upi method
// (20-26) and merchant m3 (a broken integration, 28-33); otherwise 0.95.
double successRate(const Dims& dims, int minute)
{
    if (dims.issuer == "HDFC" && minute >= 8 && minute < 16)
        return 0.3;
    if (dims.method == "upi" && minute >= 20 && minute < 26)
        return 0.6;
    if (dims.merchant == "m3" && minute >= 28 && minute < 33)
        return 0.1;
    return 0.95;
}

} // namespace

std::vector<PaymentEvent> traffic(int minutes, int paymentsPerSecond, std::uint32_t seed)
{
    std::mt19937 random(seed);
    const std::vector<std::string> methods = {"card", "upi", "netbanking"};
    const std::vector<std::string> issuers = {"HDFC", "ICICI", "SBI", "AXIS", ""};
    const std::vector<std::string> sources = {"bank", "gateway", "customer", "merchant"};
    std::vector<PaymentEvent> events;
    int payments = 0;
    for (std::int64_t second = 0; second < std::int64_t(minutes) * 60; ++second) {
        for (int p = 0; p < paymentsPerSecond; ++p) {
            Dims dims;
            dims.method = methods[random() % methods.size()];
            dims.issuer = issuers[random() % issuers.size()];
            dims.gateway = "gw" + std::to_string(random() % 3);
            dims.merchant = "m" + std::to_string(random() % 6);
            const std::string id = "pay_" + std::to_string(++payments);
            std::int64_t at = (T0 + second) * Second + std::int64_t(random() % 3'000'000);
            if (random() % 500 == 0)
                at -= 30 * Second; // late
            const bool success = (random() % 1000) < successRate(dims, int(second / 60)) * 1000;
            events.push_back(paymentEvent(at, id, "created", dims));
            if (success) {
                events.push_back(paymentEvent(at + 200'000, id, "authorized", dims));
                if (random() % 10 < 8)
                    events.push_back(paymentEvent(at + 900'000, id, "captured", dims));
            } else {
                const std::string& source = sources[random() % sources.size()];
                events.push_back(paymentEvent(at + 300'000, id, "failed", dims, source));
            }
        }
    }
    return events;
}

QList<DetectionRule> mixedRules()
{
    return {
        issuerRule(1, 60, 10),
        rule(2, R"({"cohort": {"group_by": ["method"]},
                    "window": {"kind": "time", "size_seconds": 30, "step_seconds": 20},
                    "min_volume": 20, "open_below": 0.75, "recover_above": 0.85,
                    "open_after": 2, "resolve_after": 3,
                    "severity": [{"name": "major", "below": 0.75}]})"),
        rule(3, R"({"cohort": {"filters": {"method": ["card", "upi"]}, "group_by": ["merchant_id"]},
                    "window": {"kind": "count", "n": 40},
                    "min_volume": 30, "open_below": 0.5, "recover_above": 0.8,
                    "open_after": 3, "resolve_after": 3,
                    "severity": [{"name": "critical", "below": 0.3}, {"name": "major", "below": 0.5}]})"),
        rule(4, R"({"cohort": {"filters": {"gateway": "gw1"}, "group_by": ["method", "issuer"]},
                    "window": {"kind": "time", "size_seconds": 60, "step_seconds": 60},
                    "min_volume": 5, "open_below": 0.7, "recover_above": 0.9,
                    "open_after": 1, "resolve_after": 1,
                    "severity": [{"name": "minor", "below": 0.7}]})"),
    };
}

QString text(const WindowResult& w)
{
    return u"window rule=%1 v%2 shard=%3 %4 [%5, %6) %7/%8"_s.arg(w.ruleId)
        .arg(w.version)
        .arg(w.shard)
        .arg(w.cohortKey)
        .arg(w.start)
        .arg(w.end)
        .arg(w.successes)
        .arg(w.attempts);
}

QString text(const DowntimeChange& c)
{
    static const char* kinds[] = {"opened", "updated", "resolved"};
    return u"%1 rule=%2 v%3 shard=%4 %5 started=%6 resolved=%7 %8 lowest=%9 volume=%10 %11"_s
        .arg(QLatin1StringView(kinds[c.kind]))
        .arg(c.ruleId)
        .arg(c.version)
        .arg(c.shard)
        .arg(c.cohortKey)
        .arg(c.startedAt)
        .arg(c.resolvedAt)
        .arg(c.severity)
        .arg(c.lowestSr, 0, 'f', 4)
        .arg(c.volume)
        .arg(c.reason);
}

QStringList drain(Detector& detector)
{
    QStringList lines;
    for (const WindowResult& w : detector.takeWindows())
        lines.append(text(w));
    for (const DowntimeChange& c : detector.takeChanges())
        lines.append(text(c));
    return lines;
}

void Output::take(Detector& detector)
{
    for (const WindowResult& w : detector.takeWindows())
        windows.append(text(w));
    for (const DowntimeChange& c : detector.takeChanges())
        changes.append(text(c));
}

} // namespace DetectorFixture
