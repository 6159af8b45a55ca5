#include "BalanceLedgerModel.h"
#include "CampaignListModel.h"
#include "CashbackFlowModel.h"
#include "CashbackStagesModel.h"
#include "DeadLetterModel.h"
#include "PipelineModel.h"
#include "cashback/BrokerQueueFigures.h"
#include "cashback/MinorAmount.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime base(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

QueryResult resultOf(const QStringList& columns, const QList<QVariantList>& rows)
{
    QueryResult result;
    result.columns = columns;
    result.rows = rows;
    return result;
}

const QStringList cashbackColumns{u"id"_s,
                                  u"payment_id"_s,
                                  u"merchant_id"_s,
                                  u"account_id"_s,
                                  u"campaign_id"_s,
                                  u"campaign_name"_s,
                                  u"payment_amount"_s,
                                  u"amount"_s,
                                  u"currency"_s,
                                  u"percent"_s,
                                  u"state"_s,
                                  u"captured_at"_s,
                                  u"created_at"_s,
                                  u"created_key"_s,
                                  u"published_at"_s,
                                  u"credited_at"_s,
                                  u"refunded_at"_s,
                                  u"reversal_published_at"_s,
                                  u"reversed_at"_s,
                                  u"dead_lettered_at"_s,
                                  u"dead_reason"_s,
                                  u"dead_kind"_s};

// A cashback that went as far as `stage`: captured 0 s, computed +1 s, queued +2 s,
// credited +3 s; refunded +10 s, reversal queued +11 s, reversed +12 s.
QVariantList cashback(qint64 id, const QString& stage)
{
    const QDateTime at = base.addSecs(id * 60);
    const bool credited = stage == u"credited" || stage.startsWith(u"revers");
    const bool refunded = stage.startsWith(u"revers");
    const bool dead = stage == u"dead";
    return {id,
            u"pay_%1"_s.arg(id),
            u"m_1"_s,
            u"cust_%1"_s.arg(id % 3),
            qint64(7),
            u"Diwali"_s,
            qint64(49900),
            qint64(2495),
            u"INR"_s,
            u"5.00"_s,
            dead ? u"published"_s
                 : (refunded ? (stage == u"reversed" ? u"reversed"_s : u"reversal_pending"_s)
                             : (credited ? u"credited"_s : u"published"_s)),
            at,
            at.addSecs(1),
            at.addSecs(1).toString(Qt::ISODateWithMs),
            at.addSecs(2),
            credited ? QVariant(at.addSecs(3)) : QVariant(),
            refunded ? QVariant(at.addSecs(10)) : QVariant(),
            refunded ? QVariant(at.addSecs(11)) : QVariant(),
            stage == u"reversed" ? QVariant(at.addSecs(12)) : QVariant(),
            dead ? QVariant(at.addSecs(4)) : QVariant(),
            dead ? QVariant(u"amount: differs from the cashback's"_s) : QVariant(),
            dead ? QVariant(u"credit"_s) : QVariant()};
}

QueryResult flowResult(const QVariantList& cashbackRow, bool withCashback = true)
{
    QStringList columns{u"searched_payment"_s, u"captured_event_at"_s, u"refunded_event_at"_s,
                        u"payment_merchant"_s, u"captured_amount"_s,   u"payment_currency"_s,
                        u"customer_id"_s,      u"credit_entry_at"_s,   u"reversal_entry_at"_s};
    QVariantList row{u"pay_1"_s, base,        QVariant(), u"m_1"_s,  qint64(49900),
                     u"INR"_s,   u"cust_1"_s, QVariant(), QVariant()};
    columns += cashbackColumns;
    if (withCashback) {
        row += cashbackRow;
    } else {
        for (int i = 0; i < cashbackColumns.size(); ++i)
            row << QVariant();
    }
    return resultOf(columns, {row});
}

QList<CashbackStage::Kind> kinds(const CashbackStagesModel& model)
{
    QList<CashbackStage::Kind> result;
    for (const CashbackStage& stage : model.stages())
        result << stage.kind;
    return result;
}

