#include "CashbackFixture.h"
#include "cashback/CreditQueue.h"
#include "store/StoreError.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

const QString inNovember = u"2026-11-24T16:00:00Z"_s;
const QString inOctober = u"2026-10-24T16:00:00Z"_s;

QMap<QString, qint64> cashbacksByPayment(const CashbackFixture& fixture)
{
    const PgResult rows = fixture.owner().exec(
        u"SELECT payment_id, amount FROM payops.cashbacks ORDER BY payment_id"_s);
    QMap<QString, qint64> amounts;
    for (int row = 0; row < rows.rows(); ++row)
        amounts.insert(rows.text(row, 0), rows.toInt(row, 1));
    return amounts;
}

QString refusal(PgConnection& connection, const QString& sql)
{
    try {
        connection.exec(sql);
    } catch (const StoreError& error) {
        return error.message();
    }
    return {};
}

} // namespace

class TestCashback : public QObject
{
    Q_OBJECT

private slots:
    void everyRule()
    {
        CashbackFixture fixture(u"cashback_rules"_s);
        const qint64 percent = fixture.saveCampaign(
            u"m_pct"_s, u"10"_s, 500, 100, u"2026-10-01T00:00:00Z"_s, u"2026-11-01T00:00:00Z"_s);
        PgConnection admin = PgConnection::open(fixture.store().dsnAs(u"admin"_s));
        admin.exec(
            u"SELECT payops.save_merchant_group('g_small', ARRAY['m_g1', 'm_g2'], 'test')"_s);
        const qint64 group = fixture.saveCampaign({}, u"5"_s, 1000, 0, u"2026-01-01"_s,
                                                  u"2027-01-01"_s, u"g_small"_s, 700, u"day"_s);
        const qint64 direct = fixture.saveCampaign(u"m_g1"_s, u"2"_s, 1000, 0);
        using F = CashbackFixture;
        QList<QJsonObject> events{
            F::event(u"captured"_s, u"r1"_s, u"m_pct"_s, u"ca"_s, 1239, inOctober),
            F::event(u"captured"_s, u"r2"_s, u"m_pct"_s, u"ca"_s, 100'000, inOctober),
            F::event(u"captured"_s, u"r3"_s, u"m_pct"_s, u"ca"_s, 99, inOctober),
            F::event(u"captured"_s, u"r4"_s, u"m_pct"_s, u"ca"_s, 1000, u"2026-09-30T23:59:59Z"_s),
            F::event(u"captured"_s, u"r5"_s, u"m_pct"_s, u"ca"_s, 1000, u"2026-11-01T00:00:00Z"_s),
            F::event(u"captured"_s, u"r6"_s, u"m_pct"_s, u"ca"_s, 1000, inOctober, u"USD"_s),
            F::event(u"captured"_s, u"r7"_s, u"m_pct"_s, {}, 1000, inOctober),
            F::event(u"captured"_s, u"r8"_s, u"m_other"_s, u"ca"_s, 1000, inOctober),
            F::event(u"authorized"_s, u"r9"_s, u"m_pct"_s, u"ca"_s, 1000, inOctober),
            F::event(u"captured"_s, u"g1"_s, u"m_g1"_s, u"cx"_s, 6000, u"2026-11-24T10:00:00Z"_s),
            F::event(u"captured"_s, u"g2"_s, u"m_g2"_s, u"cx"_s, 6000, u"2026-11-24T11:00:00Z"_s),
            F::event(u"captured"_s, u"g3"_s, u"m_g1"_s, u"cx"_s, 6000, u"2026-11-24T12:00:00Z"_s),
            F::event(u"captured"_s, u"g4"_s, u"m_g1"_s, u"cx"_s, 6000, u"2026-11-24T13:00:00Z"_s),
            F::event(u"captured"_s, u"g5"_s, u"m_g2"_s, u"cx"_s, 6000, u"2026-11-24T14:00:00Z"_s),
            F::event(u"captured"_s, u"g8"_s, u"m_g2"_s, u"cx"_s, 6000, u"2026-11-24T15:00:00Z"_s),
            F::event(u"captured"_s, u"g6"_s, u"m_g1"_s, u"cx"_s, 6000, u"2026-11-25T10:00:00Z"_s),
            F::event(u"captured"_s, u"g7"_s, u"m_g2"_s, u"cy"_s, 4000, u"2026-11-24T12:30:00Z"_s),
        };
        QJsonObject again = F::event(u"captured"_s, u"r1"_s, u"m_pct"_s, u"ca"_s, 1239, inOctober);
        again.insert(u"id"_s, u"r1-captured-again"_s);
        events.append(again);
        QString error;
        QVERIFY2(fixture.ingest(events, &error), qPrintable(error));
        QString output;
        QCOMPARE(fixture.drain({}, &output), 0);

        const QMap<QString, qint64> expected{
            {u"r1"_s, 123}, // 10 % of 1239, rounded down
            {u"r2"_s, 500}, // capped per payment
            // r3 below the minimum, r4 before and r5 at the end of validity, r6 another
            // currency, r7 no customer, r8 no campaign, r9 not captured
            {u"g1"_s, 300}, // the group's 5 % beats m_g1's own 2 %
            {u"g2"_s, 300},
            {u"g3"_s, 120}, // 100 left of the group's daily 700 per customer: m_g1's 2 % gives more
            {u"g4"_s, 120},
            {u"g5"_s, 100}, // m_g2 has only the group's campaign: what is left of the cap
            // g8: the customer's daily cap is reached
            {u"g6"_s, 300}, // the next day
            {u"g7"_s, 200}, // another customer
        };
        QCOMPARE(cashbacksByPayment(fixture), expected);
        QCOMPARE(
            fixture.scalar(u"SELECT campaign_id FROM payops.cashbacks WHERE payment_id = 'r1'"_s),
            percent);
        QCOMPARE(
            fixture.scalar(u"SELECT campaign_id FROM payops.cashbacks WHERE payment_id = 'g1'"_s),
            group);
        QCOMPARE(
            fixture.scalar(u"SELECT campaign_id FROM payops.cashbacks WHERE payment_id = 'g4'"_s),
            direct);
        QCOMPARE(fixture.scalar(u"SELECT balance FROM payops.balances WHERE account_id = 'ca'"_s),
                 623);
        QCOMPARE(fixture.scalar(u"SELECT balance FROM payops.balances WHERE account_id = 'cx'"_s),
                 1240);
        QCOMPARE(fixture.exactlyOnceViolations(), QStringList());
        QVERIFY2(output.contains(u"9 computed"_s), qPrintable(output));
    }

    void refundReverses()
    {
        CashbackFixture fixture(u"cashback_refund"_s);
        fixture.saveCampaign(u"m_r"_s, u"10"_s, 10'000, 0);
        using F = CashbackFixture;
        QVERIFY(fixture.ingest(
            {F::event(u"captured"_s, u"p1"_s, u"m_r"_s, u"cu"_s, 5000, inNovember),
             F::event(u"captured"_s, u"p2"_s, u"m_r"_s, u"cu"_s, 3000, inNovember),
             F::event(u"refunded"_s, u"p9"_s, u"m_r"_s, u"cu"_s, 3000, inNovember)}));
        QCOMPARE(fixture.drain(), 0);
        QCOMPARE(fixture.scalar(u"SELECT balance FROM payops.balances WHERE account_id = 'cu'"_s),
                 800);
        // The refund comes after the credit: a reversal entry, never a deletion.
        QVERIFY(fixture.ingest({F::event(u"refunded"_s, u"p1"_s, u"m_r"_s, u"cu"_s, 5000,
                                         u"2026-11-24T17:00:00Z"_s)}));
        QCOMPARE(fixture.drain(), 0);
        QCOMPARE(fixture.scalar(u"SELECT balance FROM payops.balances WHERE account_id = 'cu'"_s),
                 300);
        QCOMPARE(fixture.scalar(u"SELECT count(*) FROM payops.ledger_entries WHERE cashback_id ="
                                " (SELECT id FROM payops.cashbacks WHERE payment_id = 'p1')"_s),
                 2);
        QCOMPARE(fixture.owner()
                     .exec(u"SELECT state FROM payops.cashbacks WHERE payment_id = 'p1'"_s)
                     .text(0, 0),
                 u"reversed"_s);
        // A refund that reaches the store before its capture (another ingest) still reverses.
        QVERIFY(fixture.ingest({F::event(u"refunded"_s, u"p3"_s, u"m_r"_s, u"cu"_s, 2000,
                                         u"2026-11-24T18:00:00Z"_s)}));
        QCOMPARE(fixture.drain(), 0);
        QVERIFY(fixture.ingest({F::event(u"captured"_s, u"p3"_s, u"m_r"_s, u"cu"_s, 2000,
                                         u"2026-11-24T17:30:00Z"_s)}));
        QCOMPARE(fixture.drain(), 0);
        QCOMPARE(fixture.owner()
                     .exec(u"SELECT state FROM payops.cashbacks WHERE payment_id = 'p3'"_s)
                     .text(0, 0),
                 u"reversed"_s);
        QCOMPARE(fixture.scalar(u"SELECT balance FROM payops.balances WHERE account_id = 'cu'"_s),
                 300);
        // The refund read before its capture in one batch (one ingest, one drain).
        QVERIFY(fixture.ingest(
            {F::event(u"refunded"_s, u"p4"_s, u"m_r"_s, u"cu"_s, 4000, u"2026-11-24T19:00:00Z"_s),
             F::event(u"captured"_s, u"p4"_s, u"m_r"_s, u"cu"_s, 4000,
                      u"2026-11-24T18:30:00Z"_s)}));
        QCOMPARE(fixture.drain(), 0);
        QCOMPARE(fixture.owner()
                     .exec(u"SELECT state FROM payops.cashbacks WHERE payment_id = 'p4'"_s)
                     .text(0, 0),
                 u"reversed"_s);
        QCOMPARE(fixture.scalar(u"SELECT balance FROM payops.balances WHERE account_id = 'cu'"_s),
                 300);
        QCOMPARE(fixture.exactlyOnceViolations(), QStringList());
    }

    void campaignChangesReachARunningEngine()
    {
        CashbackFixture fixture(u"cashback_live"_s);
        using F = CashbackFixture;
        auto engine = fixture.start({});
        QVERIFY(fixture.ingest(
            {F::event(u"captured"_s, u"l1"_s, u"m_l"_s, u"cu"_s, 5000, inNovember)}));
        // Without a campaign, nothing; the cursor moves past the payment.
        QCOMPARE(fixture.waitFor(u"SELECT count(*) FROM payops.cashback_cursor WHERE seq > 0"_s, 1,
                                 30'000),
                 1);
        const qint64 id = fixture.saveCampaign(u"m_l"_s, u"10"_s, 10'000, 0);
        QVERIFY(fixture.ingest(
            {F::event(u"captured"_s, u"l2"_s, u"m_l"_s, u"cu"_s, 5000, inNovember)}));
        QCOMPARE(fixture.waitFor(u"SELECT count(*) FROM payops.ledger_entries"_s, 1, 30'000), 1);
        PgConnection admin = PgConnection::open(fixture.store().dsnAs(u"admin"_s));
        admin.exec(u"SELECT payops.set_campaign_enabled($1, false, 'test')"_s, {id});
        QVERIFY(fixture.ingest(
            {F::event(u"captured"_s, u"l3"_s, u"m_l"_s, u"cu"_s, 5000, inNovember),
             F::event(u"captured"_s, u"l4"_s, u"m_x"_s, u"cu"_s, 5000, inNovember)}));
        QCOMPARE(fixture.waitFor(u"SELECT count(*) FROM payops.cashback_cursor WHERE seq >="
                                 " (SELECT max(seq) FROM payops.payment_events)"_s,
                                 1, 30'000),
                 1);
        engine->terminate();
        QVERIFY(engine->waitForFinished(30'000));
        QCOMPARE(engine->exitCode(), 0);
        QCOMPARE(fixture.owner()
                     .exec(u"SELECT string_agg(payment_id, ',') FROM payops.cashbacks"_s)
                     .text(0, 0),
                 u"l2"_s);
        QCOMPARE(fixture.exactlyOnceViolations(), QStringList());
    }

    void campaignFunctionsRefuseBadFields()
    {
        CashbackFixture fixture(u"cashback_campaigns"_s);
        PgConnection admin = PgConnection::open(fixture.store().dsnAs(u"admin"_s));
        const QString call = u"SELECT payops.save_campaign(NULL, 'x', %1, %2, %3, 0, 'INR',"
                             " '2026-01-01', %4, true, %5, %6, %7)"_s;
        auto save = [&](const char* merchant, const char* percent, const char* cap,
                        const char* validTo, const char* group, const char* customerCap,
                        const char* period) {
            return refusal(admin, call.arg(QLatin1String(merchant), QLatin1String(percent),
                                           QLatin1String(cap), QLatin1String(validTo),
                                           QLatin1String(group), QLatin1String(customerCap),
                                           QLatin1String(period)));
        };
        QVERIFY(save("'m'", "10", "100", "'2027-01-01'", "NULL", "NULL", "'day'").isEmpty());
        QVERIFY(save("'m'", "0", "100", "'2027-01-01'", "NULL", "NULL", "'day'")
                    .startsWith(u"percent: "_s));
        QVERIFY(save("'m'", "10.555", "100", "'2027-01-01'", "NULL", "NULL", "'day'")
                    .startsWith(u"percent: "_s));
        QVERIFY(save("'m'", "10", "0", "'2027-01-01'", "NULL", "NULL", "'day'")
                    .startsWith(u"cap_amount: "_s));
        QVERIFY(save("'m'", "10", "100", "'2025-01-01'", "NULL", "NULL", "'day'")
                    .startsWith(u"valid_to: "_s));
        QVERIFY(save("'m'", "10", "100", "'2027-01-01'", "NULL", "0", "'day'")
                    .startsWith(u"customer_cap: "_s));
        QVERIFY(save("'m'", "10", "100", "'2027-01-01'", "NULL", "10", "'year'")
                    .startsWith(u"cap_period: "_s));
        QVERIFY(save("NULL", "10", "100", "'2027-01-01'", "NULL", "NULL", "'day'")
                    .startsWith(u"merchant_id: "_s));
        QVERIFY(save("'m'", "10", "100", "'2027-01-01'", "'g'", "NULL", "'day'")
                    .startsWith(u"merchant_id: "_s));
        QVERIFY(save("NULL", "10", "100", "'2027-01-01'", "'nope'", "NULL", "'day'")
                    .startsWith(u"merchant_group: "_s));
        QVERIFY(refusal(admin, u"SELECT payops.save_merchant_group('g', '{}', 'r')"_s)
                    .startsWith(u"merchant_ids: "_s));
        QVERIFY(refusal(admin, u"SELECT payops.set_campaign_enabled(99, false, 'r')"_s)
                    .startsWith(u"campaign_id: "_s));
        QCOMPARE(
            fixture.scalar(u"SELECT count(*) FROM payops.audit_log WHERE action = 'save_campaign'"
                           " AND actor = 'admin'"_s),
            1);
        PgConnection viewer = PgConnection::open(fixture.store().dsnAs(u"viewer"_s));
        QVERIFY(refusal(viewer, u"SELECT payops.set_campaign_enabled(1, false, 'r')"_s)
                    .contains(u"permission denied"_s));
        PgConnection engine = PgConnection::open(fixture.store().dsnAs(u"engine"_s));
        QVERIFY(refusal(engine, u"SELECT payops.save_merchant_group('g', '{m}', 'r')"_s)
                    .contains(u"permission denied"_s));
    }

    void threeWorkersTogether()
    {
        CashbackFixture fixture(u"cashback_three"_s);
        fixture.saveCampaign(u"m_3"_s, u"3"_s, 10'000, 0);
        std::vector<std::unique_ptr<QProcess>> workers;
        for (int i = 0; i < 3; ++i)
            workers.push_back(fixture.start({u"--credit"_s, u"--credit-batch"_s, u"50"_s}));
        // All three consume before the first credit is published.
        AmqpConnection broker = fixture.broker().connect();
        CreditQueue::declare(broker);
        QDeadlineTimer deadline(60'000);
        while (broker.consumers(CreditQueue::name) < 3 && !deadline.hasExpired())
            QThread::msleep(50);
        QCOMPARE(broker.consumers(CreditQueue::name), 3u);
        QVERIFY(fixture.ingest(fixture.payments(0, 6000, u"m_3"_s)));
        QCOMPARE(fixture.drain({u"--compute"_s}), 0);
        const qint64 expected =
            fixture.scalar(u"SELECT count(*) + count(refunded_at) FROM payops.cashbacks"_s);
        QCOMPARE(expected, 6600);
        QCOMPARE(
            fixture.waitFor(u"SELECT count(*) FROM payops.ledger_entries"_s, expected, 120'000),
            expected);
        int consumersThatCredited = 0;
        for (auto& worker : workers) {
            worker->terminate();
            QVERIFY(worker->waitForFinished(30'000));
            QCOMPARE(worker->exitCode(), 0);
            const QString output = QString::fromUtf8(worker->readAllStandardError());
            const QRegularExpressionMatch match =
                QRegularExpression(u"(\\d+) credited"_s).match(output.section(u'\n', -2));
            QVERIFY2(match.hasMatch(), qPrintable(output));
            consumersThatCredited += match.captured(1).toInt() > 0 ? 1 : 0;
        }
        QCOMPARE(consumersThatCredited, 3);
        QCOMPARE(fixture.exactlyOnceViolations(), QStringList());
    }

    void poisonMessagesDeadLettered()
    {
        CashbackFixture fixture(u"cashback_poison"_s);
        fixture.saveCampaign(u"m_p"_s, u"10"_s, 10'000, 0);
        QVERIFY(fixture.ingest(
            {CashbackFixture::event(u"captured"_s, u"p1"_s, u"m_p"_s, u"cu"_s, 5000, inNovember)}));
        QCOMPARE(fixture.drain(), 0);
        const qint64 id = fixture.scalar(u"SELECT id FROM payops.cashbacks"_s);
        AmqpConnection broker = fixture.broker().connect();
        CreditQueue::declare(broker);
        broker.enableConfirms();
        const auto credit = [&](qint64 cashback, qint64 amount) {
            return QJsonDocument(QJsonObject{{u"key"_s, u"credit:%1"_s.arg(cashback)},
                                             {u"cashback_id"_s, cashback},
                                             {u"kind"_s, u"credit"_s},
                                             {u"account_id"_s, u"cu"_s},
                                             {u"amount"_s, amount},
                                             {u"currency"_s, u"INR"_s}})
                .toJson(QJsonDocument::Compact);
        };
        broker.publish({}, CreditQueue::name, "garbage-1", "this is not json");
        broker.publish(
            {}, CreditQueue::name, "garbage-2",
            R"({"key": "garbage-2", "cashback_id": 1, "amount": 1, "account_id": "a\u0000b"})");
        broker.publish({}, CreditQueue::name, "credit:999999", credit(999'999, 500));
        broker.publish({}, CreditQueue::name, QByteArray("credit:") + QByteArray::number(id),
                       credit(id, 1)); // the cashback is 500
        // A redelivered credit of the real cashback changes nothing.
        broker.publish({}, CreditQueue::name, QByteArray("credit:") + QByteArray::number(id),
                       credit(id, 500));
        QVERIFY(broker.waitForConfirms(std::chrono::seconds(10)).empty());
        QCOMPARE(fixture.drain({u"--credit"_s}), 0);

        const PgResult dead = fixture.owner().exec(
            u"SELECT message_key, reason FROM payops.cashback_dead_letters ORDER BY message_key"_s);
        QCOMPARE(dead.rows(), 4);
        QCOMPARE(dead.text(0, 0), u"credit:%1"_s.arg(id));
        QVERIFY(dead.text(0, 1).startsWith(u"amount: "_s));
        QVERIFY(dead.text(1, 1).startsWith(u"cashback_id: "_s));
        QCOMPARE(dead.text(2, 0), u"garbage-1"_s);
        QVERIFY(dead.text(2, 1).startsWith(u"body: not JSON"_s));
        QCOMPARE(dead.text(3, 0), u"garbage-2"_s);
        QCOMPARE(dead.text(3, 1), u"body: contains a NUL character"_s);
        QCOMPARE(broker.readyMessages(CreditQueue::deadName), 4u);
        QCOMPARE(broker.readyMessages(CreditQueue::name), 0u);
        QCOMPARE(fixture.scalar(u"SELECT balance FROM payops.balances"_s), 500);
        QCOMPARE(fixture.exactlyOnceViolations(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCashback)
#include "tst_cashback.moc"
