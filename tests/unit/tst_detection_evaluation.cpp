// payops evaluate's matching: detected downtimes against the ground truth on a hand-made case.
#include "evaluate/DetectionEvaluation.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 second = 1'000'000;
constexpr qint64 t0 = 1'764'000'000 * second;

TruthIncident incident(const QString& name, QMap<QString, QString> cohort, int from, int to)
{
    return TruthIncident{name, u"issuer_down"_s, std::move(cohort), t0 + from * second,
                         t0 + to * second};
}

DetectedDowntime downtime(qint64 id, QMap<QString, QString> cohort, int from, std::optional<int> to,
                          bool falsePositive = false)
{
    return DetectedDowntime{id, std::move(cohort), t0 + from * second,
                            to ? std::optional<qint64>(t0 + *to * second) : std::nullopt,
                            falsePositive};
}

} // namespace

class TestDetectionEvaluation : public QObject
{
    Q_OBJECT
private slots:
    void cohortsAgreeUnlessADimensionBothFixDiffers()
    {
        const QMap<QString, QString> hdfc{{u"issuer"_s, u"HDFC"_s}};
        const QMap<QString, QString> hdfcCards{{u"issuer"_s, u"HDFC"_s}, {u"method"_s, u"card"_s}};
        const QMap<QString, QString> upi{{u"method"_s, u"upi"_s}};
        const QMap<QString, QString> gateway{{u"gateway"_s, u"gw_a"_s}};
        QVERIFY(DetectionEvaluation::cohortsAgree(hdfc, hdfcCards));
        QVERIFY(DetectionEvaluation::cohortsAgree(hdfcCards, hdfc));
        QVERIFY(!DetectionEvaluation::cohortsAgree(hdfcCards, upi));
        QVERIFY(DetectionEvaluation::cohortsAgree(hdfc, upi));
        QVERIFY(DetectionEvaluation::cohortsAgree(gateway, {}));
        QVERIFY(DetectionEvaluation::sharesDimension(hdfc, hdfcCards));
        QVERIFY(!DetectionEvaluation::sharesDimension(hdfc, upi));
        QVERIFY(!DetectionEvaluation::cohortsAgree(hdfc, {{u"issuer"_s, u"SBI"_s}}));
    }

    void timesOverlapHalfOpen()
    {
        const TruthIncident truth = incident(u"a"_s, {}, 100, 200);
        QVERIFY(DetectionEvaluation::overlaps(truth, downtime(1, {}, 150, 160)));
        QVERIFY(DetectionEvaluation::overlaps(truth, downtime(1, {}, 50, 101)));
        QVERIFY(DetectionEvaluation::overlaps(truth, downtime(1, {}, 199, std::nullopt)));
        QVERIFY(DetectionEvaluation::overlaps(truth, downtime(1, {}, 0, std::nullopt)));
        QVERIFY(!DetectionEvaluation::overlaps(truth, downtime(1, {}, 200, 300)));
        QVERIFY(!DetectionEvaluation::overlaps(truth, downtime(1, {}, 50, 100)));
    }

