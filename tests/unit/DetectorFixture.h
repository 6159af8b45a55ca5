#pragma once

#include "detect/DetectionRule.h"
#include "detect/Detector.h"
#include "detect/DowntimeChange.h"
#include "detect/WindowResult.h"
#include "ingest/PaymentEvent.h"

#include <QJsonObject>
#include <QStringList>
#include <cstdint>
#include <string>
#include <vector>

// Helpers shared by the detector unit tests: rules from JSON text, payment events by the
// second, and outputs as comparable text.
namespace DetectorFixture {

constexpr std::int64_t Second = 1'000'000;
constexpr std::int64_t T0 = 1'700'000'000; // seconds, a multiple of 60

// Parses the definition; an invalid one is reported in `error` and returns a default rule.
DetectionRule rule(qint64 id, const char* json, int version = 1, QString* error = nullptr);
// A rule on issuers: time window size/step, min_volume 10, open below 0.8, recover at 0.9,
// open_after/resolve_after 2, bands critical < 0.5, major < 0.8.
DetectionRule issuerRule(qint64 id = 1, int size = 10, int step = 10, int version = 1);

// A valid definition using every field, and the same with one top-level field replaced by
// the JSON text `value` (removed when it is empty).
QJsonObject validDefinition();
QJsonObject withField(const char* field, const char* value);

// Definitions payops.check_rule_definition refuses, with its message (DetectionRule::parse
// says the same).
struct RuleRefusal
{
    const char* tag;
    QJsonObject definition;
    QString message;
};
std::vector<RuleRefusal> ruleRefusals();

struct Dims
{
    std::string method = "card";
    std::string issuer = "HDFC";
    std::string network = "visa";
    std::string cardType = "credit";
    std::string gateway = "gw1";
    std::string merchant = "m1";
};

PaymentEvent paymentEvent(std::int64_t micros, const std::string& paymentId,
                          const std::string& status, const Dims& dims = {},
                          const std::string& errorSource = {});

// Feeds `successes` authorized and `failures` bank-failed payments spread over the second
// starting at T0 + second.
class Feeder
{
public:
    explicit Feeder(Detector& detector)
        : m_detector(detector)
    {}
    void second(std::int64_t second, int successes, int failures, const Dims& dims = {});
    // The same SR for `count` consecutive tumbling windows of `width` seconds from `from`.
    void windows(std::int64_t from, int count, int width, int successes, int failures,
                 const Dims& dims = {});
    std::string nextId() { return "pay_" + std::to_string(++m_payments); }

private:
    Detector& m_detector;
    int m_payments = 0;
};

// A deterministic stream with incidents: (payment after payment, each payment's events
// adjacent, times jittered by up to 3 s, a few events 30 s late).
std::vector<PaymentEvent> traffic(int minutes, int paymentsPerSecond, std::uint32_t seed);
QList<DetectionRule> mixedRules();

QString text(const WindowResult& window);
QString text(const DowntimeChange& change);
// Everything the detector produced since last taken, windows then changes.
QStringList drain(Detector& detector);

// Windows and changes kept apart, so outputs taken at different moments compare equal.
struct Output
{
    QStringList windows;
    QStringList changes;
    void take(Detector& detector);
};

} // namespace DetectorFixture
