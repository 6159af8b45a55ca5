#include "DispatchFixture.h"

#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// Several dispatchers on one store, and one killed mid-delivery.
class DispatchCrashTest : public QObject
{
    Q_OBJECT

private slots:
    void twoDispatchersNeverClaimTheSameDelivery()
    {
        DispatchFixture f(u"dispatch_two"_s);
        f.startMerchants({R"({"kind":"slow","delay_ms":20})"});
        f.db().exec(u"SELECT payops.set_endpoint_limits($1, 64, NULL, 'test')"_s,
                    {f.endpointId(1)});
        f.ingest(1, 300, u"evt_two"_s);
        const QStringList small{u"--concurrency"_s, u"20"_s, u"--batch"_s, u"10"_s};
        QProcess* a = f.startDispatch(small + QStringList{u"--name"_s, u"A"_s});
        QProcess* b = f.startDispatch(small + QStringList{u"--name"_s, u"B"_s});
        QTRY_COMPARE_WITH_TIMEOUT(
            f.scalar(u"SELECT count(*) FROM payops.deliveries WHERE state = 'succeeded'"_s), 300,
            30000);
        a->terminate();
        b->terminate();
        QVERIFY(a->waitForFinished(10000) && b->waitForFinished(10000));
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payops.attempts"_s), 300);
        QCOMPARE(f.scalar(u"SELECT count(DISTINCT delivery_id) FROM payops.attempts"_s), 300);
        const PgResult workers = f.db().exec(
            u"SELECT worker, count(*) FROM payops.attempts GROUP BY worker ORDER BY worker"_s);
        QCOMPARE(workers.rows(), 2);
        QCOMPARE(workers.text(0, 0), u"A"_s);
        QCOMPARE(workers.text(1, 0), u"B"_s);
        qInfo("A attempted %lld, B %lld", workers.toInt(0, 1), workers.toInt(1, 1));
        QCOMPARE(f.counters(1).accepted, 300);
        QCOMPARE(f.counters(1).repeats, 0);
        QCOMPARE(f.counters(1).badSignatures, 0);
    }

    void killedMidDeliveryIsDeliveredAgainWithTheSameId()
    {
        DispatchFixture f(u"dispatch_kill"_s);
        f.startMerchants({R"([{"at_s":0,"kind":"slow","delay_ms":5000},
                              {"at_s":100,"kind":"healthy"}])"});
        const QStringList ids = f.ingest(1, 5, u"evt_k"_s);
        QProcess* first = f.startDispatch({u"--lease"_s, u"2"_s, u"--name"_s, u"first"_s});
        QTRY_COMPARE_WITH_TIMEOUT(f.counters(1).received, 5, 10000);
        // Held past a lease renewal (a third of the lease): shown in flight by its holder.
        QTRY_COMPARE_WITH_TIMEOUT(
            f.scalar(u"SELECT count(*) FROM payops.deliveries"
                     " WHERE state = 'in_flight' AND lease_owner = 'first'"_s),
            5, 3000);
        ::kill(pid_t(first->processId()), SIGKILL);
        QVERIFY(first->waitForFinished(5000));
        f.setPhaseTime(100s);

        QProcess* second = f.startDispatch({u"--lease"_s, u"2"_s, u"--name"_s, u"second"_s});
        QTRY_COMPARE_WITH_TIMEOUT(
            f.scalar(u"SELECT count(*) FROM payops.deliveries WHERE state = 'succeeded'"_s), 5,
            15000);
        second->terminate();
        QVERIFY(second->waitForFinished(10000));
        // Every event reached the merchant again under its own webhook-id.
        QCOMPARE(f.counters(1).repeats, 5);
        for (const QString& id : ids)
            QVERIFY2(f.counters(1).deliveredIds.contains(id.toLatin1()), qPrintable(id));
        const PgResult attempts = f.db().exec(
            u"SELECT a.worker, a.attempt_no, a.request_headers->>'webhook-id' = d.event_id"
            " FROM payops.attempts a JOIN payops.deliveries d ON d.id = a.delivery_id"_s);
        QCOMPARE(attempts.rows(), 5);
        for (int r = 0; r < attempts.rows(); ++r) {
            QCOMPARE(attempts.text(r, 0), u"second"_s);
            QCOMPARE(attempts.toInt(r, 1), 1);
            QCOMPARE(attempts.value(r, 2), QVariant(true));
        }
    }

    void leasesAreRenewedWhileAttemptsOutlastThem()
    {
        DispatchFixture f(u"dispatch_renew"_s);
        f.startMerchants({R"({"kind":"slow","delay_ms":5000})"});
        f.ingest(1, 5, u"evt_r"_s);
        QProcess* holder = f.startDispatch({u"--lease"_s, u"2"_s, u"--name"_s, u"holder"_s});
        QTRY_COMPARE_WITH_TIMEOUT(f.counters(1).received, 5, 10000);
        // A second dispatcher finds nothing expired: the holder renews what it is sending.
        QProcess* other = f.startDispatch({u"--lease"_s, u"2"_s, u"--name"_s, u"other"_s});
        QTRY_COMPARE_WITH_TIMEOUT(
            f.scalar(u"SELECT count(*) FROM payops.deliveries WHERE state = 'succeeded'"_s), 5,
            15000);
        holder->terminate();
        other->terminate();
        QVERIFY(holder->waitForFinished(10000));
        QVERIFY(other->waitForFinished(10000));
        QCOMPARE(f.counters(1).repeats, 0);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payops.attempts WHERE worker = 'holder'"_s), 5);
    }

    void lostStoreConnectionLosesNothing()
    {
        DispatchFixture f(u"dispatch_outage"_s);
        f.startMerchants({R"({"kind":"slow","delay_ms":300})"});
        f.ingest(1, 40, u"evt_o"_s);
        QProcess* dispatch = f.startDispatch({});
        QTRY_VERIFY_WITH_TIMEOUT(f.counters(1).received >= 16, 10000);
        // The store drops the dispatcher's connections (its own, and those of its claims and
        // attempts lanes once they are open) while attempts are in flight.
        QVERIFY(f.scalar(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                         " WHERE usename = 'dispatcher' AND datname = current_database()"_s) >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(
            f.scalar(u"SELECT count(*) FROM payops.deliveries WHERE state = 'succeeded'"_s), 40,
            20000);
        dispatch->terminate();
        QVERIFY(dispatch->waitForFinished(10000));
        const QByteArray log = dispatch->readAllStandardError();
        QVERIFY2(log.contains("store reconnected"), log.constData());
        QCOMPARE(f.scalar(u"SELECT count(*) FROM payops.attempts"_s), 40);
        QCOMPARE(f.counters(1).accepted, 40);
        QCOMPARE(f.counters(1).repeats, 0);
    }
};

QTEST_GUILESS_MAIN(DispatchCrashTest)
#include "tst_dispatch_crash.moc"
