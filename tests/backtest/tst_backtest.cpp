// The rule backtest against what payops detect --drain writes on the same stored events:
// simulated traffic with scripted incidents, ingested, detected by the engine; the backtest
// of two stored rules must find the very same downtimes at the very same times. Also:
// cancelling stops a run, the edited definition is the one applied, and the operators'
// labels and a ground-truth file change the confusion matrices.
#include "BacktestFixture.h"
#include "PayopsRun.h"
#include "TestStore.h"
#include "backtest/Backtest.h"
#include "backtest/BacktestScore.h"
#include "evaluate/GroundTruth.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// A downtime's identity and figures, as text: stored and backtested ones compare equal.
QString describe(const QString& cohortKey, qint64 started, std::optional<qint64> resolved,
                 const QString& severity, double lowestSr, qint64 volume, int version)
{
    return u"%1 %2..%3 %4 sr=%5 volume=%6 v%7"_s.arg(cohortKey)
        .arg(started)
        .arg(resolved ? QString::number(*resolved) : u"open"_s)
        .arg(severity)
        .arg(lowestSr, 0, 'g', 12)
        .arg(volume)
        .arg(version);
}

} // namespace

class TestBacktest : public QObject
{
    Q_OBJECT

    std::optional<TestStore> m_store;
    std::optional<PgConnection> m_owner;
    QTemporaryDir m_dir;
    BacktestFixture::Range m_range;

    BacktestRequest request(const std::optional<DetectionRule>& current,
                            const DetectionRule& edited) const
    {
        BacktestRequest request;
        request.conninfo = m_store->dsnAs(u"viewer"_s);
        request.from = m_range.from;
        request.to = m_range.to;
        request.current = current;
        request.edited = edited;
        return request;
    }

    BacktestResult run(const BacktestRequest& request)
    {
        BacktestResult result;
        const std::atomic_bool cancelled = false;
        if (!Backtest::run(request, result, cancelled))
            qFatal("the backtest did not complete");
        return result;
    }

    QStringList stored(qint64 ruleId)
    {
        const PgResult rows = m_owner->exec(
            u"SELECT cohort_key, (extract(epoch FROM started_at) * 1000000)::bigint, "
            u"(extract(epoch FROM resolved_at) * 1000000)::bigint, severity, lowest_sr, volume, "
            u"rule_version FROM payops.downtimes WHERE rule_id = $1 "
            u"ORDER BY started_at, cohort_key"_s,
            {ruleId});
        QStringList out;
        for (int row = 0; row < rows.rows(); ++row) {
            out.append(
                describe(rows.text(row, 0), rows.toInt(row, 1),
                         rows.isNull(row, 2) ? std::nullopt : std::optional(rows.toInt(row, 2)),
                         rows.text(row, 3), rows.value(row, 4).toDouble(), rows.toInt(row, 5),
                         int(rows.toInt(row, 6))));
        }
        return out;
    }

