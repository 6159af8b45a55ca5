#include "DetectScenario.h"
#include "TestStore.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"
#include "store/StoreError.h"

#include <QTest>
#include <optional>
#include <signal.h>

using namespace Qt::StringLiterals;
using namespace DetectScenario;

namespace {

// HDFC fails completely from 3 to 6 minutes after t0.
double hdfcOutage(int second)
{
    return second >= 180 && second < 360 ? 1.0 : 0.0;
}

} // namespace

// `payops detect` against a real store, run as the detector login: downtimes open and resolve at
// the times the rule implies, mutes, webhook events, late commits, live rule edits and
// restarts.
class DetectTest : public QObject
{
    Q_OBJECT

    std::optional<TestStore> m_store;

    // Each engine as its own login: payops detect as detector, the events loaded as ingest.
    QString detectorDsn() const { return m_store->dsnAs(u"detector"_s); }
    QString ingestDsn() const { return m_store->dsnAs(u"ingest"_s); }
    PgConnection owner() const { return PgConnection::open(m_store->ownerDsn()); }
    qint64 count(const QString& sql, const QVariantList& params = {})
    {
        return owner().exec(sql, params).toInt(0, 0);
    }

    // The rows of a query, one line each, for failure messages.
    QByteArray dump(const QString& sql)
    {
        const PgResult result = owner().exec(sql);
        QStringList lines;
        for (int row = 0; row < result.rows(); ++row) {
            QStringList values;
            for (int column = 0; column < result.columns(); ++column)
                values.append(result.text(row, column));
            lines.append(values.join(u" | "_s));
        }
        return lines.join(u"\n"_s).toUtf8();
    }

    void drain(const QStringList& more = {})
    {
        const Run run = detect(detectorDsn(), QStringList{u"--drain"_s} + more);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(u"detect: "), qPrintable(run.out));
    }

