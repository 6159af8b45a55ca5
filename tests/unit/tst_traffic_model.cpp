// The simulator's traffic model: deterministic, realistic in its mix, with customer failures
// that must not count, and incidents that shape the success rate of their cohort only.
#include "simulate/PaymentEventJson.h"
#include "simulate/Scenario.h"
#include "simulate/TrafficModel.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 second = 1'000'000;
constexpr qint64 start = 1'764'000'000 * second; // 2025-11-24T16:00:00Z

// Counted attempts and successes (design.md: authorized is a success; failed with
// error_source bank, gateway or internal a failure).
struct Rate
{
    qint64 attempts = 0;
    qint64 successes = 0;
    double sr() const { return attempts == 0 ? -1 : double(successes) / double(attempts); }
};

struct Run
{
    std::vector<PaymentEvent> events;
    qint64 payments = 0;
};

Run run(const QByteArray& scenarioJson, qint64 duration, double rate, std::uint64_t seed = 7)
{
    QString error;
    const auto scenario = Scenario::parse(scenarioJson, &error);
    if (!scenario)
        qFatal("scenario: %s", qPrintable(error));
    TrafficModel::Options options;
    options.seed = seed;
    options.start = start;
    options.end = start + duration;
    options.rate = rate;
    options.diurnal = false;
    TrafficModel model(options, *scenario);
    Run result;
    const auto sink = [&](const PaymentEvent& event) { result.events.push_back(event); };
    model.generate(start + duration, sink);
    model.finish(sink);
    result.payments = model.payments();
    return result;
}

QByteArray bytesOf(std::uint64_t seed, qint64 eventStart)
{
    TrafficModel::Options options;
    options.seed = seed;
    options.start = eventStart;
    options.end = eventStart + 60 * second;
    options.rate = 300;
    TrafficModel model(options, Scenario());
    std::string text;
    const auto sink = [&](const PaymentEvent& event) { PaymentEventJson::appendLine(text, event); };
    model.generate(options.end, sink);
    model.finish(sink);
    return QByteArray::fromStdString(text);
}

bool counts(const PaymentEvent& event)
{
    return event.status == "authorized" ||
           (event.status == "failed" && event.errorSource &&
            (*event.errorSource == "bank" || *event.errorSource == "gateway" ||
             *event.errorSource == "internal"));
}

void add(Rate& rate, const PaymentEvent& event)
{
    if (!counts(event))
        return;
    ++rate.attempts;
    rate.successes += event.status == "authorized" ? 1 : 0;
}

bool within(const PaymentEvent& event, int fromSeconds, int toSeconds)
{
    return event.occurredAt >= start + fromSeconds * second &&
           event.occurredAt < start + toSeconds * second;
}

} // namespace

