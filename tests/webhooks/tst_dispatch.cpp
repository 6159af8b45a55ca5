#include "DispatchFixture.h"
#include "HttpGet.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// `payops dispatch` against simulated merchants on loopback: what a merchant receives and
// what the store says afterwards.
class DispatchTest : public QObject
{
    Q_OBJECT

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    static QByteArray get(quint16 port, const QByteArray& path) { return httpGet(port, path); }

    // Outcome and transport error of every attempt, and the state of its delivery.
    static PgResult attempts(DispatchFixture& f)
    {
        return f.db().exec(u"SELECT a.outcome, a.transport_error, d.state FROM payops.attempts a"
                           " JOIN payops.deliveries d ON d.id = a.delivery_id"_s);
    }

private slots:
    void deliversSignedOnceAndStoresAnEventOnce()
    {
        DispatchFixture f(u"dispatch_basic"_s);
        f.startMerchants({R"({"kind":"healthy"})"});
        f.ingestIds(1, {u"evt_a"_s});
        f.ingestIds(1, {u"evt_a"_s, u"evt_b"_s}, "created"); // evt_a again: a duplicate
        f.ingestIds(2, {u"evt_other"_s});                    // a merchant without endpoint
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payops.webhook_events"_s), 1);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payops.deliveries"_s), 1);

        QString out;
        QCOMPARE(f.drain({}, {}, &out), 0);
        QVERIFY2(out.contains(u"1 delivered, 0 failed (retry scheduled), 0 dead, 0 in flight"),
                 qPrintable(out));
        QCOMPARE(f.counters(1).received, 1);
        QCOMPARE(f.counters(1).verified, 1);
        QCOMPARE(f.counters(1).badSignatures, 0);
        QVERIFY(f.counters(1).deliveredIds.contains("evt_a"));

        const PgResult attempt = f.db().exec(
            u"SELECT a.http_status, a.outcome, a.trigger, a.request_headers->>'webhook-id',"
            " a.request_headers::text, d.state, d.attempt_count, a.next_attempt_at IS NULL,"
            " a.endpoint_id, w.payment_id"
            " FROM payops.attempts a JOIN payops.deliveries d ON d.id = a.delivery_id"
            " JOIN payops.webhook_events w ON w.id = d.event_id"_s);
        QCOMPARE(attempt.rows(), 1);
        QCOMPARE(attempt.toInt(0, 0), 200);
        QCOMPARE(attempt.text(0, 1), u"succeeded"_s);
        QCOMPARE(attempt.text(0, 2), u"schedule"_s);
        QCOMPARE(attempt.text(0, 3), u"evt_a"_s);
        QVERIFY(!attempt.text(0, 4).contains(u"whsec_"));
        QCOMPARE(attempt.text(0, 5), u"succeeded"_s);
        QCOMPARE(attempt.toInt(0, 6), 1);
        QCOMPARE(attempt.value(0, 7), QVariant(true));
        QCOMPARE(attempt.toInt(0, 8), f.endpointId(1));
        QCOMPARE(attempt.text(0, 9), u"pay_evt_a"_s);

        // Offered again after delivery: still stored and delivered once.
        f.ingestIds(1, {u"evt_a"_s});
        QCOMPARE(f.drain(), 0);
        QCOMPARE(f.counters(1).received, 1);
    }

    // A claim that finds fewer deliveries than asked because the endpoint's queue is full is
    // not the end of --drain: it once stopped with most of a large backlog still due.
    void drainOutlastsAFullEndpoint()
    {
        DispatchFixture f(u"dispatch_full"_s);
        f.startMerchants({R"({"kind":"healthy"})"});
        f.db().exec(u"SELECT payops.set_endpoint_limits($1, 2, NULL, 'test')"_s, {f.endpointId(1)});
        f.ingest(1, 300, u"evt_full"_s);
        QString out;
        QCOMPARE(f.drain({u"--concurrency"_s, u"64"_s, u"--batch"_s, u"10"_s}, {}, &out), 0);
        QVERIFY2(out.contains(u"300 delivered"), qPrintable(out));
        QCOMPARE(f.counters(1).deliveredIds.size(), 300);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payops.deliveries WHERE state <> 'succeeded'"_s),
                 0);
    }

    void refusesLoopbackUnlessAllowed()
    {
        DispatchFixture f(u"dispatch_policy"_s);
        f.startMerchants({R"({"kind":"healthy"})"});
        f.ingestIds(1, {u"evt_p"_s});
        QCOMPARE(f.drain({u"--allow"_s, u"10.0.0.0/8"_s}), 0); // the last --allow wins
        QCOMPARE(f.counters(1).received, 0);
        const PgResult attempt = attempts(f);
        QCOMPARE(attempt.rows(), 1);
        QCOMPARE(attempt.text(0, 0), u"refused"_s);
        QVERIFY2(attempt.text(0, 1).contains(u"127.0.0.1 is a loopback address"),
                 qPrintable(attempt.text(0, 1)));
        QCOMPARE(attempt.text(0, 2), u"failed"_s);
    }

    void aHostResolvingToLoopbackIsRefusedWhenItConnects()
    {
        DispatchFixture f(u"dispatch_rebinding"_s);
        f.startMerchants({R"({"kind":"healthy"})"});
        // A name, not an address: what it points to is only known (and checked) when the
        // dispatcher connects.
        f.db().exec(u"UPDATE payops.endpoints SET url = replace(url, '127.0.0.1', 'localhost')"_s);
        f.ingestIds(1, {u"evt_dns"_s});
        QCOMPARE(f.drain({u"--allow"_s, u"10.0.0.0/8"_s}), 0);
        QCOMPARE(f.counters(1).received, 0);
        const PgResult attempt = attempts(f);
        QCOMPARE(attempt.rows(), 1);
        QCOMPARE(attempt.text(0, 0), u"refused"_s);
        QVERIFY2(
            attempt.text(0, 1).startsWith(u"not sent: localhost resolves to a refused address: "),
            qPrintable(attempt.text(0, 1)));
        QVERIFY2(attempt.text(0, 1).contains(u" is a loopback address"),
                 qPrintable(attempt.text(0, 1)));
        QCOMPARE(attempt.text(0, 2), u"failed"_s);

        // Allowed (as the demo allows loopback), the same name is delivered to.
        f.db().exec(u"SELECT payops.retry_deliveries('allowed now', state => 'failed')"_s);
        QCOMPARE(f.drain({u"--allow"_s, u"127.0.0.0/8,::1/128"_s}), 0);
        QCOMPARE(f.counters(1).accepted, 1);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payops.deliveries WHERE state = 'succeeded'"_s),
                 1);
    }

    void retryAfterIsHonoured()
    {
        DispatchFixture f(u"dispatch_retry_after"_s);
        f.startMerchants({R"([{"at_s":0,"kind":"rate_limited","retry_after_s":2},
                              {"at_s":100,"kind":"healthy"}])"});
        f.ingestIds(1, {u"evt_r"_s});
        QProcess* dispatch = f.startDispatch({u"--schedule"_s, u"1,1,1"_s});
        QTRY_COMPARE_WITH_TIMEOUT(f.counters(1).received, 1, 10000);
        f.setPhaseTime(100s);
        QTRY_COMPARE_WITH_TIMEOUT(
            f.scalar(u"SELECT count(*) FROM payops.deliveries WHERE state = 'succeeded'"_s), 1,
            10000);
        dispatch->terminate();
        const PgResult attempts = f.db().exec(
            u"SELECT http_status, outcome, extract(epoch FROM next_attempt_at - started_at),"
            " extract(epoch FROM lead(started_at) OVER (ORDER BY attempt_no) - started_at)"
            " FROM payops.attempts ORDER BY attempt_no"_s);
        QCOMPARE(attempts.rows(), 2);
        QCOMPARE(attempts.toInt(0, 0), 429);
        QCOMPARE(attempts.text(0, 1), u"retry_after"_s);
        // Retry-After: 2 replaces the 1 s of the schedule, with no jitter (counted from the
        // response).
        const double scheduled = attempts.value(0, 2).toDouble();
        QVERIFY2(scheduled >= 2.0 && scheduled < 2.5, qPrintable(attempts.text(0, 2)));
        QVERIFY2(attempts.value(0, 3).toDouble() >= 1.99, qPrintable(attempts.text(0, 3)));
        QCOMPARE(attempts.text(1, 1), u"succeeded"_s);
    }

    void goneDisablesTheEndpoint()
    {
        DispatchFixture f(u"dispatch_gone"_s);
        f.startMerchants({R"({"kind":"gone"})"});
        f.ingestIds(1, {u"evt_g"_s});
        QCOMPARE(f.drain(), 0);
        const PgResult endpoint =
            f.db().exec(u"SELECT enabled, disabled_reason FROM payops.endpoints WHERE id = $1"_s,
                        {f.endpointId(1)});
        QCOMPARE(endpoint.value(0, 0), QVariant(false));
        QVERIFY2(endpoint.text(0, 1).contains(u"410 Gone"), qPrintable(endpoint.text(0, 1)));
        QCOMPARE(f.db().exec(u"SELECT state FROM payops.deliveries"_s).text(0, 0), u"dead"_s);
        QCOMPARE(f.db().exec(u"SELECT outcome FROM payops.attempts"_s).text(0, 0), u"gone"_s);
        const PgResult audit = f.db().exec(
            u"SELECT actor, action FROM payops.audit_log WHERE target = $1 ORDER BY id DESC"_s,
            {u"endpoint:%1"_s.arg(f.endpointId(1))});
        QCOMPARE(audit.text(0, 0), u"dispatcher"_s); // the engine's own login
        QCOMPARE(audit.text(0, 1), u"disable_endpoint"_s);
        // Later events of the merchant make no deliveries to a disabled endpoint.
        f.ingestIds(1, {u"evt_g2"_s});
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payops.deliveries"_s), 1);
    }

    void circuitOpensProbesAndCloses()
    {
        DispatchFixture f(u"dispatch_circuit"_s);
        f.startMerchants({R"([{"at_s":0,"kind":"flaky","share":1,"status":500},
                              {"at_s":100,"kind":"healthy"}])"});
        f.db().exec(u"SELECT payops.set_endpoint_limits($1, 1, NULL, 'one at a time')"_s,
                    {f.endpointId(1)});
        f.ingest(1, 6, u"evt_c"_s);
        QProcess* dispatch =
            f.startDispatch({u"--schedule"_s, u"1,1,1,1,1,1,1,1,1,1"_s, u"--circuit-failures"_s,
                             u"3"_s, u"--circuit-cooldown"_s, u"1500"_s});
        const QString state = u"SELECT circuit_state FROM payops.endpoints"_s;
        QTRY_COMPARE_WITH_TIMEOUT(f.db().exec(state).text(0, 0), u"open"_s, 10000);
        QCOMPARE(f.counters(1).received, 3);
        // Open: nothing for the cool-down, then one probe, which fails and opens it again.
        QTRY_COMPARE_WITH_TIMEOUT(f.counters(1).received, 4, 10000);
        QTest::qWait(500);
        QCOMPARE(f.counters(1).received, 4);
        QCOMPARE(f.db().exec(state).text(0, 0), u"open"_s);
        f.setPhaseTime(100s);
        QTRY_COMPARE_WITH_TIMEOUT(
            f.scalar(u"SELECT count(*) FROM payops.deliveries WHERE state = 'succeeded'"_s), 6,
            15000);
        QCOMPARE(f.db().exec(state).text(0, 0), u"closed"_s);
        dispatch->terminate();
        QVERIFY(dispatch->waitForFinished(10000));
        QCOMPARE(f.counters(1).accepted, 6);
        QCOMPARE(f.scalar(u"SELECT consecutive_failures FROM payops.endpoints"_s), 0);
    }

    void endpointFailingFiveDaysIsDisabled()
    {
        DispatchFixture f(u"dispatch_five_days"_s);
        f.startMerchants({R"({"kind":"down","mode":"503"})"});
        f.ingestIds(1, {u"evt_d"_s});
        QCOMPARE(f.drain(), 0);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payops.endpoints WHERE enabled"
                          " AND failing_since IS NOT NULL"_s),
                 1);
        // Four days on: failing, still enabled.
        QCOMPARE(f.drain({}, {{u"PAYOPS_CLOCK_OFFSET"_s, QString::number(4 * 86400)}}), 0);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payops.endpoints WHERE enabled"_s), 1);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payops.attempts"_s), 2);
        // Five days and a minute after the first failure: disabled with the reason.
        QCOMPARE(f.drain({}, {{u"PAYOPS_CLOCK_OFFSET"_s, QString::number(5 * 86400 + 60)}}), 0);
        const PgResult endpoint =
            f.db().exec(u"SELECT enabled, disabled_reason FROM payops.endpoints"_s);
        QCOMPARE(endpoint.value(0, 0), QVariant(false));
        QVERIFY2(endpoint.text(0, 1).contains(u"more than 5 days without a successful delivery"),
                 qPrintable(endpoint.text(0, 1)));
        QVERIFY2(endpoint.text(0, 1).contains(u"HTTP 503"), qPrintable(endpoint.text(0, 1)));
        QCOMPARE(f.counters(1).received, 3);
    }

    void manualAndBulkRetriesGoOutAtOnce()
    {
        DispatchFixture f(u"dispatch_manual"_s);
        f.startMerchants({R"({"kind":"healthy"})"});
        const QStringList ids = f.ingest(1, 3, u"evt_m"_s);
        const quint16 port = freePort();
        QProcess* dispatch = f.startDispatch({u"--metrics"_s, u"127.0.0.1:%1"_s.arg(port)});
        QTRY_COMPARE_WITH_TIMEOUT(f.counters(1).accepted, 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            f.scalar(u"SELECT count(*) FROM payops.deliveries WHERE state = 'succeeded'"_s), 3,
            10000);

        PgConnection operatorDb = PgConnection::open(f.store().dsnAs(u"operator"_s));
        const qint64 one =
            f.scalar(u"SELECT id FROM payops.deliveries WHERE event_id = $1"_s, {ids[0]});
        QElapsedTimer clock;
        clock.start();
        operatorDb.exec(u"SELECT payops.retry_delivery($1, 'merchant lost it')"_s, {one});
        QTRY_COMPARE_WITH_TIMEOUT(f.counters(1).received, 4, 5000);
        qInfo("manual retry reached the merchant after %lld ms", clock.elapsed());
        QTRY_COMPARE_WITH_TIMEOUT(
            f.db()
                .exec(u"SELECT trigger FROM payops.attempts WHERE delivery_id = $1"
                      " ORDER BY attempt_no DESC LIMIT 1"_s,
                      {one})
                .text(0, 0),
            u"manual:operator"_s, 5000);

        clock.restart();
        QCOMPARE(operatorDb
                     .exec(u"SELECT payops.retry_deliveries('replay', endpoint_id => $1)"_s,
                           {f.endpointId(1)})
                     .toInt(0, 0),
                 3);
        QTRY_COMPARE_WITH_TIMEOUT(f.counters(1).received, 7, 5000);
        qInfo("bulk retry of 3 reached the merchant after %lld ms", clock.elapsed());
        QTRY_COMPARE_WITH_TIMEOUT(
            f.scalar(u"SELECT count(*) FROM payops.attempts WHERE trigger = 'manual:operator'"_s),
            4, 5000);
        QCOMPARE(f.counters(1).repeats, 4);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payops.deliveries WHERE priority = 1"
                          " OR manual_requested_by IS NOT NULL"_s),
                 0);
        const QByteArray metrics = get(port, "/metrics");
        QVERIFY2(metrics.startsWith("HTTP/1.1 200 OK"), metrics.constData());
        QVERIFY2(metrics.contains("\npayops_dispatch_attempts_total{result=\"delivered\"} 7\n"),
                 metrics.constData());
        QVERIFY2(metrics.contains("\npayops_dispatch_store_connected 1\n"), metrics.constData());
        QVERIFY(get(port, "/other").startsWith("HTTP/1.1 404"));
        dispatch->terminate();
        QVERIFY(dispatch->waitForFinished(10000));
        QCOMPARE(dispatch->exitCode(), 0);
    }

    // The scheduled attempt is under way when the operator retries: the retry is taken, and
    // sent once that attempt ends. With a short lease a renewal (a third of it) falls inside
    // the merchant's delay and shows the delivery in flight before the attempt is recorded.
    static void retryDuringAnAttempt(const QString& storeName, const QStringList& dispatchArgs)
    {
        DispatchFixture f(storeName);
        f.startMerchants({R"({"kind":"slow","delay_ms":1500})"});
        f.ingest(1, 1, u"evt_f"_s);
        QProcess* dispatch = f.startDispatch(dispatchArgs);
        QTRY_COMPARE_WITH_TIMEOUT(f.counters(1).received, 1, 10000);
        PgConnection operatorDb = PgConnection::open(f.store().dsnAs(u"operator"_s));
        operatorDb.exec(u"SELECT payops.retry_delivery(id, 'merchant lost it')"
                        " FROM payops.deliveries"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.counters(1).received, 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            f.scalar(u"SELECT count(*) FROM payops.deliveries WHERE state = 'succeeded'"
                     " AND attempt_count = 2 AND priority = 0 AND manual_requested_by IS NULL"_s),
            1, 10000);
        const PgResult attempts =
            f.db().exec(u"SELECT trigger FROM payops.attempts ORDER BY attempt_no"_s);
        QCOMPARE(attempts.rows(), 2);
        QCOMPARE(attempts.text(0, 0), u"schedule"_s);
        QCOMPARE(attempts.text(1, 0), u"manual:operator"_s);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payops.delivery_queue"_s), 0);
        QCOMPARE(f.counters(1).received, 2);
        dispatch->terminate();
        QVERIFY(dispatch->waitForFinished(10000));
        const QByteArray errors = dispatch->readAllStandardError();
        QVERIFY2(!errors.contains("violates"), errors.constData());
    }

    void manualRetryDuringAnAttemptGoesOutAfterIt()
    {
        retryDuringAnAttempt(u"dispatch_retry_in_flight"_s, {});
    }

    void manualRetryDuringAnAttemptShownInFlightGoesOutAfterIt()
    {
        retryDuringAnAttempt(u"dispatch_retry_renewed"_s, {u"--lease"_s, u"3"_s});
    }

    // Bulk retries while a dispatcher records attempts of the same deliveries: one lock order
    // (queue row, then delivery), so no deadlock; and each retry is sent once, never again
    // and again.
    void bulkRetriesWhileRecordingEachGoOutOnce()
    {
        DispatchFixture f(u"dispatch_bulk_race"_s);
        f.startMerchants({R"({"kind":"slow","delay_ms":20})"});
        const int deliveries = 300;
        f.ingest(1, deliveries, u"evt_r"_s);
        QProcess* dispatch = f.startDispatch({u"--batch"_s, u"20"_s});
        PgConnection operatorDb = PgConnection::open(f.store().dsnAs(u"operator"_s));
        qint64 retried = 0;
        QElapsedTimer racing;
        racing.start();
        while (racing.elapsed() < 6000) {
            QTest::qWait(5);
            try {
                retried += operatorDb
                               .exec(u"SELECT payops.retry_deliveries('race', endpoint_id => $1)"_s,
                                     {f.endpointId(1)})
                               .toInt(0, 0);
            } catch (const std::exception& e) {
                dispatch->terminate();
                dispatch->waitForFinished(10000);
                QFAIL(e.what()); // a deadlock with the dispatcher's recording, say
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(
            f.scalar(u"SELECT count(*) FROM payops.deliveries WHERE state = 'succeeded'"
                     " AND priority = 0"_s),
            deliveries, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(f.scalar(u"SELECT count(*) FROM payops.delivery_queue"_s), 0,
                                  10000);
        dispatch->terminate();
        QVERIFY(dispatch->waitForFinished(10000));
        const QByteArray errors = dispatch->readAllStandardError();
        QVERIFY2(!errors.contains("deadlock") && !errors.contains("violates"), errors.constData());
        QVERIFY(retried > 0);
        qInfo("%d deliveries, %lld retries asked, %lld received", deliveries, retried,
              f.counters(1).received);
        QVERIFY2(f.counters(1).received <= deliveries + retried,
                 qPrintable(u"%1 received, %2 retries"_s.arg(f.counters(1).received).arg(retried)));
        // Each delivery: its first attempt and one a retry that named it, at most.
        QCOMPARE(f.scalar(uR"(
SELECT count(*)
FROM (SELECT delivery_id, count(*) AS sent FROM payops.attempts GROUP BY delivery_id) AS a
WHERE a.sent > 1 + (SELECT count(*) FROM payops.audit_log AS l
                    WHERE l.action = 'retry_deliveries'
                      AND l.after -> 'delivery_ids' @> to_jsonb(a.delivery_id)))"_s),
                 0);
    }

    // payops.queue_kept is the dispatcher's word that it keeps the queue itself: an operator
    // who sets it still has a retry go out.
    void anOperatorsQueueKeptSettingDoesNotLoseARetry()
    {
        DispatchFixture f(u"dispatch_queue_kept"_s);
        f.startMerchants({R"({"kind":"healthy"})"});
        f.ingest(1, 1, u"evt_k"_s);
        QCOMPARE(f.drain(), 0);
        QCOMPARE(f.counters(1).received, 1);
        PgConnection operatorDb = PgConnection::open(f.store().dsnAs(u"operator"_s));
        operatorDb.exec(u"SET payops.queue_kept = 'on'"_s);
        operatorDb.exec(u"SELECT payops.retry_delivery(id, 'again') FROM payops.deliveries"_s);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payops.delivery_queue WHERE priority = 1"_s), 1);
        QCOMPARE(f.drain(), 0);
        QCOMPARE(f.counters(1).received, 2);
        operatorDb.exec(u"SELECT payops.retry_deliveries('again, all', state => 'succeeded')"_s);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payops.delivery_queue WHERE priority = 1"_s), 1);
        QCOMPARE(f.drain(), 0);
        QCOMPARE(f.counters(1).received, 3);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payops.deliveries WHERE state = 'succeeded'"_s),
                 1);
    }

    void sigtermFinishesWhatIsInFlight()
    {
        DispatchFixture f(u"dispatch_sigterm"_s);
        f.startMerchants({R"({"kind":"slow","delay_ms":1000})"});
        f.ingest(1, 3, u"evt_t"_s);
        QProcess* dispatch = f.startDispatch({});
        QTRY_COMPARE_WITH_TIMEOUT(f.counters(1).received, 3, 10000);
        dispatch->terminate();
        QTRY_COMPARE_WITH_TIMEOUT(dispatch->state(), QProcess::NotRunning, 10000);
        QCOMPARE(dispatch->exitStatus(), QProcess::NormalExit);
        QCOMPARE(dispatch->exitCode(), 0);
        QVERIFY(dispatch->readAllStandardOutput().contains("3 delivered"));
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payops.attempts WHERE outcome = 'succeeded'"_s),
                 3);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payops.deliveries WHERE state = 'succeeded'"_s),
                 3);
    }
};

QTEST_GUILESS_MAIN(DispatchTest)
#include "tst_dispatch.moc"
