#include "DetectorFixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const char* valid = R"({"cohort": {"filters": {"issuer": "HDFC", "method": ["card", "upi"]},
                                   "group_by": ["gateway"]},
                        "window": {"kind": "time", "size_seconds": 300, "step_seconds": 60},
                        "min_volume": 50, "open_below": 0.8, "recover_above": 0.9,
                        "open_after": 2, "resolve_after": 3,
                        "severity": [{"name": "critical", "below": 0.5},
                                     {"name": "major", "below": 0.8}]})";

// The valid definition with one top-level field replaced (or removed when value is empty).
QJsonObject with(const char* field, const char* value)
{
    QJsonObject definition = QJsonDocument::fromJson(valid).object();
    if (*value == 0) {
        definition.remove(QLatin1StringView(field));
        return definition;
    }
    const QByteArray wrapped = QByteArray("{\"v\": ") + value + "}";
    definition.insert(QLatin1StringView(field), QJsonDocument::fromJson(wrapped).object()["v"_L1]);
    return definition;
}

} // namespace

class TestDetectionRule : public QObject
{
    Q_OBJECT
private slots:
    void parsesEveryField()
    {
        QString error;
        const auto rule =
            DetectionRule::parse(7, 3, u"hdfc"_s, QJsonDocument::fromJson(valid).object(), &error);
        QVERIFY2(rule, qPrintable(error));
        QCOMPARE(rule->id, 7);
        QCOMPARE(rule->version, 3);
        QCOMPARE(rule->filters[Cohort::Issuer], QStringList{u"HDFC"_s});
        QCOMPARE(rule->filters[Cohort::Method], (QStringList{u"card"_s, u"upi"_s}));
        QCOMPARE(rule->groupBy, QList<int>{Cohort::Gateway});
        QCOMPARE(rule->windowKind, DetectionRule::WindowKind::Time);
        QCOMPARE(rule->sizeSeconds, 300);
        QCOMPARE(rule->stepSeconds, 60);
        QCOMPARE(rule->minVolume, 50);
        QCOMPARE(rule->openBelow, 0.8);
        QCOMPARE(rule->recoverAbove, 0.9);
        QCOMPARE(rule->openAfter, 2);
        QCOMPARE(rule->resolveAfter, 3);
        QCOMPARE(rule->severity.size(), 2);
        // A list filter does not fix the dimension: only the issuer is in the cohort.
        QCOMPARE(rule->filterCohort().key(), u"issuer=HDFC"_s);
    }
    void parsesCountWindow()
    {
        const auto rule = DetectionRule::parse(
            1, 1, u"n"_s, with("window", R"({"kind": "count", "n": 500})"), nullptr);
        QVERIFY(rule);
        QCOMPARE(rule->windowKind, DetectionRule::WindowKind::Count);
        QCOMPARE(rule->countN, 500);
    }
    void severityIsTheTightestBand()
    {
        const DetectionRule rule = DetectorFixture::issuerRule();
        QCOMPARE(rule.severityFor(0.2), u"critical"_s);
        QCOMPARE(rule.severityFor(0.5), u"major"_s);
        QCOMPARE(rule.severityFor(0.79), u"major"_s);
    }
    void refuses_data()
    {
        QTest::addColumn<QJsonObject>("definition");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown field") << with("colour", "1")
                                       << u"colour: unknown field (expected one of: cohort, "
                                          "window, min_volume, open_below, recover_above, "
                                          "open_after, resolve_after, severity)"_s;
        QTest::newRow("missing") << with("min_volume", "") << u"min_volume: is required"_s;
        QTest::newRow("cohort not object")
            << with("cohort", "[]") << u"cohort: must be a JSON object"_s;
        QTest::newRow("unknown filter")
            << with("cohort", R"({"filters": {"bank": "x"}})")
            << u"cohort.filters.bank: unknown field (expected one of: method, issuer, network, "
               "card_type, gateway, merchant_id)"_s;
        QTest::newRow("empty filter list") << with("cohort", R"({"filters": {"issuer": []}})")
                                           << u"cohort.filters.issuer: must not be an empty list"_s;
        QTest::newRow("filter item") << with("cohort", R"({"filters": {"issuer": ["a", 3]}})")
                                     << u"cohort.filters.issuer[1]: must be a non-empty string"_s;
        QTest::newRow("blank filter") << with("cohort", R"({"filters": {"issuer": " "}})")
                                      << u"cohort.filters.issuer: must be a non-empty string"_s;
        QTest::newRow("group_by not list") << with("cohort", R"({"group_by": "issuer"})")
                                           << u"cohort.group_by: must be a list of dimensions"_s;
        QTest::newRow("group_by unknown")
            << with("cohort", R"({"group_by": ["bank"]})")
            << u"cohort.group_by[0]: unknown dimension bank (expected one of: method, issuer, "
               "network, card_type, gateway, merchant_id)"_s;
        QTest::newRow("group_by twice") << with("cohort", R"({"group_by": ["issuer", "issuer"]})")
                                        << u"cohort.group_by[1]: issuer is listed twice"_s;
        QTest::newRow("window kind") << with("window", R"({"kind": "sliding"})")
                                     << u"window.kind: must be \"time\" or \"count\""_s;
        QTest::newRow("window not object")
            << with("window", "60") << u"window: must be a JSON object"_s;
        QTest::newRow("window extra")
            << with("window", R"({"kind": "count", "n": 5, "size_seconds": 3})")
            << u"window.size_seconds: unknown field (expected one of: kind, n)"_s;
        QTest::newRow("size") << with("window",
                                      R"({"kind": "time", "size_seconds": 0, "step_seconds": 1})")
                              << u"window.size_seconds: must be an integer from 1 to 604800"_s;
        QTest::newRow("step over size")
            << with("window", R"({"kind": "time", "size_seconds": 60, "step_seconds": 90})")
            << u"window.step_seconds: must be an integer from 1 to 60"_s;
        QTest::newRow("n fraction") << with("window", R"({"kind": "count", "n": 2.5})")
                                    << u"window.n: must be an integer from 1 to 1000000"_s;
        QTest::newRow("min_volume text")
            << with("min_volume", R"("50")")
            << u"min_volume: must be an integer from 1 to 1000000000"_s;
        QTest::newRow("open_below")
            << with("open_below", "1.5")
            << u"open_below: must be a number greater than 0 and at most 1"_s;
        QTest::newRow("hysteresis")
            << with("recover_above", "0.8")
            << u"recover_above: must be greater than open_below (hysteresis)"_s;
        QTest::newRow("open_after")
            << with("open_after", "0") << u"open_after: must be an integer from 1 to 1000"_s;
        QTest::newRow("resolve_after") << with("resolve_after", "1001")
                                       << u"resolve_after: must be an integer from 1 to 1000"_s;
        QTest::newRow("no bands")
            << with("severity", "[]")
            << u"severity: must be a non-empty list of {\"name\", \"below\"} bands"_s;
        QTest::newRow("band field")
            << with("severity", R"([{"name": "x", "below": 0.5, "colour": 1}])")
            << u"severity[0].colour: unknown field (expected one of: name, below)"_s;
        QTest::newRow("band name twice")
            << with("severity", R"([{"name": "x", "below": 0.5}, {"name": "x", "below": 0.4}])")
            << u"severity[1].name: x is used twice"_s;
        QTest::newRow("band above open_below")
            << with("severity", R"([{"name": "x", "below": 0.85}])")
            << u"severity[0].below: must be at most open_below (a band above it never applies)"_s;
        QTest::newRow("bands share threshold")
            << with("severity", R"([{"name": "x", "below": 0.5}, {"name": "y", "below": 0.5}])")
            << u"severity[1].below: two bands share the same threshold"_s;
    }
    void refuses()
    {
        QFETCH(QJsonObject, definition);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!DetectionRule::parse(1, 1, u"r"_s, definition, &error));
        QCOMPARE(error, message);
    }
};

QTEST_GUILESS_MAIN(TestDetectionRule)
#include "tst_detection_rule.moc"