template<typename Model> std::unique_ptr<QAbstractItemModelTester> tester(Model& model)
{
    return std::make_unique<QAbstractItemModelTester>(
        &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

} // namespace

class TestCashbackModels : public QObject
{
    Q_OBJECT
private slots:
    void flowModelPagesAndWordsStages()
    {
        CashbackFlowModel model;
        auto check = tester(model);
        model.setPageSize(2);
        QCOMPARE(model.rowCount(), 0);
        model.setResult(
            resultOf(cashbackColumns, {cashback(1, u"credited"_s), cashback(2, u"dead"_s),
                                       cashback(3, u"queued"_s)}));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.hasMore());
        QCOMPARE(model.lastCursor().id, 2);
        const auto text = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, CashbackFlowModel::PaymentColumn), u"pay_1"_s);
        QCOMPARE(text(0, CashbackFlowModel::CashbackColumn), u"24.95 INR"_s);
        QCOMPARE(text(0, CashbackFlowModel::PaymentAmountColumn), u"499.00 INR"_s);
        QCOMPARE(text(0, CashbackFlowModel::StageColumn), u"credited"_s);
        QCOMPARE(text(0, CashbackFlowModel::LagColumn), u"3.0 s"_s);
        QCOMPARE(text(1, CashbackFlowModel::StageColumn), u"dead-lettered"_s);
        QVERIFY(model.index(1, CashbackFlowModel::StageColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"amount: differs from the cashback's"));
        QCOMPARE(model.rowOfPayment(u"pay_2"_s), 1);

        // An error keeps what is shown.
        QueryResult failed;
        failed.error = u"connection lost"_s;
        model.setResult(failed);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.error(), u"connection lost"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void stagesOfACreditedPayment()
    {
        CashbackStagesModel model;
        auto check = tester(model);
        model.setResult(flowResult(cashback(1, u"credited"_s)));
        QCOMPARE(kinds(model),
                 (QList<CashbackStage::Kind>{CashbackStage::Captured, CashbackStage::Computed,
                                             CashbackStage::Queued, CashbackStage::Credited}));
        for (const CashbackStage& stage : model.stages())
            QCOMPARE(stage.status, CashbackStage::Done);
        QCOMPARE(model.index(1, CashbackStagesModel::DetailColumn).data().toString(),
                 u"24.95 INR (5.00 %) · Diwali"_s);
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::French)); // the percentage as the language writes it
        const QString french = model.index(1, CashbackStagesModel::DetailColumn).data().toString();
        QLocale::setDefault(previous);
        QCOMPARE(french, u"24.95 INR (5,00 %) · Diwali"_s);
        QCOMPARE(model.index(3, CashbackStagesModel::AfterColumn).data().toString(), u"+1.0 s"_s);
        QCOMPARE(model.index(3, CashbackStagesModel::DetailColumn).data().toString(),
                 u"ledger of cust_1"_s);
    }

    void aStageRecordedLateShowsANegativeGap()
    {
        CashbackStagesModel model;
        auto check = tester(model);
        QVariantList row = cashback(1, u"credited"_s);
        // credited 50 ms before the publisher noted the broker's confirmation
        row[cashbackColumns.indexOf(u"credited_at"_s)] = base.addSecs(60 + 2).addMSecs(-50);
        model.setResult(flowResult(row));
        QCOMPARE(model.index(3, CashbackStagesModel::AfterColumn).data().toString(), u"−50 ms"_s);
        QVERIFY(model.index(3, CashbackStagesModel::AfterColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"concurrently"));
        QCOMPARE(model.index(2, CashbackStagesModel::AfterColumn).data().toString(), u"+1.0 s"_s);
        QVERIFY(model.index(2, CashbackStagesModel::AfterColumn).data(Qt::ToolTipRole).isNull());
    }

    void stagesOfAQueuedPaymentWait()
    {
        CashbackStagesModel model;
        auto check = tester(model);
        model.setResult(flowResult(cashback(1, u"queued"_s)));
        QCOMPARE(model.stages().last().kind, CashbackStage::Credited);
        QCOMPARE(model.stages().last().status, CashbackStage::Waiting);
        QCOMPARE(model.index(3, CashbackStagesModel::TimeColumn).data().toString(), u"waiting"_s);
    }

    void stagesOfADeadLetterGiveTheReason()
    {
        CashbackStagesModel model;
        auto check = tester(model);
        model.setResult(flowResult(cashback(1, u"dead"_s)));
        const CashbackStage last = model.stages().last();
        QCOMPARE(last.kind, CashbackStage::DeadLettered);
        QCOMPARE(last.status, CashbackStage::Failed);
        QCOMPARE(model.index(3, CashbackStagesModel::DetailColumn).data().toString(),
                 u"reason: amount: differs from the cashback's"_s);
    }

    void stagesOfARefundEndReversed()
    {
        CashbackStagesModel model;
        auto check = tester(model);
        model.setResult(flowResult(cashback(1, u"reversed"_s)));
        QCOMPARE(kinds(model).mid(4),
                 (QList<CashbackStage::Kind>{CashbackStage::Refunded, CashbackStage::ReversalQueued,
                                             CashbackStage::Reversed}));
        QCOMPARE(model.stages().last().status, CashbackStage::Done);
        model.setResult(flowResult(cashback(1, u"reversal_pending"_s)));
        QCOMPARE(model.stages().last().status, CashbackStage::Waiting);
    }

    void stagesOfAPaymentWithoutCashback()
    {
        CashbackStagesModel model;
        auto check = tester(model);
        model.setResult(flowResult({}, false));
        QCOMPARE(kinds(model),
                 (QList<CashbackStage::Kind>{CashbackStage::Captured, CashbackStage::NoCashback}));
        QVERIFY(
            model.index(1, CashbackStagesModel::DetailColumn).data().toString().contains(u"m_1"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void ledgerShowsRunningBalanceAndChecksTheSum()
    {
        BalanceLedgerModel model;
        auto check = tester(model);
        model.setAccount(u"cust_1"_s);
        model.setBalances(resultOf({u"currency"_s, u"balance"_s, u"updated_at"_s, u"ledger_sum"_s},
                                   {{u"INR"_s, qint64(1500), base, qint64(1500)},
                                    {u"USD"_s, qint64(300), base, qint64(200)}}));
        QCOMPARE(model.balanceText(), u"15.00 INR · 3.00 USD"_s);
        QVERIFY(model.balances().at(0).matchesLedger());
        QVERIFY(!model.balances().at(1).matchesLedger());
        model.setLedger(
            resultOf({u"id"_s, u"created_at"_s, u"kind"_s, u"amount"_s, u"currency"_s,
                      u"cashback_id"_s, u"payment_id"_s, u"idempotency_key"_s, u"balance_after"_s},
                     {{qint64(3), base.addSecs(20), u"reversal"_s, qint64(-500), u"INR"_s,
                       qint64(2), u"pay_2"_s, u"reversal:2"_s, qint64(1500)},
                      {qint64(2), base.addSecs(10), u"credit"_s, qint64(500), u"INR"_s, qint64(2),
                       u"pay_2"_s, u"credit:2"_s, qint64(2000)}}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, BalanceLedgerModel::AmountColumn).data().toString(),
                 u"−5.00 INR"_s);
        QCOMPARE(model.index(0, BalanceLedgerModel::BalanceAfterColumn).data().toString(),
                 u"15.00 INR"_s);
        QCOMPARE(model.index(1, BalanceLedgerModel::KeyColumn).data().toString(), u"credit:2"_s);
        model.setAccount(u"cust_2"_s);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.balanceText(), u"no balance yet"_s);
    }

    void campaignsWithStatus()
    {
        CampaignListModel model;
        auto check = tester(model);
        const QStringList columns{
            u"id"_s,         u"name"_s,       u"merchant_id"_s,  u"merchant_group"_s,
            u"percent"_s,    u"cap_amount"_s, u"customer_cap"_s, u"cap_period"_s,
            u"min_amount"_s, u"currency"_s,   u"valid_from"_s,   u"valid_to"_s,
            u"enabled"_s,    u"created_by"_s, u"created_at"_s};
        model.setResult(
            resultOf(columns, {{qint64(1), u"Diwali"_s, u"m_1"_s, QVariant(), u"5.00"_s,
                                qint64(10000), qint64(50000), u"month"_s, qint64(0), u"INR"_s,
                                base.addDays(-1), base.addDays(1), true, u"admin"_s, base},
                               {qint64(2), u"Groceries"_s, QVariant(), u"grocers"_s, u"2.50"_s,
                                qint64(5000), QVariant(), u"campaign"_s, qint64(10000), u"INR"_s,
                                base.addDays(1), base.addDays(2), true, u"admin"_s, base},
                               {qint64(3), u"Old"_s, u"m_2"_s, QVariant(), u"1.00"_s, qint64(100),
                                QVariant(), u"campaign"_s, qint64(0), u"INR"_s, base.addDays(-9),
                                base.addDays(-8), true, u"admin"_s, base},
                               {qint64(4), u"Off"_s, u"m_2"_s, QVariant(), u"1.00"_s, qint64(100),
                                QVariant(), u"campaign"_s, qint64(0), u"INR"_s, base.addDays(-1),
                                base.addDays(1), false, u"admin"_s, base}}));
        model.setNow(base);
        const auto text = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, CampaignListModel::StatusColumn), u"active"_s);
        QCOMPARE(text(1, CampaignListModel::StatusColumn), u"scheduled"_s);
        QCOMPARE(text(2, CampaignListModel::StatusColumn), u"ended"_s);
        QCOMPARE(text(3, CampaignListModel::StatusColumn), u"disabled"_s);
        QCOMPARE(text(0, CampaignListModel::CustomerCapColumn), u"500.00 INR per month"_s);
        QCOMPARE(text(1, CampaignListModel::CustomerCapColumn), u"none"_s);
        QCOMPARE(text(1, CampaignListModel::TargetColumn), u"group grocers"_s);
        QCOMPARE(text(0, CampaignListModel::PercentColumn), u"5.00 %"_s);
        QCOMPARE(model.rowOfCampaign(3), 2);
    }

    void pipelineRatesAndBoundedHistory()
    {
        PipelineModel model;
        auto check = tester(model);
        model.setMaximumSamples(3);
        QCOMPARE(
            model.index(PipelineModel::QueueRow, PipelineModel::WaitingColumn).data().toString(),
            u"—"_s);
        const QStringList columns{u"measured_at"_s,    u"window_seconds"_s,   u"captured"_s,
                                  u"computed"_s,       u"queued"_s,           u"credited"_s,
                                  u"reversed"_s,       u"dead_lettered"_s,    u"waiting_queue"_s,
                                  u"waiting_credit"_s, u"waiting_reversal"_s, u"lag_median"_s,
                                  u"lag_p95"_s,        u"lag_max"_s};
        for (int i = 0; i < 5; ++i)
            model.setStoreResult(resultOf(
                columns,
                {{base.addSecs(2 * i), 60, qint64(600), qint64(300), qint64(240), qint64(180 + i),
                  qint64(6), qint64(0), qint64(7), qint64(60), qint64(1), 0.8, 1.9, 3.25}}));
        QCOMPARE(model.storeHistory().size(), 3);
        QCOMPARE(model.storeHistory().last().creditedPerSecond, 184.0 / 60);
        const auto text = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(PipelineModel::CapturedRow, PipelineModel::InColumn), u"10"_s);
        QCOMPARE(text(PipelineModel::ComputedRow, PipelineModel::InColumn), u"5.0"_s);
        QCOMPARE(text(PipelineModel::ComputedRow, PipelineModel::OutColumn), u"4.0"_s);
        QCOMPARE(text(PipelineModel::ComputedRow, PipelineModel::WaitingColumn), u"7"_s);
        QCOMPARE(text(PipelineModel::CreditedRow, PipelineModel::WaitingColumn), u"60"_s);
        QCOMPARE(model.lagText(), u"median 800 ms · p95 1.9 s · max 3.3 s"_s);

        BrokerQueueStats::Snapshot snapshot;
        snapshot.at = base;
        BrokerQueueFigures credits;
        credits.name = u"payops.credits"_s;
        credits.messages = 17891;
        credits.ready = 17000;
        credits.unacked = 891;
        credits.consumers = 2;
        credits.publishRate = 375;
        credits.ackRate = 40;
        BrokerQueueFigures dead;
        dead.name = u"payops.credits.dead"_s;
        dead.messages = 3;
        snapshot.queues = {credits, dead};
        model.setBroker(snapshot);
        QCOMPARE(text(PipelineModel::QueueRow, PipelineModel::InColumn), u"375"_s);
        QCOMPARE(text(PipelineModel::QueueRow, PipelineModel::OutColumn), u"40"_s);
        QCOMPARE(
            model.index(PipelineModel::QueueRow, PipelineModel::WaitingColumn).data().toLongLong(),
            17891);
        QCOMPARE(text(PipelineModel::QueueRow, PipelineModel::DetailColumn),
                 u"17000 ready · 891 unacknowledged · 2 consumer(s)"_s);
        QCOMPARE(model.index(PipelineModel::DeadLetterRow, PipelineModel::WaitingColumn)
                     .data()
                     .toLongLong(),
                 3);
        QCOMPARE(model.brokerHistory().size(), 1);

        // A broker that stops answering: its figures go, the error shows, history stays.
        BrokerQueueStats::Snapshot down;
        down.at = base.addSecs(2);
        down.error = u"refuses connections"_s;
        model.setBroker(down);
        QCOMPARE(model.brokerError(), u"refuses connections"_s);
        QCOMPARE(text(PipelineModel::QueueRow, PipelineModel::WaitingColumn), u"—"_s);
        QCOMPARE(model.brokerHistory().size(), 1);
    }

    void deadLettersWithTheirReason()
    {
        DeadLetterModel model;
        auto check = tester(model);
        const QStringList columns{
            u"id"_s,   u"at"_s,     u"cashback_id"_s, u"payment_id"_s, u"account_id"_s,
            u"kind"_s, u"reason"_s, u"message_key"_s, u"body"_s,       u"still_dead"_s};
        model.setResult(resultOf(
            columns,
            {{qint64(2), base, qint64(3), u"pay_3"_s, u"cust_b"_s, u"credit"_s,
              u"amount: differs from the cashback's"_s, u"credit:3"_s, uR"({"amount":1})"_s, true},
             {qint64(1), base.addSecs(-5), QVariant(), QVariant(), QVariant(), QVariant(),
              u"not JSON"_s, u"md5:ab12"_s, u"garbage"_s, false}}));
        QCOMPARE(model.rowCount(), 2);
        const auto text = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, DeadLetterModel::PaymentColumn), u"pay_3"_s);
        QCOMPARE(text(0, DeadLetterModel::ReasonColumn), u"amount: differs from the cashback's"_s);
        QCOMPARE(model.index(0, DeadLetterModel::ReasonColumn).data(Qt::ToolTipRole).toString(),
                 uR"(Message: {"amount":1})"_s);
        QCOMPARE(text(1, DeadLetterModel::PaymentColumn), u"(no cashback)"_s);
        QCOMPARE(text(1, DeadLetterModel::ReasonColumn), u"not JSON (requeued since)"_s);
        QCOMPARE(model.index(1, 0).data(DeadLetterModel::CashbackIdRole).toLongLong(), 0);
    }

    void brokerQueueJson()
    {
        QString error;
        const BrokerQueueFigures f = BrokerQueueFigures::fromJson(
            R"({"name":"payops.credits","type":"quorum","state":"running","messages":12,
                "messages_ready":10,"messages_unacknowledged":2,"consumers":3,
                "message_stats":{"publish_details":{"rate":375.5},
                "deliver_get_details":{"rate":41.0},"ack_details":{"rate":40.2}}})",
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(f.name, u"payops.credits"_s);
        QCOMPARE(f.type, u"quorum"_s);
        QCOMPARE(f.messages, 12);
        QCOMPARE(f.ready, 10);
        QCOMPARE(f.unacked, 2);
        QCOMPARE(f.consumers, 3);
        QCOMPARE(f.publishRate, 375.5);
        QCOMPARE(f.deliverRate, 41.0);
        QCOMPARE(f.ackRate, 40.2);
        BrokerQueueFigures::fromJson("<html>", &error);
        QVERIFY(error.startsWith(u"not JSON"));
    }

    void minorAmounts()
    {
        QCOMPARE(MinorAmount::text(12345, u"INR"_s), u"123.45 INR"_s);
        QCOMPARE(MinorAmount::text(5, u"INR"_s), u"0.05 INR"_s);
        QCOMPARE(MinorAmount::text(-250, u"USD"_s), u"−2.50 USD"_s);
        QCOMPARE(MinorAmount::text(500, u"JPY"_s), u"500 JPY"_s);
        QCOMPARE(MinorAmount::text(1234, u"KWD"_s), u"1.234 KWD"_s);
    }
};

QTEST_MAIN(TestCashbackModels)
#include "tst_cashback_models.moc"
