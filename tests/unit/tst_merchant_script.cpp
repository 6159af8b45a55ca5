#include "simulate/MerchantScript.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Kind = MerchantPhase::Kind;

namespace {

const QByteArray secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

QByteArray scenario(const QByteArray& merchant)
{
    return "{\n  \"merchants\": [\n    {\"merchant\": \"m_ok\", \"secret\": \"" + secret +
           "\",\n     \"behaviour\": {\"kind\": \"healthy\"}},\n    " + merchant + "\n  ]\n}\n";
}

// JSON written with ' for ", to keep the tests legible.
QByteArray q(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

} // namespace

class TestMerchantScript : public QObject
{
    Q_OBJECT
private slots:
    void theDemoScenarioLoads()
    {
        QString error;
        const auto script = MerchantScript::load(qEnvironmentVariable("PAYOPS_SOURCE_DIR") +
                                                     u"/resources/simulate/demo-merchants.json"_s,
                                                 &error);
        QVERIFY2(script, qPrintable(error));
        QCOMPARE(script->merchants().size(), 6);
        QList<Kind> kinds;
        for (const MerchantSpec& merchant : script->merchants())
            kinds.append(merchant.phases.last().kind);
        QVERIFY(kinds.contains(Kind::Slow));
        QVERIFY(kinds.contains(Kind::Flaky));
        QVERIFY(kinds.contains(Kind::RateLimited));
        QVERIFY(kinds.contains(Kind::Gone));
    }
    void defaultsAndSchedule()
    {
        QString error;
        const auto script =
            MerchantScript::parse(scenario(q("{'merchant': 'm_x', 'secret': '") + secret +
                                           q("', 'cycle_s': 300,"
                                             "'schedule': [{'at_s': 0, 'kind': 'flaky'},"
                                             "{'at_s': 60, 'kind': 'down', 'mode': 'reset'},"
                                             "{'at_s': 120, 'kind': 'rate_limited'}]}")),
                                  &error);
        QVERIFY2(script, qPrintable(error));
        const MerchantSpec& x = script->merchants().at(1);
        QCOMPARE(x.endpointId, u"ep_m_x"_s);
        QCOMPARE(x.path, u"m_x"_s);
        QCOMPARE(x.phases.at(0).share, 0.3);
        QCOMPARE(x.phases.at(0).status, 500);
        QCOMPARE(x.phases.at(2).retryAfter, 5);
        QCOMPARE(x.phaseAt(0ms).kind, Kind::Flaky);
        QCOMPARE(x.phaseAt(59'999ms).kind, Kind::Flaky);
        QCOMPARE(x.phaseAt(60'000ms).kind, Kind::Down);
        QCOMPARE(x.phaseAt(60'000ms).downMode, MerchantPhase::DownMode::Reset);
        QCOMPARE(x.phaseAt(299'000ms).kind, Kind::RateLimited);
        QCOMPARE(x.phaseAt(300'000ms).kind, Kind::Flaky); // the cycle starts over
        QCOMPARE(x.phaseAt(370'000ms).kind, Kind::Down);
    }
    void errorsNameLineAndField_data()
    {
        QTest::addColumn<QByteArray>("merchant");
        QTest::addColumn<QString>("expected");
        const QByteArray s = secret;
        QTest::newRow("unknown kind")
            << QByteArray(q("{'merchant': 'm_y', 'secret': '") + s +
                          "\",\n     \"behaviour\": {\"kind\": \"flakey\"}}")
            << u"line 6: merchants[1].behaviour.kind: must be one of healthy, slow"_s;
        QTest::newRow("bad secret")
            << QByteArray("{\"merchant\": \"m_y\",\n\"secret\": \"whsec_***\", \"behaviour\": "
                          "{\"kind\": \"healthy\"}}")
            << u"line 6: merchants[1].secret: the part of a signing secret after"_s;
        QTest::newRow("missing secret")
            << QByteArray(q("{'merchant': 'm_y', 'behaviour': {'kind': 'healthy'}}"))
            << u"line 5: merchants[1].secret: is required"_s;
        QTest::newRow("same path twice")
            << QByteArray(q("{'merchant': 'm_y', 'path': 'm_ok', 'secret': '") + s +
                          q("', 'behaviour': {'kind': 'healthy'}}"))
            << u"line 5: merchants[1].path: \"m_ok\" is used twice"_s;
        QTest::newRow("typo in a field")
            << QByteArray(q("{'merchant': 'm_y', 'secret': '") + s +
                          "\",\n \"behavior\": {\"kind\": \"healthy\"}}")
            << u"line 6: merchants[1].behavior: unknown field"_s;
        QTest::newRow("field of another kind")
            << QByteArray(q("{'merchant': 'm_y', 'secret': '") + s +
                          "\", \"behaviour\":\n {\"kind\": \"healthy\",\n \"delay_ms\": 5}}")
            << u"line 7: merchants[1].behaviour.delay_ms: does not apply to healthy"_s;
        QTest::newRow("phases out of order")
            << QByteArray(q("{'merchant': 'm_y', 'secret': '") + s +
                          "\", \"schedule\": [{\"kind\": \"healthy\"},\n {\"at_s\": 60, \"kind\": "
                          "\"gone\"},\n {\"at_s\": 30, \"kind\": \"healthy\"}]}")
            << u"line 7: merchants[1].schedule[2].at_s: must be later than the previous"_s;
        QTest::newRow("share out of range")
            << QByteArray(q("{'merchant': 'm_y', 'secret': '") + s +
                          q("', 'behaviour': {'kind': 'flaky', 'share': 1.5}}"))
            << u"line 5: merchants[1].behaviour.share: must be a number from 0 to 1"_s;
        QTest::newRow("syntax") << QByteArray("{\"merchant\": \"m_y\",\n  \"secret\" \"x\"}")
                                << u"line 6, column"_s;
    }
    void errorsNameLineAndField()
    {
        QFETCH(QByteArray, merchant);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!MerchantScript::parse(scenario(merchant), &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }
    void aFileThatIsMissingIsNamed()
    {
        QString error;
        QVERIFY(!MerchantScript::load(u"/nonexistent/scenario.json"_s, &error));
        QVERIFY2(error.startsWith(u"/nonexistent/scenario.json: "_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestMerchantScript)
#include "tst_merchant_script.moc"
