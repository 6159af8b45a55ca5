// The accuracy target of issue 4: a simulated 30-minute day with eight scripted incidents of
// four kinds (resources/simulate/incidents-day.json), ingested, detected by payops detect
// with the default rules, judged by payops evaluate: recall >= 0.95, precision >= 0.9,
// median detection delay under 60 s of simulated time, on at least 50 platform cohorts and
// 200 merchant cohorts.
#include "PayopsRun.h"
#include "TestStore.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;

class TestDetectionAccuracy : public QObject
{
    Q_OBJECT

    std::optional<TestStore> m_store;
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store.emplace(u"accuracy"_s);
    }
    void cleanupTestCase() { m_store.reset(); }

    void aSimulatedDayIsDetectedByTheDefaultRules()
    {
        // 16:00 to 16:30 in India: about 350 payments a second.
        const PayopsRun simulated =
            PayopsRun::of({u"simulate"_s, u"--scenario"_s,
                           qEnvironmentVariable("PAYOPS_SOURCE_DIR") +
                               u"/resources/simulate/incidents-day.json"_s,
                           u"--seed"_s, u"11"_s, u"--start"_s, u"2026-11-24T10:30:00Z"_s,
                           u"--duration"_s, u"30m"_s, u"--rate"_s, u"320"_s, u"--out"_s,
                           path(u"events.jsonl"_s), u"--truth"_s, path(u"truth.jsonl"_s)});
        QVERIFY2(simulated.exitCode == 0, simulated.err.constData());
        const PayopsRun ingested = PayopsRun::of(
            {u"ingest"_s, u"--dsn"_s, m_store->dsnAs(u"engine"_s), path(u"events.jsonl"_s)});
        QVERIFY2(ingested.exitCode == 0, ingested.err.constData());
        const PayopsRun detected =
            PayopsRun::of({u"detect"_s, u"--drain"_s, u"--dsn"_s, m_store->dsnAs(u"engine"_s)});
        QVERIFY2(detected.exitCode == 0, detected.err.constData());
        qInfo().noquote() << detected.err.trimmed();

        // The default rules watch enough cohorts: those with the rule's minimum volume in at
        // least half of their windows.
        PgConnection owner = PgConnection::open(m_store->ownerDsn());
        const PgResult watched = owner.exec(
            u"WITH c AS (SELECT w.rule_id, w.cohort_key, r.definition->'cohort'->'group_by' ? "
            "'merchant_id' AS merchant, avg((w.attempts >= (r.definition->>'min_volume')::int)"
            "::int) AS share FROM payops.sr_windows w JOIN payops.current_rules r USING "
            "(rule_id) GROUP BY 1, 2, 3) SELECT count(*) FILTER (WHERE NOT merchant), count(*) "
            "FILTER (WHERE merchant) FROM c WHERE share >= 0.5"_s);
        qInfo() << "watched cohorts: platform" << watched.toInt(0, 0) << "merchant"
                << watched.toInt(0, 1);
        QVERIFY(watched.toInt(0, 0) >= 50);
        QVERIFY(watched.toInt(0, 1) >= 200);

        const PayopsRun table = PayopsRun::of({u"evaluate"_s, u"--truth"_s, path(u"truth.jsonl"_s),
                                               u"--dsn"_s, m_store->dsnAs(u"viewer"_s)});
        QVERIFY2(table.exitCode == 0, table.err.constData());
        qInfo().noquote() << "\n" << table.out;
        const PayopsRun evaluated =
            PayopsRun::of({u"evaluate"_s, u"--truth"_s, path(u"truth.jsonl"_s), u"--json"_s,
                           u"--dsn"_s, m_store->dsnAs(u"viewer"_s)});
        QVERIFY2(evaluated.exitCode == 0, evaluated.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(evaluated.out).object();
        QCOMPARE(json[u"incidents"_s].toArray().size(), 8);
        QCOMPARE(json[u"by_kind"_s].toObject().size(), 4);
        QVERIFY2(json[u"recall"_s].toDouble() >= 0.95, evaluated.out.constData());
        QVERIFY2(json[u"precision"_s].toDouble() >= 0.9, evaluated.out.constData());
        const QJsonValue median = json[u"delay_s"_s][u"median"_s];
        QVERIFY2(median.isDouble() && median.toDouble() < 60, evaluated.out.constData());
        // Every incident's first reaction came after it began, and each was seen on its own
        // cohort (or a part of it), not only through symptoms elsewhere.
        for (const QJsonValue& incident : json[u"incidents"_s].toArray()) {
            const QByteArray name = incident[u"incident"_s].toString().toUtf8();
            QVERIFY2(incident[u"delay_s"_s].toDouble() >= 0, name.constData());
            QVERIFY2(incident[u"direct_matches"_s].toInt() >= 1, name.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestDetectionAccuracy)
#include "tst_detection_accuracy.moc"
