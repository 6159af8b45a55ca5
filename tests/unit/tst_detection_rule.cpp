#include "DetectorFixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace DetectorFixture;
using namespace Qt::StringLiterals;

class TestDetectionRule : public QObject
{
    Q_OBJECT
private slots:
    void parsesEveryField()
    {
        QString error;
        const auto rule = DetectionRule::parse(7, 3, u"hdfc"_s, validDefinition(), &error);
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
            1, 1, u"n"_s, withField("window", R"({"kind": "count", "n": 500})"), nullptr);
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
        for (const RuleRefusal& refusal : ruleRefusals())
            QTest::newRow(refusal.tag) << refusal.definition << refusal.message;
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
