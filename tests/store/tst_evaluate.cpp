// payops simulate to files, payops ingest, and payops evaluate against downtimes written by
// hand (as a detector would), with an operator's false_positive label.
#include "PayopsRun.h"
#include "TestStore.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const char* const scenario = R"({"incidents": [
  {"name": "hdfc-down", "kind": "issuer_down", "issuer": "HDFC", "start": "30s", "end": "90s"},
  {"name": "m2-broken", "kind": "merchant_broken", "merchant": "m_0002", "start": "2m", "end": "3m"},
  {"name": "gw-c-flapping", "kind": "gateway_flapping", "gateway": "gw_c", "start": "210s",
   "end": "270s"}
]})";

const char* const rule = R"({"cohort": {"group_by": ["method", "issuer"]},
  "window": {"kind": "time", "size_seconds": 60, "step_seconds": 10},
  "min_volume": 40, "open_below": 0.75, "recover_above": 0.88, "open_after": 2,
  "resolve_after": 3, "severity": [{"name": "critical", "below": 0.3}]})";

} // namespace

class TestEvaluate : public QObject
{
    Q_OBJECT

    std::optional<TestStore> m_store;
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store.emplace(u"evaluate"_s);
        QFile file(path(u"scenario.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(scenario);
    }
    void cleanupTestCase() { m_store.reset(); }

    void simulatedEventsIngestWithTheirCustomers()
    {
        const PayopsRun simulated =
            PayopsRun::of({u"simulate"_s, u"--scenario"_s, path(u"scenario.json"_s), u"--seed"_s,
                           u"3"_s, u"--start"_s, u"2026-11-24T16:00:00Z"_s, u"--duration"_s,
                           u"5m"_s, u"--rate"_s, u"40"_s, u"--flat"_s, u"--out"_s,
                           path(u"events.jsonl"_s), u"--truth"_s, path(u"truth.jsonl"_s)});
        QVERIFY2(simulated.exitCode == 0, simulated.err.constData());
        QFile events(path(u"events.jsonl"_s));
        QVERIFY(events.open(QIODevice::ReadOnly));
        const qint64 lines = events.readAll().count('\n');
        QVERIFY(lines > 20'000);

        const PayopsRun ingested = PayopsRun::of(
            {u"ingest"_s, u"--dsn"_s, m_store->dsnAs(u"engine"_s), path(u"events.jsonl"_s)});
        QVERIFY2(ingested.exitCode == 0, ingested.err.constData());
        PgConnection owner = PgConnection::open(m_store->ownerDsn());
        QCOMPARE(owner.exec(u"SELECT count(*) FROM payops.payment_events"_s).toInt(0, 0), lines);
        QCOMPARE(owner
                     .exec(u"SELECT count(*) FROM payops.payment_events WHERE extra ? "
                           "'customer_id'"_s)
                     .toInt(0, 0),
                 lines);
        QCOMPARE(owner.exec(u"SELECT count(*) FROM payops.ingest_quarantine"_s).toInt(0, 0), 0);
        // Customer failures are in the store, and HDFC's payments failed while it was down.
        QVERIFY(owner
                    .exec(u"SELECT count(*) FROM payops.payment_events WHERE error_source = "
                          "'customer'"_s)
                    .toInt(0, 0) > 100);
        const double hdfcDown =
            owner
                .exec(u"SELECT avg((status = 'authorized')::int) FROM payops.payment_events WHERE "
                      "issuer = 'HDFC' AND (status = 'authorized' OR error_source IN ('bank', "
                      "'gateway', 'internal')) AND occurred_at >= '2026-11-24T16:00:30Z' AND "
                      "occurred_at < '2026-11-24T16:01:30Z'"_s)
                .value(0, 0)
                .toDouble();
        QVERIFY2(hdfcDown < 0.05, qPrintable(QString::number(hdfcDown)));
    }

    void evaluateMatchesDowntimesAgainstTheTruth()
    {
        try {
            writeDowntimes();
        } catch (const StoreError& error) {
            QFAIL(qPrintable(error.message()));
        }
        checkEvaluation();
    }

private:
    void writeDowntimes()
    {
        PgConnection admin = PgConnection::open(m_store->dsnAs(u"admin"_s));
        const qint64 ruleId =
            admin
                .exec(u"SELECT rule_id FROM payops.save_rule(NULL, 'evaluate test', $1::jsonb, "
                      "'test')"_s,
                      {QString::fromUtf8(rule)})
                .toInt(0, 0);
        PgConnection owner = PgConnection::open(m_store->ownerDsn());
        // Migration 008 (the detector's) adds resolved_reason, required once resolved.
        const bool hasReason =
            owner
                .exec(u"SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                      "'payops' AND table_name = 'downtimes' AND column_name = "
                      "'resolved_reason'"_s)
                .toInt(0, 0) == 1;
        const auto insert = [&](const char* cohort, const char* key, const char* from,
                                const char* to) {
            const qint64 id =
                owner
                    .exec(u"INSERT INTO payops.downtimes (rule_id, rule_version, cohort, "
                          "cohort_key, started_at, severity, lowest_sr, volume) VALUES ($1, 1, "
                          "$2::jsonb, $3, $4, 'critical', 0.01, 500) RETURNING id"_s,
                          {ruleId, QString::fromUtf8(cohort), QString::fromUtf8(key),
                           QString::fromUtf8(from)})
                    .toInt(0, 0);
            if (to) {
                owner.exec(u"UPDATE payops.downtimes SET resolved_at = $2"_s +
                               (hasReason ? u", resolved_reason = 'recovered'"_s : QString()) +
                               u" WHERE id = $1"_s,
                           {id, QString::fromUtf8(to)});
            }
            return id;
        };
        // The incidents do not overlap in time: design.md's rule lets a downtime match any
        // incident of its time whose cohort does not contradict its own.
        // hdfc-down: a partial cohort 25 s in, and the card cohort.
        insert(R"({"method": "upi", "issuer": "HDFC"})", "method=upi,issuer=HDFC",
               "2026-11-24T16:00:55Z", "2026-11-24T16:01:40Z");
        insert(R"({"method": "card", "issuer": "HDFC"})", "method=card,issuer=HDFC",
               "2026-11-24T16:01:05Z", "2026-11-24T16:01:35Z");
        // m2-broken: detected 40 s in, on a narrower cohort, and still open (it contradicts
        // gw-c-flapping's gateway, so it does not match that one).
        insert(R"({"gateway": "gw_a", "merchant_id": "m_0002"})", "gateway=gw_a,merchant_id=m_0002",
               "2026-11-24T16:02:40Z", nullptr);
        // gw-c-flapping: the only downtime, which an operator says was noise.
        const qint64 labelled = insert(R"({"gateway": "gw_c"})", "gateway=gw_c",
                                       "2026-11-24T16:03:45Z", "2026-11-24T16:04:10Z");
        PgConnection operatorLogin = PgConnection::open(m_store->dsnAs(u"operator"_s));
        operatorLogin.exec(u"SELECT payops.label_downtime($1, 'false_positive', 'test')"_s,
                           {labelled});
        // Between incidents: matches nothing.
        insert(R"({"method": "card", "issuer": "SBI"})", "method=card,issuer=SBI",
               "2026-11-24T16:01:50Z", "2026-11-24T16:01:58Z");
    }

    void checkEvaluation()
    {
        const PayopsRun evaluated =
            PayopsRun::of({u"evaluate"_s, u"--truth"_s, path(u"truth.jsonl"_s), u"--json"_s,
                           u"--dsn"_s, m_store->dsnAs(u"viewer"_s)});
        QVERIFY2(evaluated.exitCode == 0, evaluated.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(evaluated.out).object();
        const QJsonObject confusion = json[u"confusion"_s].toObject();
        QCOMPARE(confusion[u"true_positives"_s].toInt(), 3);
        QCOMPARE(confusion[u"false_positives"_s].toInt(), 2);
        QCOMPARE(confusion[u"labelled_false_positives"_s].toInt(), 1);
        QCOMPARE(confusion[u"false_negatives"_s].toInt(), 1);
        QCOMPARE(json[u"recall"_s].toDouble(), 0.6667);
        QCOMPARE(json[u"precision"_s].toDouble(), 0.6);
        QCOMPARE(json[u"delay_s"_s][u"median"_s].toDouble(), 32.5); // of 25 and 40
        QCOMPARE(json[u"delay_s"_s][u"p95"_s].toDouble(), 40.0);
        const QJsonArray incidents = json[u"incidents"_s].toArray();
        QCOMPARE(incidents.size(), 3);
        QCOMPARE(incidents[0][u"incident"_s].toString(), u"hdfc-down"_s);
        QCOMPARE(incidents[0][u"matching_downtimes"_s].toInt(), 2);
        QCOMPARE(incidents[2][u"detected"_s].toBool(), false);

        // --from keeps what lasts past it: m2-broken and gw-c-flapping, the open downtime and
        // the labelled one.
        const PayopsRun late =
            PayopsRun::of({u"evaluate"_s, u"--truth"_s, path(u"truth.jsonl"_s), u"--from"_s,
                           u"2026-11-24T16:02:50Z"_s, u"--dsn"_s, m_store->dsnAs(u"viewer"_s)});
        QVERIFY2(late.exitCode == 0, late.err.constData());
        QVERIFY2(late.out.contains("precision 0.500  recall 0.500 (1 of 2 incidents)"),
                 late.out.constData());
    }

private slots:
    void aBadTruthFileIsRefused()
    {
        QFile file(path(u"bad.jsonl"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"incident\": \"x\", \"cohort\": {\"bank\": \"HDFC\"}}\n");
        file.close();
        const PayopsRun evaluated =
            PayopsRun::of({u"evaluate"_s, u"--truth"_s, path(u"bad.jsonl"_s), u"--dsn"_s,
                           m_store->dsnAs(u"viewer"_s)});
        QCOMPARE(evaluated.exitCode, 2);
        QVERIFY2(evaluated.err.contains("bad.jsonl: line 1: cohort.bank: unknown dimension"),
                 evaluated.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestEvaluate)
#include "tst_evaluate.moc"