class TestTrafficModel : public QObject
{
    Q_OBJECT
private slots:
    void theSameSeedGivesTheSameBytes()
    {
        const QByteArray first = bytesOf(42, start);
        QVERIFY(first.count('\n') > 10'000);
        QCOMPARE(bytesOf(42, start), first);
        QVERIFY(bytesOf(43, start) != first);
        // Another run's ids differ, so that two runs can go into one store.
        const QByteArray later = bytesOf(42, start + 3600 * second);
        const QByteArray firstId = first.mid(7, first.indexOf(',') - 7);
        QVERIFY(!later.contains(firstId));
    }

    void eventsAreOrderedLinkedAndWellFormed()
    {
        const Run traffic = run("{\"incidents\": []}", 120 * second, 200);
        std::set<std::string> ids;
        std::map<std::string, std::vector<std::string>> statuses;
        qint64 previous = 0;
        for (const PaymentEvent& event : traffic.events) {
            QVERIFY(event.occurredAt >= previous);
            previous = event.occurredAt;
            QVERIFY2(ids.insert(event.id).second, event.id.c_str());
            statuses[event.paymentId].push_back(event.status);
            QVERIFY(event.extra.starts_with("{\"customer_id\":\"c_"));
            QVERIFY(event.amount > 0);
            QCOMPARE(event.network.has_value(), event.method == "card");
            QCOMPARE(event.cardType.has_value(), event.method == "card");
            QVERIFY(event.gateway.has_value() && event.issuer.has_value());
            QCOMPARE(event.errorSource.has_value(), event.status == "failed");
        }
        QCOMPARE(qint64(statuses.size()), traffic.payments);
        for (const auto& [payment, list] : statuses) {
            QCOMPARE(list.front(), "created");
            QVERIFY(list.size() >= 2);
            QVERIFY(list[1] == "authorized" || list[1] == "failed");
            if (list[1] == "failed")
                QCOMPARE(list.size(), std::size_t(2));
            if (list.size() > 2)
                QCOMPARE(list[2], "captured");
            if (list.size() > 3)
                QCOMPARE(list[3], "refunded");
        }
        // A JSON line reads back as JSON with every field of design.md.
        std::string line;
        PaymentEventJson::appendLine(line, traffic.events.front());
        const QJsonObject object =
            QJsonDocument::fromJson(QByteArray::fromStdString(line)).object();
        for (const char* key : {"id", "payment_id", "merchant_id", "status", "method", "issuer",
                                "network", "card_type", "gateway", "amount", "currency",
                                "error_code", "error_source", "occurred_at", "customer_id"})
            QVERIFY2(object.contains(QLatin1String(key)), key);
    }

    void theMixIsRealistic()
    {
        const Run traffic = run("{\"incidents\": []}", 600 * second, 200);
        QVERIFY2(traffic.payments > 114'000 && traffic.payments < 126'000,
                 qPrintable(QString::number(traffic.payments)));
        std::map<std::string, qint64> methods, sources;
        std::set<std::string> issuers, gateways, merchants, networks;
        std::map<std::string, Rate> byIssuer, byGateway;
        Rate all;
        qint64 captured = 0, refunded = 0, authorized = 0, outcomes = 0;
        for (const PaymentEvent& event : traffic.events) {
            if (event.status == "created") {
                ++methods[event.method];
                issuers.insert(*event.issuer);
                gateways.insert(*event.gateway);
                merchants.insert(event.merchantId);
                if (event.network)
                    networks.insert(*event.network);
            }
            if (event.status == "failed")
                ++sources[*event.errorSource];
            outcomes += event.status == "failed" || event.status == "authorized";
            authorized += event.status == "authorized";
            captured += event.status == "captured";
            refunded += event.status == "refunded";
            add(all, event);
            add(byIssuer[event.method + '/' + event.issuer.value_or("")], event);
            add(byGateway[event.gateway.value_or("")], event);
        }
        QCOMPARE(outcomes, traffic.payments);
        const double n = double(traffic.payments);
        QVERIFY(std::abs(methods["card"] / n - 0.45) < 0.02);
        QVERIFY(std::abs(methods["upi"] / n - 0.33) < 0.02);
        QVERIFY(std::abs(methods["netbanking"] / n - 0.13) < 0.02);
        QVERIFY(std::abs(methods["wallet"] / n - 0.09) < 0.02);
        QVERIFY(issuers.size() >= 36);
        QCOMPARE(gateways.size(), std::size_t(8));
        QCOMPARE(networks, (std::set<std::string>{"amex", "mastercard", "rupay", "visa"}));
        QVERIFY(merchants.size() >= 290);
        // Customer failures are there (5-10 % of payments) and do not count; merchant ones too.
        QVERIFY2(sources["customer"] / n > 0.05 && sources["customer"] / n < 0.10,
                 qPrintable(QString::number(sources["customer"] / n)));
        QVERIFY(sources["merchant"] / n > 0.005);
        QVERIFY(sources["bank"] > 0 && sources["gateway"] > 0 && sources["internal"] > 0);
        QVERIFY2(all.sr() > 0.90 && all.sr() < 0.97, qPrintable(QString::number(all.sr())));
        QCOMPARE(all.attempts, traffic.payments - sources["customer"] - sources["merchant"]);
        // Most authorized payments are captured, a few refunded.
        QVERIFY(captured > 0.88 * double(authorized) && captured < 0.96 * double(authorized));
        QVERIFY(refunded > 0.01 * double(captured) && refunded < 0.05 * double(captured));
        // Success rates differ by cohort, each within what a healthy platform shows.
        double lowest = 1, highest = 0;
        for (const auto& [cohort, rate] : byIssuer) {
            if (rate.attempts < 2000)
                continue;
            lowest = std::min(lowest, rate.sr());
            highest = std::max(highest, rate.sr());
        }
        QVERIFY2(lowest > 0.88 && highest < 0.99 && highest - lowest > 0.015,
                 qPrintable(u"%1 .. %2"_s.arg(lowest).arg(highest)));
        for (const auto& [gateway, rate] : byGateway)
            QVERIFY2(rate.sr() > 0.88, gateway.c_str());
    }

    void merchantVolumeIsSkewed()
    {
        const Run traffic = run("{\"incidents\": []}", 300 * second, 200);
        std::map<std::string, qint64> volume;
        for (const PaymentEvent& event : traffic.events)
            volume[event.merchantId] += event.status == "created";
        QVERIFY(volume["m_0001"] > 8 * volume["m_0050"]);
        QVERIFY(volume["m_0050"] > volume["m_0300"]);
        QVERIFY(volume["m_0001"] > 0.08 * double(traffic.payments));
    }

    void theDiurnalCurveAveragesOne()
    {
        const qint64 midnightIndia = start + 9000 * second; // 00:00 at UTC+05:30
        double sum = 0;
        for (int minute = 0; minute < 1440; ++minute)
            sum += TrafficModel::diurnal(midnightIndia + minute * 60 * second);
        QVERIFY(std::abs(sum / 1440 - 1) < 0.001);
        const double night = TrafficModel::diurnal(midnightIndia + 4 * 3600 * second);
        const double evening = TrafficModel::diurnal(midnightIndia + 20 * 3600 * second);
        QVERIFY2(night < 0.4 && evening > 1.4, qPrintable(u"%1 %2"_s.arg(night).arg(evening)));
    }

    void anIssuerDownHitsItsCohortOnly()
    {
        const Run traffic = run("{\"incidents\": [{\"name\": \"hdfc-cards\", \"kind\": "
                                "\"issuer_down\", \"issuer\": \"HDFC\", \"method\": \"card\", "
                                "\"start\": \"2m\", \"end\": \"5m\"}]}",
                                420 * second, 300);
        Rate during, before, after, upiDuring, iciciDuring;
        qint64 customerDuring = 0;
        for (const PaymentEvent& event : traffic.events) {
            const bool hdfc = event.issuer == "HDFC";
            if (hdfc && event.method == "card") {
                add(within(event, 120, 300) ? during
                    : within(event, 0, 120) ? before
                                            : after,
                    event);
                customerDuring += within(event, 120, 300) && event.errorSource == "customer";
                if (within(event, 120, 300) && event.status == "failed" && counts(event))
                    QCOMPARE(*event.errorSource, "bank");
            }
            if (within(event, 120, 300) && hdfc && event.method == "upi")
                add(upiDuring, event);
            if (within(event, 120, 300) && event.issuer == "ICICI" && event.method == "card")
                add(iciciDuring, event);
        }
        QVERIFY(during.attempts > 500);
        QVERIFY2(during.sr() < 0.05, qPrintable(QString::number(during.sr())));
        QVERIFY(customerDuring > 0); // customers still cancel; that does not count
        QVERIFY(before.sr() > 0.9 && after.sr() > 0.9);
        QVERIFY(upiDuring.sr() > 0.9);
        QVERIFY(iciciDuring.sr() > 0.9);
    }

    void aDegradedMethodReachesItsSuccessRate()
    {
        const Run traffic = run("{\"incidents\": [{\"name\": \"upi\", \"kind\": "
                                "\"method_degraded\", \"method\": \"upi\", \"success_rate\": 0.6, "
                                "\"start\": 60, \"end\": 240}]}",
                                300 * second, 300);
        Rate upi, card;
        for (const PaymentEvent& event : traffic.events) {
            if (within(event, 60, 240))
                add(event.method == "upi" ? upi : card, event);
        }
        QVERIFY2(std::abs(upi.sr() - 0.6) < 0.03, qPrintable(QString::number(upi.sr())));
        QVERIFY(card.sr() > 0.9);
    }

    void aGatewayFlapsDownThenUp()
    {
        const Run traffic = run("{\"incidents\": [{\"name\": \"gw\", \"kind\": "
                                "\"gateway_flapping\", \"gateway\": \"gw_c\", \"down\": 60, "
                                "\"up\": 60, \"start\": 60, \"end\": 300}]}",
                                360 * second, 300);
        Rate down, up, other;
        for (const PaymentEvent& event : traffic.events) {
            if (event.gateway != "gw_c") {
                if (within(event, 60, 300))
                    add(other, event);
                continue;
            }
            if (within(event, 60, 120) || within(event, 180, 240))
                add(down, event);
            else if (within(event, 120, 180) || within(event, 240, 300))
                add(up, event);
        }
        QVERIFY2(down.sr() < 0.05, qPrintable(QString::number(down.sr())));
        QVERIFY(up.sr() > 0.9);
        QVERIFY(other.sr() > 0.9);
    }

    void aBrokenMerchantFailsWithGatewayOrInternalErrors()
    {
        const Run traffic = run("{\"incidents\": [{\"name\": \"m2\", \"kind\": "
                                "\"merchant_broken\", \"merchant\": \"m_0002\", \"start\": 60, "
                                "\"end\": 180}]}",
                                240 * second, 300);
        Rate broken, others;
        std::set<std::string> sources;
        for (const PaymentEvent& event : traffic.events) {
            if (!within(event, 60, 180))
                continue;
            add(event.merchantId == "m_0002" ? broken : others, event);
            if (event.merchantId == "m_0002" && event.status == "failed" && counts(event))
                sources.insert(*event.errorSource);
        }
        QVERIFY(broken.attempts > 300);
        QVERIFY2(broken.sr() < 0.1, qPrintable(QString::number(broken.sr())));
        QCOMPARE(sources, (std::set<std::string>{"gateway", "internal"}));
        QVERIFY(others.sr() > 0.9);
    }

    void anIncidentOnAMerchantOutsideTheTrafficIsNamed()
    {
        QString error;
        const auto scenario =
            Scenario::parse("{\"incidents\": [{\"name\": \"x\", \"kind\": \"merchant_broken\", "
                            "\"merchant\": \"m_0400\", \"start\": 0, \"end\": 60}]}",
                            &error);
        QVERIFY2(scenario, qPrintable(error));
        TrafficModel::Options options;
        options.start = start;
        QCOMPARE(TrafficModel(options, *scenario).unknownMerchant(),
                 u"incidents[0].merchant: m_0400 is not one of the simulated merchants (m_0001 "
                 "... m_0300)"_s);
        options.merchantCount = 400;
        QVERIFY(TrafficModel(options, *scenario).unknownMerchant().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTrafficModel)
#include "tst_traffic_model.moc"
