// The incident scenario file of payops simulate: what it accepts, what it refuses (with the
// line and the field), and the ground truth it gives.
#include "evaluate/GroundTruth.h"
#include "simulate/Scenario.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 second = 1'000'000;

// JSON written with ' for ", to keep the tests legible.
QByteArray q(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray withIncident(const char* incident)
{
    return "{\n  \"incidents\": [\n    " + q(incident) + "\n  ]\n}\n";
}

QString refusal(const QByteArray& json)
{
    QString error;
    if (Scenario::parse(json, &error))
        return u"(accepted)"_s;
    return error;
}

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT
private slots:
    void theShippedScenariosLoad_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("incidents");
        QTest::addColumn<int>("kinds");
        QTest::newRow("day") << u"incidents-day.json"_s << 8 << 4;
        QTest::newRow("demo") << u"demo-incidents.json"_s << 4 << 4;
    }
    void theShippedScenariosLoad()
    {
        QFETCH(QString, file);
        QFETCH(int, incidents);
        QFETCH(int, kinds);
        QString error;
        const auto scenario = Scenario::load(
            qEnvironmentVariable("PAYOPS_SOURCE_DIR") + u"/resources/simulate/"_s + file, &error);
        QVERIFY2(scenario, qPrintable(error));
        QCOMPARE(scenario->incidents().size(), incidents);
        QSet<int> seen;
        for (const Incident& incident : scenario->incidents())
            seen.insert(int(incident.kind));
        QCOMPARE(seen.size(), kinds);
    }

    void anIncidentReadsWithItsDefaults()
    {
        QString error;
        const auto scenario = Scenario::parse(
            withIncident("{'name': 'gw', 'kind': 'gateway_flapping', 'gateway': 'gw_c', "
                         "'start': 120, 'end': '10m', 'down': '1m30s'}"),
            &error);
        QVERIFY2(scenario, qPrintable(error));
        const Incident& incident = scenario->incidents().first();
        QCOMPARE(incident.kind, Incident::Kind::GatewayFlapping);
        QCOMPARE(incident.start, 120 * second);
        QCOMPARE(incident.end, 600 * second);
        QCOMPARE(incident.down, 90 * second);
        QCOMPARE(incident.up, 60 * second);
        QCOMPARE(incident.successRate, 0.02);
        // Down first, then up, then down again.
        QVERIFY(incident.activeAt(120 * second));
        QVERIFY(incident.activeAt(209 * second));
        QVERIFY(!incident.activeAt(210 * second));
        QVERIFY(!incident.activeAt(269 * second));
        QVERIFY(incident.activeAt(270 * second));
        QVERIFY(!incident.activeAt(600 * second));
        QVERIFY(!incident.activeAt(119 * second));
    }

    void refusalsNameTheLineAndTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad kind") << withIncident("{'name': 'a', 'kind': 'bank_sad', "
                                                  "'issuer': 'HDFC', 'start': 0, 'end': 60}")
                                  << u"line 3: incidents[0].kind: must be one of issuer_down, "
                                     "method_degraded, gateway_flapping, merchant_broken"_s;
        QTest::newRow("end before start")
            << withIncident("{'name': 'a', 'kind': 'issuer_down', 'issuer': 'HDFC', "
                            "'start': '5m', 'end': '4m'}")
            << u"line 3: incidents[0].end: must be later than start"_s;
        QTest::newRow("unknown field")
            << withIncident("{'name': 'a', 'kind': 'issuer_down', 'issuer': 'HDFC', "
                            "'start': 0, 'end': 60, 'severity': 'bad'}")
            << u"line 3: incidents[0].severity: unknown field (known: name, kind, start, end, "
               "method, issuer, gateway, merchant, success_rate, down, up)"_s;
        QTest::newRow("unknown top-level field")
            << q("{'incidents': [],\n 'speed': 2}")
            << u"line 2: speed: unknown field (known: description, incidents)"_s;
        QTest::newRow("missing issuer")
            << withIncident("{'name': 'a', 'kind': 'issuer_down', 'start': 0, 'end': 60}")
            << u"line 3: incidents[0].issuer: is required for issuer_down"_s;
        QTest::newRow("unknown issuer")
            << withIncident("{'name': 'a', 'kind': 'issuer_down', 'issuer': 'NOBANK', "
                            "'start': 0, 'end': 60}")
            << u"line 3: incidents[0].issuer: must be one of HDFC, ICICI"_s;
        QTest::newRow("wallet issuer of cards")
            << withIncident("{'name': 'a', 'kind': 'issuer_down', 'issuer': 'Paytm', "
                            "'method': 'card', 'start': 0, 'end': 60}")
            << u"line 3: incidents[0].issuer: Paytm does not take card payments"_s;
        QTest::newRow("degraded without rate")
            << withIncident("{'name': 'a', 'kind': 'method_degraded', 'method': 'upi', "
                            "'start': 0, 'end': 60}")
            << u"line 3: incidents[0].success_rate: is required for method_degraded"_s;
        QTest::newRow("rate out of range")
            << withIncident("{'name': 'a', 'kind': 'method_degraded', 'method': 'upi', "
                            "'success_rate': 1.5, 'start': 0, 'end': 60}")
            << u"line 3: incidents[0].success_rate: must be a number from 0 to 1"_s;
        QTest::newRow("field of another kind")
            << withIncident("{'name': 'a', 'kind': 'merchant_broken', 'merchant': 'm_0001', "
                            "'gateway': 'gw_a', 'start': 0, 'end': 60}")
            << u"line 3: incidents[0].gateway: does not apply to merchant_broken"_s;
        QTest::newRow("bad duration")
            << withIncident("{'name': 'a', 'kind': 'merchant_broken', 'merchant': 'm_0001', "
                            "'start': 'soon', 'end': 60}")
            << u"line 3: incidents[0].start: must be a duration such as 90"_s;
        QTest::newRow("missing end")
            << withIncident("{'name': 'a', 'kind': 'merchant_broken', 'merchant': 'm_0001', "
                            "'start': 0}")
            << u"line 3: incidents[0].end: is required"_s;
        QTest::newRow("same name twice")
            << q("{'incidents': [\n {'name': 'a', 'kind': 'merchant_broken', 'merchant': "
                 "'m_0001', 'start': 0, 'end': 60},\n {'name': 'a', 'kind': 'merchant_broken', "
                 "'merchant': 'm_0002', 'start': 0, 'end': 60}]}")
            << u"line 3: incidents[1].name: \"a\" is used twice"_s;
        QTest::newRow("not JSON") << QByteArray("{\"incidents\": [\n") << u"line 2, column"_s;
    }
    void refusalsNameTheLineAndTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const QString got = refusal(json);
        QVERIFY2(got.startsWith(error), qPrintable(got));
    }

    void durations()
    {
        QCOMPARE(Scenario::parseDuration(u"90"_s), 90 * second);
        QCOMPARE(Scenario::parseDuration(u"90s"_s), 90 * second);
        QCOMPARE(Scenario::parseDuration(u"30m"_s), 1800 * second);
        QCOMPARE(Scenario::parseDuration(u"1h30m"_s), 5400 * second);
        QCOMPARE(Scenario::parseDuration(u"2.5s"_s), 2'500'000);
        QVERIFY(!Scenario::parseDuration(u""_s));
        QVERIFY(!Scenario::parseDuration(u"m"_s));
        QVERIFY(!Scenario::parseDuration(u"5 minutes"_s));
        QVERIFY(!Scenario::parseDuration(u"-5s"_s));
        // Found by fuzz/scenario_fuzzer: 1e20 s overflowed the microseconds (undefined behaviour).
        QCOMPARE(Scenario::parseDuration(u"8760h"_s), 365 * 24 * 3600 * second);
        QVERIFY(!Scenario::parseDuration(u"8760h1s"_s));
        QVERIFY(!Scenario::parseDuration(u"99999999999999999999"_s));
    }

    void theTruthNamesEachIncidentsCohortAndTimes()
    {
        QString error;
        const auto scenario = Scenario::parse(
            q("{'incidents': [{'name': 'hdfc-cards', 'kind': 'issuer_down', 'issuer': 'HDFC', "
              "'method': 'card', 'start': '1m', 'end': '3m'}, {'name': 'm2', 'kind': "
              "'merchant_broken', 'merchant': 'm_0002', 'start': 0, 'end': '1h'}]}"),
            &error);
        QVERIFY2(scenario, qPrintable(error));
        const qint64 start = 1'764'000'000 * second;
        const QList<TruthIncident> truth = scenario->truth(start);
        QCOMPARE(truth.size(), 2);
        QCOMPARE(GroundTruth::toLine(truth[0]),
                 QByteArray("{\"cohort\":{\"issuer\":\"HDFC\",\"method\":\"card\"},"
                            "\"ends_at\":\"2025-11-24T16:03:00.000Z\",\"incident\":\"hdfc-cards\","
                            "\"kind\":\"issuer_down\",\"starts_at\":\"2025-11-24T16:01:00.000Z\"}"
                            "\n"));
        QCOMPARE(truth[1].cohort, (QMap<QString, QString>{{u"merchant_id"_s, u"m_0002"_s}}));
        // What payops evaluate reads back is what was written.
        const auto read = GroundTruth::parse(
            GroundTruth::toLine(truth[0]) + GroundTruth::toLine(truth[1]), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0).cohort, truth[0].cohort);
        QCOMPARE(read->at(0).startsAt, truth[0].startsAt);
        QCOMPARE(read->at(1).endsAt, truth[1].endsAt);
        QCOMPARE(read->at(1).kind, u"merchant_broken"_s);
    }

    void aBadTruthLineIsRefusedWithItsNumber()
    {
        QString error;
        QVERIFY(!GroundTruth::parse(
            "{\"incident\":\"a\",\"cohort\":{},\"starts_at\":\"2026-11-24T16:00:00Z\","
            "\"ends_at\":\"2026-11-24T16:05:00Z\"}\n\n{\"incident\":\"b\",\"cohort\":{\"bank\":"
            "\"x\"},\"starts_at\":\"2026-11-24T16:00:00Z\",\"ends_at\":\"2026-11-24T16:05:00Z\"}",
            &error));
        QCOMPARE(error, u"line 3: cohort.bank: unknown dimension (known: method, issuer, network, "
                        "card_type, gateway, merchant_id)"_s);
        QVERIFY(
            !GroundTruth::parse("{\"incident\":\"a\",\"cohort\":{},\"starts_at\":"
                                "\"2026-11-24T16:00:00Z\",\"ends_at\":\"2026-11-24T15:00:00Z\"}",
                                &error));
        QCOMPARE(error, u"line 1: ends_at: must be later than starts_at"_s);
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