private slots:
    void init() { m_store.emplace(u"detect"_s); }
    void cleanup()
    {
        killLeftovers(this);
        m_store.reset();
    }

    void badArgumentsAreRefusedWithTheReason()
    {
        const Run help = detect(detectorDsn(), {u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith(u"usage: payops detect"));
        const Run lease = detect(detectorDsn(), {u"--lease"_s, u"1"_s});
        QCOMPARE(lease.exitCode, 2);
        QVERIFY2(lease.err.contains(u"--lease takes a number from 2 to 3600"),
                 qPrintable(lease.err));
        const Run extra = detect(detectorDsn(), {u"now"_s});
        QCOMPARE(extra.exitCode, 2);
        QVERIFY2(extra.err.contains(u"unexpected argument 'now'"), qPrintable(extra.err));
        QCOMPARE(count(u"SELECT count(*) FROM payops.detector_members"_s), 0);
    }

    void downtimeOpensAndResolvesAtTheRuleTimes()
    {
        const qint64 ruleId = onlyRule(m_store->dsnAs(u"admin"_s), rule(u"[\"issuer\"]"_s));
        Traffic hdfc;
        hdfc.failing = hdfcOutage;
        Traffic icici;
        icici.issuer = "ICICI";
        load(ingestDsn(), events({hdfc, icici}, 0, 600));
        drain();

        const PgResult downtimes =
            owner().exec(u"SELECT cohort_key, cohort::text, started_at = $1::timestamptz, "
                         u"resolved_at = $2::timestamptz, severity, lowest_sr, volume, muted, "
                         u"resolved_reason, rule_id, rule_version FROM payops.downtimes"_s,
                         {at(200), at(420)});
        QCOMPARE(downtimes.rows(), 1);
        QCOMPARE(downtimes.text(0, 0), u"issuer=HDFC"_s);
        QCOMPARE(downtimes.text(0, 1), u"{\"issuer\": \"HDFC\"}"_s);
        // The first window below 0.8 ends at 3 min 20 s ([2:20, 3:20) is one third failed);
        // the first of three windows at or above 0.9 ends at 7 min ([6:00, 7:00)).
        QCOMPARE(downtimes.text(0, 2), u"t"_s);
        QCOMPARE(downtimes.text(0, 3), u"t"_s);
        QCOMPARE(downtimes.text(0, 4), u"critical"_s);
        QCOMPARE(downtimes.value(0, 5).toDouble(), 0.0);
        // HDFC's 2 payments a second from the first window below ([2:20, 3:20)) to the last
        // judged while open ([6:20, 7:20)), each counted once.
        QCOMPARE(downtimes.toInt(0, 6), 2 * (440 - 140));
        QCOMPARE(downtimes.text(0, 7), u"f"_s);
        QCOMPARE(downtimes.text(0, 8), u"recovered"_s);
        QCOMPARE(downtimes.toInt(0, 9), ruleId);
        QCOMPARE(downtimes.toInt(0, 10), 1);

        // What the charts draw: one window per 10 s per issuer, SR as counted.
        QCOMPARE(count(u"SELECT count(*) FROM payops.sr_windows WHERE cohort_key = 'issuer=ICICI' "
                       u"AND sr = 1 AND attempts = 120"_s),
                 count(u"SELECT count(*) FROM payops.sr_windows WHERE cohort_key = 'issuer=ICICI' "
                       u"AND window_end >= $1::timestamptz"_s,
                       {at(60)}));
        QCOMPARE(count(u"SELECT count(*) FROM payops.sr_windows WHERE cohort_key = 'issuer=HDFC' "
                       u"AND window_end = $1::timestamptz AND attempts = 120 AND successes = 80"_s,
                       {at(200)}),
                 1);
        QVERIFY(count(u"SELECT count(*) FROM payops.sr_windows WHERE cohort_key = 'issuer=HDFC' "
                      u"AND window_end = $1::timestamptz"_s,
                      {at(590)}) == 1);
        // No endpoint subscribes: no webhook events.
        QCOMPARE(count(u"SELECT count(*) FROM payops.webhook_events"_s), 0);
    }

    // Count windows: the last 50 payments, evaluated every 5; many end at the same instant
    // when payments share a timestamp.
    void countWindowsOpenAndResolveThroughTheStore()
    {
        const qint64 ruleId = onlyRule(m_store->dsnAs(u"admin"_s), uR"({
            "cohort": {"group_by": ["issuer"]}, "window": {"kind": "count", "n": 50},
            "min_volume": 50, "open_below": 0.8, "recover_above": 0.9, "open_after": 2,
            "resolve_after": 3, "severity": [{"name": "critical", "below": 0.3},
                                             {"name": "minor", "below": 0.8}]})"_s);
        Traffic hdfc;
        hdfc.perSecond = 20;
        hdfc.spread = false;
        hdfc.failing = hdfcOutage;
        load(ingestDsn(), events({hdfc}, 0, 600));
        drain();

        const PgResult downtime = owner().exec(
            u"SELECT severity, started_at >= $1::timestamptz AND started_at < $2::timestamptz, "
            u"resolved_at >= $3::timestamptz AND resolved_at < $4::timestamptz, rule_id "
            u"FROM payops.downtimes"_s,
            {at(180), at(190), at(360), at(370)});
        QCOMPARE(downtime.rows(), 1);
        QCOMPARE(downtime.text(0, 0), u"critical"_s);
        QCOMPARE(downtime.text(0, 1), u"t"_s);
        QCOMPARE(downtime.text(0, 2), u"t"_s);
        QCOMPARE(downtime.toInt(0, 3), ruleId);
        QVERIFY(count(u"SELECT count(*) FROM payops.sr_windows WHERE attempts = 50"_s) > 100);
        // Only the first windows, before 50 payments were seen, hold fewer.
        QCOMPARE(count(u"SELECT count(*) FROM payops.sr_windows WHERE attempts <> 50 "
                       u"AND window_end > $1::timestamptz"_s,
                       {at(5)}),
                 0);
        // One row per instant: the windows that ended together were written once.
        QCOMPARE(count(u"SELECT count(*) FROM payops.sr_windows"_s), 600);
    }

    void mutedDowntimeIsRecordedButNotNotified()
    {
        onlyRule(m_store->dsnAs(u"admin"_s), rule(u"[\"issuer\"]"_s));
        PgConnection admin = PgConnection::open(m_store->dsnAs(u"admin"_s));
        const qint64 endpoint =
            admin
                .exec(u"SELECT payops.save_endpoint(NULL, 'noc', 'http://127.0.0.1:9/hook', "
                      u"'{downtime.*}', 'whsec_' || encode('0123456789abcdef0123456789abcdef', "
                      u"'base64'))"_s)
                .toInt(0, 0);
        // An endpoint that takes every payment event but did not ask for downtimes.
        admin.exec(u"SELECT payops.save_endpoint(NULL, 'm_1', 'http://127.0.0.1:9/all', '{}', "
                   u"'whsec_' || encode('0123456789abcdef0123456789abcdef', 'base64'))"_s);
        const qint64 mute =
            PgConnection::open(m_store->dsnAs(u"operator"_s))
                .exec(u"SELECT payops.mute('{\"issuer\": \"HDFC\"}', now() + interval '1 hour', "
                      u"'known HDFC maintenance')"_s)
                .toInt(0, 0);
        Traffic hdfc;
        hdfc.failing = hdfcOutage;
        Traffic icici;
        icici.issuer = "ICICI";
        icici.failing = hdfcOutage;
        load(ingestDsn(), events({hdfc, icici}, 0, 600));
        drain();

        const PgResult muted = owner().exec(
            u"SELECT id, muted, mute_id FROM payops.downtimes WHERE cohort_key = 'issuer=HDFC'"_s);
        QCOMPARE(muted.rows(), 1);
        QCOMPARE(muted.text(0, 1), u"t"_s);
        QCOMPARE(muted.toInt(0, 2), mute);
        const PgResult notified = owner().exec(
            u"SELECT id, muted FROM payops.downtimes WHERE cohort_key = 'issuer=ICICI'"_s);
        QCOMPARE(notified.rows(), 1);
        QCOMPARE(notified.text(0, 1), u"f"_s);

        const QString hdfcId = QString::number(muted.toInt(0, 0));
        const QString iciciId = QString::number(notified.toInt(0, 0));
        QCOMPARE(count(u"SELECT count(*) FROM payops.webhook_events WHERE payload #>> "
                       u"'{data,downtime_id}' = $1"_s,
                       {hdfcId}),
                 0);
        const PgResult events = owner().exec(
            u"SELECT w.type, w.payload #>> '{data,cohort_key}', w.payload #>> '{data,severity}', "
            u"d.endpoint_id, d.state FROM payops.webhook_events AS w "
            u"JOIN payops.deliveries AS d ON d.event_id = w.id WHERE w.type LIKE 'downtime.%' "
            u"ORDER BY w.type"_s);
        QCOMPARE(events.rows(), 2);
        QCOMPARE(events.text(0, 0), u"downtime.opened"_s);
        QCOMPARE(events.text(1, 0), u"downtime.resolved"_s);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(events.text(row, 1), u"issuer=ICICI"_s);
            QCOMPARE(events.toInt(row, 3), endpoint);
            QCOMPARE(events.text(row, 4), u"pending"_s);
        }
        QCOMPARE(count(u"SELECT count(*) FROM payops.webhook_events WHERE id = $1"_s,
                       {QString(u"dt_"_s + iciciId + u".opened"_s)}),
                 1);
    }

    // The endpoint that was told a downtime opened is told it resolved, though a mute came in
    // between; an endpoint that subscribed after the mute hears of neither.
    void downtimeMutedAfterItOpenedIsStillResolved()
    {
        onlyRule(m_store->dsnAs(u"admin"_s), rule(u"[\"issuer\"]"_s));
        PgConnection admin = PgConnection::open(m_store->dsnAs(u"admin"_s));
        const QString saveEndpoint =
            u"SELECT payops.save_endpoint(NULL, 'noc', $1, '{downtime.*}', 'whsec_' || "
            u"encode('0123456789abcdef0123456789abcdef', 'base64'))"_s;
        const qint64 endpoint =
            admin.exec(saveEndpoint, {u"http://127.0.0.1:9/hook"_s}).toInt(0, 0);
        Traffic hdfc;
        hdfc.failing = hdfcOutage;
        load(ingestDsn(), events({hdfc}, 0, 300));
        drain();
        const PgResult open = owner().exec(
            u"SELECT id FROM payops.downtimes WHERE resolved_at IS NULL AND NOT muted"_s);
        QCOMPARE(open.rows(), 1);
        const QString id = QString::number(open.toInt(0, 0));
        QCOMPARE(count(u"SELECT count(*) FROM payops.deliveries WHERE event_id = $1"_s,
                       {QString(u"dt_"_s + id + u".opened"_s)}),
                 1);

        PgConnection::open(m_store->dsnAs(u"operator"_s))
            .exec(u"SELECT payops.mute('{\"issuer\": \"HDFC\"}', now() + interval '1 hour', "
                  u"'maintenance announced late')"_s);
        admin.exec(saveEndpoint, {u"http://127.0.0.1:9/late"_s});
        load(ingestDsn(), events({hdfc}, 300, 600));
        drain();

        QCOMPARE(count(u"SELECT count(*) FROM payops.downtimes WHERE id = $1 AND muted "
                       u"AND resolved_reason = 'recovered'"_s,
                       {id}),
                 1);
        const PgResult sent = owner().exec(
            u"SELECT w.type, w.payload #>> '{data,downtime_id}', d.endpoint_id "
            u"FROM payops.webhook_events AS w JOIN payops.deliveries AS d ON d.event_id = w.id "
            u"ORDER BY w.type, d.endpoint_id"_s);
        QCOMPARE(sent.rows(), 2);
        QCOMPARE(sent.text(0, 0), u"downtime.opened"_s);
        QCOMPARE(sent.text(1, 0), u"downtime.resolved"_s);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(sent.text(row, 1), id);
            QCOMPARE(sent.toInt(row, 2), endpoint);
        }
    }

    // Ingest A inserts first (lower seq) and commits last; B commits in between. A cursor on
    // seq alone would read B and then never see A. A drain started while A runs waits for it:
    // it processes everything committed before it started.
    void lateCommitWithLowerSeqIsNotSkipped()
    {
        const qint64 ruleId =
            onlyRule(m_store->dsnAs(u"admin"_s), rule(u"[\"issuer\"]"_s, 10, 10, 1));
        load(ingestDsn(), events({Traffic()}, 0, 30)); // C: committed before A starts
        drain();
        // C's windows up to its newest event closed.
        QCOMPARE(count(u"SELECT sum(attempts) FROM payops.sr_windows"_s), 40);

        PgConnection a = PgConnection::open(m_store->ownerDsn());
        a.exec(u"BEGIN"_s);
        a.exec(u"INSERT INTO payops.payment_events (id, payment_id, merchant_id, status, method, "
               u"issuer, amount, currency, occurred_at) "
               u"SELECT 'evt_a_' || s, 'pay_a_' || s, 'm_1', 'authorized', 'card', 'HDFC', 1000, "
               u"'INR', $1::timestamptz + s * interval '1 second' "
               u"FROM generate_series(0, 29) AS s"_s,
               {at(30)});
        load(ingestDsn(), events({Traffic()}, 60, 90)); // B

        QProcess* draining = startDetect(detectorDsn(), {u"--drain"_s}, this);
        QVERIFY(!draining->waitForFinished(1500));
        // B waits behind A, which is still running: nothing of it was read.
        QCOMPARE(count(u"SELECT sum(attempts) FROM payops.sr_windows"_s), 40);

        a.exec(u"COMMIT"_s);
        // A's rows do have the lower seqs: it inserted first.
        QCOMPARE(count(u"SELECT (max(seq) FILTER (WHERE id LIKE 'evt_a_%') < min(seq) FILTER "
                       u"(WHERE occurred_at >= $1::timestamptz))::int FROM payops.payment_events"_s,
                       {at(60)}),
                 1);
        const Run run = finish(draining);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"waiting for transactions older than the drain"),
                 qPrintable(run.err));
        QCOMPARE(
            count(u"SELECT sum(attempts) FROM payops.sr_windows WHERE rule_id = $1"_s, {ruleId}),
            60 + 30 + 40);
        QCOMPARE(count(u"SELECT count(*) FROM payops.sr_windows WHERE window_end = $1::timestamptz "
                       u"AND attempts = 10"_s,
                       {at(40)}),
                 1);
    }

    // A new rule version applies from the next window: v1 (open below 0.5) leaves an SR of 0.7
    // alone, v2 (open below 0.8) opens a downtime, recorded under version 2.
    void ruleEditWhileRunningAppliesFromTheNextWindow()
    {
        const QString admin = m_store->dsnAs(u"admin"_s);
        const qint64 ruleId = onlyRule(admin, rule(u"[\"issuer\"]"_s, 60, 10, 20, 0.5, 0.6));
        Traffic degraded;
        degraded.perSecond = 10;
        degraded.failing = [](int) { return 0.3; };
        QProcess* detector =
            startDetect(detectorDsn(), {u"--lease"_s, u"5"_s, u"--lateness"_s, u"0"_s}, this);
        load(ingestDsn(), events({degraded}, 0, 300));
        PgConnection db = owner();
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp(db), 30'000);
        QVERIFY2(count(u"SELECT (max(window_end) = $1::timestamptz)::int FROM payops.sr_windows"_s,
                       {at(290)}) == 1,
                 dump(u"SELECT max(window_end) FROM payops.sr_windows"_s).constData());
        QCOMPARE(count(u"SELECT count(*) FROM payops.downtimes"_s), 0);

        PgConnection(PgConnection::open(admin))
            .exec(u"SELECT payops.save_rule($1, 'test rule', $2::jsonb, 'tighter')"_s,
                  {ruleId, rule(u"[\"issuer\"]"_s, 60, 10, 20, 0.8, 0.9)});
        load(ingestDsn(), events({degraded}, 300, 400));
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp(db), 30'000);
        ::kill(pid_t(detector->processId()), SIGTERM);
        const Run run = finish(detector);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        QCOMPARE(count(u"SELECT count(*) FROM payops.sr_windows WHERE rule_version = 1 "
                       u"AND window_end > $1::timestamptz"_s,
                       {at(290)}),
                 0);
        QCOMPARE(count(u"SELECT (min(window_end) = $1::timestamptz)::int FROM payops.sr_windows "
                       u"WHERE rule_version = 2"_s,
                       {at(300)}),
                 1);
        const PgResult downtime =
            owner().exec(u"SELECT rule_version, started_at = $1::timestamptz, resolved_at IS NULL "
                         u"FROM payops.downtimes"_s,
                         {at(300)});
        QCOMPARE(downtime.rows(), 1);
        QCOMPARE(downtime.toInt(0, 0), 2);
        QCOMPARE(downtime.text(0, 1), u"t"_s);
        QCOMPARE(downtime.text(0, 2), u"t"_s);
    }

    // Events older than the windows already closed are counted as late, not applied: the
    // windows the charts drew do not change behind their back.
    void lateEventsAreCountedNotApplied()
    {
        onlyRule(m_store->dsnAs(u"admin"_s), rule(u"[\"issuer\"]"_s));
        load(ingestDsn(), events({Traffic()}, 0, 120));
        drain();
        const qint64 attempts = count(u"SELECT sum(attempts) FROM payops.sr_windows"_s);
        Traffic late;
        late.merchant = "m_late";
        load(ingestDsn(), events({late}, 30, 40));
        const Run run = detect(detectorDsn(), {u"--drain"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(figure(run.out, u"late events"_s), 20);
        QCOMPARE(count(u"SELECT sum(attempts) FROM payops.sr_windows"_s), attempts);
    }

    // Disabling a rule resolves its open downtimes (reason rule_disabled) at the watermark.
    void disablingARuleResolvesItsOpenDowntimes()
    {
        const QString admin = m_store->dsnAs(u"admin"_s);
        const QString definition = rule(u"[\"issuer\"]"_s);
        const qint64 ruleId = onlyRule(admin, definition);
        Traffic hdfc;
        hdfc.failing = hdfcOutage;
        load(ingestDsn(), events({hdfc}, 0, 300));
        drain();
        QCOMPARE(count(u"SELECT count(*) FROM payops.downtimes WHERE resolved_at IS NULL"_s), 1);

        PgConnection::open(admin).exec(
            u"SELECT payops.save_rule($1, 'test rule', $2::jsonb, 'noisy', false)"_s,
            {ruleId, definition});
        drain();
        const PgResult resolved = owner().exec(
            u"SELECT resolved_reason, resolved_at > started_at FROM payops.downtimes"_s);
        QCOMPARE(resolved.rows(), 1);
        QCOMPARE(resolved.text(0, 0), u"rule_disabled"_s);
        QCOMPARE(resolved.text(0, 1), u"t"_s);
    }

    // A new version watching other cohorts ends the old cohort's open downtime: rule_changed.
    void aRuleWithOtherCohortsResolvesTheOldOnes()
    {
        const QString admin = m_store->dsnAs(u"admin"_s);
        const qint64 ruleId = onlyRule(admin, rule(u"[\"issuer\"]"_s));
        Traffic hdfc;
        hdfc.failing = hdfcOutage;
        load(ingestDsn(), events({hdfc}, 0, 300));
        drain();
        QCOMPARE(count(u"SELECT count(*) FROM payops.downtimes WHERE resolved_at IS NULL"_s), 1);

        PgConnection::open(admin).exec(
            u"SELECT payops.save_rule($1, 'test rule', $2::jsonb, 'per gateway now')"_s,
            {ruleId, rule(u"[\"gateway\"]"_s)});
        drain();
        const PgResult resolved = owner().exec(
            u"SELECT resolved_reason FROM payops.downtimes WHERE cohort_key = 'issuer=HDFC'"_s);
        QCOMPARE(resolved.rows(), 1);
        QCOMPARE(resolved.text(0, 0), u"rule_changed"_s);
    }

    // Old windows go in batches along their end-time index; the engine calls it, viewers may not.
    void retentionDeletesOldWindowsInBatches()
    {
        const qint64 ruleId = onlyRule(m_store->dsnAs(u"admin"_s), rule(u"[\"issuer\"]"_s));
        owner().exec(
            u"INSERT INTO payops.sr_windows (rule_id, rule_version, cohort, cohort_key, "
            u"window_start, window_end, attempts, successes) "
            u"SELECT $1::bigint, 1, '{}'::jsonb, 'all', e - interval '1 minute', e, 10, 9 "
            u"FROM generate_series(now() - interval '10 days', "
            u"now() - interval '10 days' + interval '24 seconds', interval '1 second') AS e "
            u"UNION ALL SELECT $1::bigint, 1, '{}'::jsonb, 'all', e - interval '1 minute', e, 10, "
            u"9 "
            u"FROM generate_series(now() - interval '1 day', "
            u"now() - interval '1 day' + interval '4 seconds', interval '1 second') AS e"_s,
            {ruleId});
        PgConnection engineDb = PgConnection::open(detectorDsn());
        QList<qint64> batches;
        for (int i = 0; i < 4; ++i)
            batches.append(
                engineDb.exec(u"SELECT payops.detection_retention(interval '7 days', 10)"_s)
                    .toInt(0, 0));
        QCOMPARE(batches, (QList<qint64>{10, 10, 5, 0}));
        QCOMPARE(count(u"SELECT count(*) FROM payops.sr_windows"_s), 5);
        PgConnection viewer = PgConnection::open(m_store->dsnAs(u"viewer"_s));
        QVERIFY_THROWS_EXCEPTION(
            StoreError, viewer.exec(u"SELECT payops.detection_retention(interval '7 days')"_s));
    }

    // kill -9 in the middle of an outage, then a restart: the same downtime resolves, no
    // second one opens, no window is computed twice and none is missing.
    void restartContinuesWithoutRepeatingOrSkipping()
    {
        onlyRule(m_store->dsnAs(u"admin"_s), rule(u"[\"issuer\"]"_s));
        Traffic hdfc;
        hdfc.failing = hdfcOutage;
        QProcess* detector = startDetect(detectorDsn(), {u"--lease"_s, u"2"_s}, this);
        load(ingestDsn(), events({hdfc}, 0, 300));
        QTRY_VERIFY_WITH_TIMEOUT(count(u"SELECT count(*) FROM payops.downtimes"_s) == 1, 30'000);
        PgConnection db = owner();
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp(db), 30'000);
        ::kill(pid_t(detector->processId()), SIGKILL);
        finish(detector);
        const QString before =
            db.exec(u"SELECT max(window_end)::text FROM payops.sr_windows"_s).text(0, 0);
        const QString killedAt = db.exec(u"SELECT clock_timestamp()::text"_s).text(0, 0);

        load(ingestDsn(), events({hdfc}, 300, 600));
        QTRY_VERIFY_WITH_TIMEOUT(count(u"SELECT count(*) FROM payops.detector_shards "
                                       u"WHERE lease_until > now()"_s) == 0,
                                 10'000);
        drain(); // takes the dead detector's shards, whose 2 s leases ran out

        QCOMPARE(count(u"SELECT count(*) FROM payops.downtimes"_s), 1);
        QVERIFY2(
            count(u"SELECT count(*) FROM payops.downtimes WHERE started_at = $1::timestamptz "
                  u"AND resolved_at = $2::timestamptz"_s,
                  {at(200), at(420)}) == 1,
            dump(u"SELECT started_at, resolved_at, severity FROM payops.downtimes"_s).constData());
        QCOMPARE(count(u"SELECT count(*) FROM payops.sr_windows WHERE computed_at > "
                       u"$1::timestamptz AND window_end <= $2::timestamptz"_s,
                       {killedAt, before}),
                 0);
        // Every 10 s from the first window to the last, none missing.
        QCOMPARE(count(u"SELECT count(*) FROM payops.sr_windows"_s),
                 count(u"SELECT extract(epoch FROM max(window_end) - min(window_end))::bigint / 10 "
                       u"+ 1 FROM payops.sr_windows"_s));
    }
};

QTEST_GUILESS_MAIN(DetectTest)
#include "tst_detect.moc"