    void theMatrixOfAHandMadeCase()
    {
        const QList<TruthIncident> truth{
            incident(u"hdfc-cards"_s, {{u"issuer"_s, u"HDFC"_s}, {u"method"_s, u"card"_s}}, 100,
                     400),
            incident(u"upi"_s, {{u"method"_s, u"upi"_s}}, 1000, 1300),
            incident(u"gw-b"_s, {{u"gateway"_s, u"gw_b"_s}}, 2000, 2300),
            incident(u"m7"_s, {{u"merchant_id"_s, u"m_0007"_s}}, 3000, 3300),
            incident(u"gw-z"_s, {{u"gateway"_s, u"gw_z"_s}}, 4000, 4100),
        };
        const QList<DetectedDowntime> downtimes{
            // hdfc-cards: a partial cohort (issuer only) 30 s in, then the exact one 50 s in.
            downtime(11, {{u"issuer"_s, u"HDFC"_s}}, 130, 420),
            downtime(12, {{u"method"_s, u"card"_s}, {u"issuer"_s, u"HDFC"_s}}, 150, 390),
            // A more precise cohort than the incident's: method=upi,issuer=SBI matches upi.
            downtime(13, {{u"method"_s, u"upi"_s}, {u"issuer"_s, u"SBI"_s}}, 1040, 1290),
            // Same time as upi but another method: no match, a false positive.
            downtime(14, {{u"method"_s, u"card"_s}}, 1050, 1100),
            // gw-b: the only downtime was labelled false_positive by an operator.
            downtime(15, {{u"gateway"_s, u"gw_b"_s}}, 2020, 2200, true),
            // m7: a downtime still open (its gateway contradicts gw-z's).
            downtime(16, {{u"merchant_id"_s, u"m_0007"_s}, {u"gateway"_s, u"gw_y"_s}}, 3070,
                     std::nullopt),
            // Nothing scripted here.
            downtime(17, {{u"gateway"_s, u"gw_a"_s}}, 5000, 5100),
            // Began before upi and lasts into it: it matches, but upi's delay is 13's.
            downtime(18, {{u"merchant_id"_s, u"m_0009"_s}}, 900, 1010),
            // gw-z: only a downtime that began before it: a negative delay.
            downtime(19, {{u"method"_s, u"netbanking"_s}}, 3950, 4050),
        };
        const DetectionEvaluation result = DetectionEvaluation::evaluate(truth, downtimes);
        QCOMPARE(result.truePositives(), 6);  // 11, 12, 13, 16, 18, 19
        QCOMPARE(result.falsePositives(), 3); // 14, 15 (label), 17
        QCOMPARE(result.labelledFalsePositives(), 1);
        QCOMPARE(result.falseNegatives(), 1); // gw-b
        QCOMPARE(result.detectedIncidents(), 4);
        QCOMPARE(result.falsePositiveIds(), (QList<qint64>{14, 15, 17}));
        QCOMPARE(result.precision(), 6.0 / 9.0);
        QCOMPARE(result.recall(), 0.8);
        // Delays -50, 30, 40, 70 s: the median is the mean of the middle two, p95 the largest
        // (nearest rank).
        QCOMPARE(result.incidents()[0].firstDowntimeId, 11);
        QCOMPARE(result.incidents()[0].matchingDowntimes, 2);
        QCOMPARE(result.incidents()[0].directMatches, 2);
        QCOMPARE(result.incidents()[0].delayMicros, 30 * second);
        QCOMPARE(result.incidents()[1].delayMicros, 40 * second);
        QCOMPARE(result.incidents()[1].firstDowntimeId, 13);
        QCOMPARE(result.incidents()[1].matchingDowntimes, 2);
        QCOMPARE(result.incidents()[1].directMatches, 1); // 13 is on upi; 18 on a merchant
        QVERIFY(!result.incidents()[2].delayMicros);
        QCOMPARE(result.incidents()[3].delayMicros, 70 * second);
        QCOMPARE(result.incidents()[4].delayMicros, -50 * second);
        QCOMPARE(result.medianDelaySeconds(), 35.0);
        QCOMPARE(result.p95DelaySeconds(), 70.0);

        const QJsonObject json = result.toJson();
        QCOMPARE(json[u"confusion"_s][u"true_positives"_s].toInt(), 6);
        QCOMPARE(json[u"confusion"_s][u"false_negatives"_s].toInt(), 1);
        QCOMPARE(json[u"recall"_s].toDouble(), 0.8);
        QCOMPARE(json[u"precision"_s].toDouble(), 0.6667);
        QCOMPARE(json[u"delay_s"_s][u"median"_s].toDouble(), 35.0);
        QCOMPARE(json[u"incidents"_s][2][u"detected"_s].toBool(), false);
        QCOMPARE(json[u"by_kind"_s][u"issuer_down"_s][u"detected"_s].toInt(), 4);
        const QString table = result.table();
        QVERIFY2(table.contains(u"precision 0.667  recall 0.800 (4 of 5 incidents)  delay median "
                                "35.0 s  p95 70.0 s"_s),
                 qPrintable(table));
        QVERIFY2(table.contains(u"gw-b"_s) && table.contains(u"missed"_s), qPrintable(table));
    }

    void delayStatistics()
    {
        QCOMPARE(DetectionEvaluation::median({10}), 10.0);
        QCOMPARE(DetectionEvaluation::median({10, 20}), 15.0);
        QCOMPARE(DetectionEvaluation::median({1, 2, 9}), 2.0);
        QList<double> twenty;
        for (int i = 1; i <= 20; ++i)
            twenty.append(i);
        QCOMPARE(DetectionEvaluation::percentile95(twenty), 19.0);
        QCOMPARE(DetectionEvaluation::percentile95({5}), 5.0);
    }

    void nothingToDetectAndNothingDetected()
    {
        const DetectionEvaluation result = DetectionEvaluation::evaluate({}, {});
        QCOMPARE(result.precision(), 1.0);
        QCOMPARE(result.recall(), 1.0);
        QVERIFY(!result.medianDelaySeconds());
        QVERIFY(result.toJson()[u"delay_s"_s][u"median"_s].isNull());
    }
};

QTEST_GUILESS_MAIN(TestDetectionEvaluation)
#include "tst_detection_evaluation.moc"