    static QStringList backtested(const QList<BacktestDowntime>& downtimes)
    {
        QStringList out;
        for (const BacktestDowntime& d : downtimes) {
            out.append(describe(d.cohortKey, d.startedAt, d.resolvedAt, d.severity, d.lowestSr,
                                d.volume, d.version));
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store.emplace(u"backtest"_s);
        const QString failed = BacktestFixture::simulate(*m_store, m_dir.path(), u"12m"_s, 150);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const PayopsRun detected =
            PayopsRun::of({u"detect"_s, u"--drain"_s, u"--dsn"_s, m_store->dsnAs(u"engine"_s)});
        QVERIFY2(detected.exitCode == 0, detected.err.constData());
        const QByteArray summary = detected.out + detected.err;
        QVERIFY2(summary.contains(" 0 late events"), summary.constData());
        m_owner.emplace(PgConnection::open(m_store->ownerDsn()));
        m_range = BacktestFixture::storedRange(*m_owner);
    }
    void cleanupTestCase()
    {
        m_owner.reset();
        m_store.reset();
    }

    void theBacktestFindsWhatDetectDrainWrote()
    {
        const DetectionRule issuer = BacktestFixture::rule(*m_owner, u"Method × issuer"_s);
        const DetectionRule merchant = BacktestFixture::rule(*m_owner, u"Merchant"_s);
        const BacktestResult result = run(request(issuer, merchant));
        QVERIFY(result.events > 100'000);
        QCOMPARE(result.lateEvents, 0);

        const QStringList issuerStored = stored(issuer.id);
        QVERIFY2(issuerStored.size() >= 3, qPrintable(issuerStored.join(u'\n')));
        const QStringList issuerBacktested = backtested(result.of(BacktestDowntime::Current));
        for (const QString& line : issuerBacktested) {
            if (!issuerStored.contains(line))
                qInfo().noquote() << "only backtested:" << line;
        }
        for (const QString& line : issuerStored) {
            if (!issuerBacktested.contains(line))
                qInfo().noquote() << "only stored:" << line;
        }
        QCOMPARE(issuerBacktested, issuerStored);
        const QStringList merchantStored = stored(merchant.id);
        QVERIFY(!merchantStored.isEmpty());
        QCOMPARE(backtested(result.of(BacktestDowntime::Edited)), merchantStored);
        // And the windows: as many as the engine wrote for each rule.
        const PgResult windows = m_owner->exec(
            u"SELECT count(*) FILTER (WHERE rule_id = $1), count(*) FILTER (WHERE rule_id = $2) "
            u"FROM payops.sr_windows"_s,
            {issuer.id, merchant.id});
        QCOMPARE(result.currentWindows, windows.toInt(0, 0));
        QCOMPARE(result.editedWindows, windows.toInt(0, 1));
    }

    void theEditedDefinitionIsTheOneApplied()
    {
        const DetectionRule issuer = BacktestFixture::rule(*m_owner, u"Method × issuer"_s);
        QJsonObject definition = BacktestFixture::definition(*m_owner, u"Method × issuer"_s);
        definition[u"min_volume"_s] = 1'000'000; // no window ever has that many payments
        const DetectionRule edited = BacktestFixture::edited(issuer, definition);
        const BacktestResult result = run(request(issuer, edited));
        QCOMPARE(backtested(result.of(BacktestDowntime::Current)), stored(issuer.id));
        QVERIFY(result.of(BacktestDowntime::Edited).isEmpty());
        QVERIFY(result.editedWindows > 0);

        // Without a current version there is one side only.
        const BacktestResult alone = run(request(std::nullopt, issuer));
        QVERIFY(!alone.hasCurrent);
        QVERIFY(alone.of(BacktestDowntime::Current).isEmpty());
        QCOMPARE(backtested(alone.of(BacktestDowntime::Edited)), stored(issuer.id));
    }

    void cancelStopsTheRun()
    {
        const DetectionRule issuer = BacktestFixture::rule(*m_owner, u"Method × issuer"_s);
        std::atomic_bool cancelled = false;
        int reports = 0;
        BacktestResult result;
        const bool completed =
            Backtest::run(request(issuer, issuer), result, cancelled, [&](double fraction) {
                ++reports;
                QVERIFY(fraction > 0 && fraction < 1);
                cancelled = true;
            });
        QVERIFY(!completed);
        QCOMPARE(reports, 1);
        QVERIFY(result.downtimes.isEmpty());

        // On its thread: cancelled() and never finished().
        Backtest backtest;
        QSignalSpy finished(&backtest, &Backtest::finished);
        QSignalSpy stopped(&backtest, &Backtest::cancelled);
        QVERIFY(backtest.start(request(issuer, issuer)));
        QVERIFY(backtest.isRunning());
        QVERIFY(!backtest.start(request(issuer, issuer))); // one run at a time
        backtest.cancel();
        QVERIFY(stopped.wait(30'000));
        QCOMPARE(finished.size(), 0);

        // And a run to its end reports progress up to 1 and its result.
        QSignalSpy progress(&backtest, &Backtest::progress);
        QVERIFY(backtest.start(request(issuer, issuer)));
        QVERIFY(finished.wait(60'000));
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().first().toDouble(), 1.0);
        const auto done = finished.first().first().value<BacktestResult>();
        QCOMPARE(backtested(done.of(BacktestDowntime::Edited)), stored(issuer.id));
        // Once its outcome is out, the next run may start at once.
        QVERIFY(backtest.start(request(issuer, issuer)));
        backtest.cancel();
        QVERIFY(stopped.wait(30'000));
        QCOMPARE(stopped.size(), 2);
    }

    void labelsChangeTheMatrix()
    {
        const DetectionRule issuer = BacktestFixture::rule(*m_owner, u"Method × issuer"_s);
        const BacktestResult before = run(request(issuer, issuer));
        const QList<BacktestDowntime> downtimes = before.of(BacktestDowntime::Current);
        QVERIFY(before.labelledTrue.isEmpty() && before.labelledFalse.isEmpty());
        // Nobody labelled anything: nothing is judged (unknown is not false).
        const DetectionEvaluation unlabelled = BacktestScore::evaluateAgainstLabels(
            downtimes, before.labelledTrue, before.labelledFalse);
        QCOMPARE(unlabelled.truePositives(), 0);
        QCOMPARE(unlabelled.falsePositives(), 0);
        QCOMPARE(unlabelled.labelledFalsePositives(), 0);
        QVERIFY(downtimes.size() > 2);

        // An operator says the first is noise and the last a real outage.
        const PgResult ids = m_owner->exec(
            u"SELECT min(id), max(id) FROM payops.downtimes WHERE rule_id = $1"_s, {issuer.id});
        PgConnection operatorLogin = PgConnection::open(m_store->dsnAs(u"operator"_s));
        operatorLogin.exec(u"SELECT payops.label_downtime($1, 'false_positive', 'noise')"_s,
                           {ids.toInt(0, 0)});
        operatorLogin.exec(u"SELECT payops.label_downtime($1, 'true_positive', 'real')"_s,
                           {ids.toInt(0, 1)});

        const BacktestResult after = run(request(issuer, issuer));
        QCOMPARE(after.labelledFalse.size(), 1);
        QCOMPARE(after.labelledTrue.size(), 1);
        const DetectionEvaluation labelled = BacktestScore::evaluateAgainstLabels(
            after.of(BacktestDowntime::Current), after.labelledTrue, after.labelledFalse);
        QCOMPARE(labelled.labelledFalsePositives(), 1);
        QCOMPARE(labelled.detectedIncidents(), 1);
        QCOMPARE(labelled.falseNegatives(), 0);
        // Only the two labelled downtimes are judged: one true, one labelled false.
        QCOMPARE(labelled.truePositives(), 1);
        QCOMPARE(labelled.falsePositives(), 1);
    }

    void aGroundTruthFileScoresBothVersions()
    {
        QString error;
        const auto truth = GroundTruth::load(m_dir.filePath(u"truth.jsonl"_s), &error);
        QVERIFY2(truth, qPrintable(error));
        const DetectionRule issuer = BacktestFixture::rule(*m_owner, u"Method × issuer"_s);
        QJsonObject definition = BacktestFixture::definition(*m_owner, u"Method × issuer"_s);
        definition[u"min_volume"_s] = 1'000'000;
        const BacktestResult result =
            run(request(issuer, BacktestFixture::edited(issuer, definition)));
        QList<TruthIncident> inRange;
        for (const TruthIncident& incident : *truth) {
            if (incident.startsAt < result.to)
                inRange.append(incident);
        }
        QVERIFY(inRange.size() >= 3);
        const DetectionEvaluation current =
            BacktestScore::evaluate(result.of(BacktestDowntime::Current), inRange);
        const DetectionEvaluation edited =
            BacktestScore::evaluate(result.of(BacktestDowntime::Edited), inRange);
        // The current rule sees the bank going down (hdfc-down); the edited one sees nothing.
        QVERIFY(current.truePositives() >= 1);
        QVERIFY(current.detectedIncidents() >= 1);
        QCOMPARE(edited.truePositives() + edited.falsePositives(), 0);
        QCOMPARE(edited.falseNegatives(), inRange.size());
    }
};

QTEST_GUILESS_MAIN(TestBacktest)
#include "tst_backtest.moc"
