#include "BalanceLedgerModel.h"
#include "BrokerManagementStub.h"
#include "CampaignEditorDialog.h"
#include "CampaignListModel.h"
#include "CampaignsView.h"
#include "CashbackFlowModel.h"
#include "CashbackFlowsView.h"
#include "CashbackPage.h"
#include "CashbackPipelineChart.h"
#include "CashbackPipelineView.h"
#include "CashbackStagesModel.h"
#include "CustomerBalanceView.h"
#include "DeadLetterModel.h"
#include "DeadLettersView.h"
#include "PipelineModel.h"
#include "RetryDialog.h"
#include "TestStore.h"
#include "cashback/BrokerQueueStats.h"
#include "store/PgConnection.h"
#include "store/StoreClient.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<QString> paymentsOf(const CashbackFlowModel& model)
{
    QList<QString> payments;
    for (const CashbackFlowRow& row : model.cashbacks())
        payments << row.paymentId;
    return payments;
}

QList<CashbackStage::Kind> kindsOf(const CashbackStagesModel& model)
{
    QList<CashbackStage::Kind> kinds;
    for (const CashbackStage& stage : model.stages())
        kinds << stage.kind;
    return kinds;
}

// A console page over its own connection, shown.
struct PageSession
{
    PageSession(const QString& dsn, BrokerQueueStats* broker)
        : page(&client, broker)
    {
        client.open(dsn);
        page.show();
    }

    StoreClient client;
    CashbackPage page;
};

} // namespace

class TestCashbackPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_store = std::make_unique<TestStore>(u"cashback_page"_s);
        m_owner = std::make_unique<PgConnection>(PgConnection::open(m_store->ownerDsn()));
        insertFlows();
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_store.reset();
    }

    void searchesByCustomer()
    {
        PageSession session(m_store->dsnAs(u"viewer"_s), idleBroker());
        CashbackPage& page = session.page;
        CashbackFlowsView* flows = page.flows();
        QVERIFY(waitForResult(flows));
        flows->setFilter({CashbackSearchFilter::Customer, u"cust_a"_s});
        QVERIFY(searchAndWait(flows));
        QCOMPARE(paymentsOf(*flows->model()), expectedPayments(u"account_id = 'cust_a'"_s));
        QCOMPARE(paymentsOf(*flows->model()), (QList<QString>{u"pay_4"_s, u"pay_1"_s}));
    }

    void searchesByMerchantPageByPage()
    {
        PageSession session(m_store->dsnAs(u"viewer"_s), idleBroker());
        CashbackPage& page = session.page;
        CashbackFlowsView* flows = page.flows();
        QVERIFY(waitForResult(flows));
        flows->setFilter({CashbackSearchFilter::Merchant, u"m_bulk"_s});
        QVERIFY(searchAndWait(flows));
        QList<QString> found = paymentsOf(*flows->model());
        QCOMPARE(found.size(), flows->model()->pageSize());
        QVERIFY(flows->model()->hasMore());
        auto* next = flows->findChild<QPushButton*>(u"cashbackNextButton"_s);
        QVERIFY(next->isEnabled());
        QSignalSpy applied(flows->model(), &CashbackFlowModel::resultApplied);
        next->click();
        QVERIFY(applied.wait(20000));
        found += paymentsOf(*flows->model());
        QVERIFY(!flows->model()->hasMore());
        QCOMPARE(flows->pageNumber(), 2);
        QCOMPARE(found, expectedPayments(u"merchant_id = 'm_bulk'"_s));
    }

    void showsThePaymentFlowAsStages_data()
    {
        QTest::addColumn<QString>("payment");
        QTest::addColumn<QList<CashbackStage::Kind>>("kinds");
        QTest::addColumn<CashbackStage::Status>("lastStatus");
        QTest::addColumn<QString>("lastDetail");
        using S = CashbackStage;
        const QList<S::Kind> credited{S::Captured, S::Computed, S::Queued, S::Credited};
        QTest::newRow("credited") << u"pay_1"_s << credited << S::Done << u"ledger of cust_a"_s;
        QTest::newRow("queued") << u"pay_2"_s << credited << S::Waiting << QString();
        QTest::newRow("dead-lettered")
            << u"pay_3"_s << QList<S::Kind>{S::Captured, S::Computed, S::Queued, S::DeadLettered}
            << S::Failed << u"reason: amount: differs from the cashback's"_s;
        QTest::newRow("reversed") << u"pay_4"_s
                                  << QList<S::Kind>{S::Captured, S::Computed, S::Queued,
                                                    S::Credited, S::Refunded, S::ReversalQueued,
                                                    S::Reversed}
                                  << S::Done << u"ledger of cust_a"_s;
        QTest::newRow("no cashback")
            << u"pay_9"_s << QList<S::Kind>{S::Captured, S::NoCashback} << S::Done << QString();
    }

    void showsThePaymentFlowAsStages()
    {
        QFETCH(QString, payment);
        QFETCH(QList<CashbackStage::Kind>, kinds);
        QFETCH(CashbackStage::Status, lastStatus);
        QFETCH(QString, lastDetail);
        PageSession session(m_store->dsnAs(u"viewer"_s), idleBroker());
        CashbackPage& page = session.page;
        CashbackFlowsView* flows = page.flows();
        QVERIFY(waitForResult(flows));
        // As a user does it: the payment id in the search field, Return.
        flows->setFilter({CashbackSearchFilter::Payment, payment});
        QSignalSpy stages(flows->stages(), &CashbackStagesModel::resultApplied);
        QTest::keyClick(flows->findChild<QLineEdit*>(u"cashbackSearchValue"_s), Qt::Key_Return);
        QVERIFY(stages.wait(20000));
        QVERIFY2(flows->stages()->error().isEmpty(), qPrintable(flows->stages()->error()));
        QCOMPARE(kindsOf(*flows->stages()), kinds);
        const int last = flows->stages()->rowCount() - 1;
        QCOMPARE(flows->stages()->stages().last().status, lastStatus);
        if (!lastDetail.isEmpty())
            QCOMPARE(
                flows->stages()->index(last, CashbackStagesModel::DetailColumn).data().toString(),
                lastDetail);
        // Reached stages carry their times, in order.
        qint64 previous = 0;
        for (int row = 0; row <= last; ++row) {
            const QVariant at = flows->stages()->index(row, 0).data(CashbackStagesModel::AtMsRole);
            if (!at.isValid())
                continue;
            QVERIFY(at.toLongLong() >= previous);
            previous = at.toLongLong();
        }
        QVERIFY(flows->findChild<QLabel*>(u"cashbackFlowTitle"_s)->text().contains(payment));
    }

    void showsTheCustomersBalanceAndLedger()
    {
        PageSession session(m_store->dsnAs(u"viewer"_s), idleBroker());
        CashbackPage& page = session.page;
        CashbackFlowsView* flows = page.flows();
        QVERIFY(waitForResult(flows));
        flows->setFilter({CashbackSearchFilter::Customer, u"cust_a"_s});
        QVERIFY(searchAndWait(flows));
        flows->findChild<QTableView*>(u"cashbackFlowTable"_s)->selectRow(0);
        QSignalSpy ledger(page.balance()->model(), &BalanceLedgerModel::ledgerApplied);
        flows->findChild<QPushButton*>(u"cashbackCustomerButton"_s)->click();
        QVERIFY(ledger.count() > 0 || ledger.wait(20000));
        QTRY_VERIFY(!page.balance()->model()->balances().isEmpty());
        BalanceLedgerModel* model = page.balance()->model();
        QCOMPARE(model->account(), u"cust_a"_s);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->balanceText(), u"24.95 INR"_s);
        QVERIFY(model->balances().first().matchesLedger());
        const QString text = page.balance()->findChild<QLabel*>(u"customerBalance"_s)->text();
        QVERIFY2(text.contains(u"equals the sum of its ledger"), qPrintable(text));
        QCOMPARE(model->index(0, BalanceLedgerModel::KindColumn).data().toString(), u"reversal"_s);
    }

    void onlyAdminsSeeTheCampaignEditor()
    {
        for (const QString& login : {u"viewer"_s, u"operator"_s, u"admin"_s}) {
            PageSession session(m_store->dsnAs(login), idleBroker());
            CashbackPage& page = session.page;
            page.showTab(CashbackPage::CampaignsTab);
            QSignalSpy applied(page.campaigns()->model(), &CampaignListModel::resultApplied);
            QVERIFY(applied.wait(20000));
            QVERIFY(page.campaigns()->model()->rowCount() >= 1);
            auto* create = page.campaigns()->findChild<QPushButton*>(u"newCampaignButton"_s);
            QCOMPARE(create->isVisible(), login == u"admin");
        }
    }

    void campaignEditorRefusesABadFieldWithTheReason()
    {
        PageSession session(m_store->dsnAs(u"admin"_s), idleBroker());
        CashbackPage& page = session.page;
        page.showTab(CashbackPage::CampaignsTab);
        QSignalSpy applied(page.campaigns()->model(), &CampaignListModel::resultApplied);
        QVERIFY(applied.wait(20000));
        const QString before = scalar(u"SELECT count(*) FROM payops.cashback_campaigns"_s);
        page.campaigns()->findChild<QPushButton*>(u"newCampaignButton"_s)->click();
        CampaignEditorDialog* editor = page.campaigns()->editor();
        QVERIFY(editor && editor->isVisible());
        editor->findChild<QLineEdit*>(u"campaignName"_s)->setText(u"Weekend groceries"_s);
        editor->findChild<QLineEdit*>(u"campaignTarget"_s)->setText(u"m_grocer"_s);
        editor->findChild<QLineEdit*>(u"campaignPercent"_s)->setText(u"150"_s);
        editor->findChild<QLineEdit*>(u"campaignCap"_s)->setText(u"20000"_s);
        auto* save = editor->findChild<QPushButton*>(u"campaignSaveButton"_s);
        save->click();
        auto* error = editor->findChild<QLabel*>(u"campaignError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QVERIFY2(error->text().contains(u"percent: must be greater than 0 and at most 100"),
                 qPrintable(error->text()));
        QVERIFY(editor->isVisible());
        // Nothing saved, nothing typed lost.
        QCOMPARE(scalar(u"SELECT count(*) FROM payops.cashback_campaigns"_s), before);
        QCOMPARE(editor->findChild<QLineEdit*>(u"campaignName"_s)->text(), u"Weekend groceries"_s);

        editor->findChild<QLineEdit*>(u"campaignPercent"_s)->setText(u"2.5"_s);
        QVERIFY(save->isEnabled());
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.campaigns()->editor(), 20000);
        QCOMPARE(scalar(u"SELECT percent::text || '/' || cap_amount || '/' || created_by FROM "
                        u"payops.cashback_campaigns WHERE name = 'Weekend groceries'"_s),
                 u"2.50/20000/admin"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM payops.audit_log WHERE action = 'save_campaign' "
                        u"AND actor = 'admin'"_s),
                 u"1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(page.campaigns()->model()->rowCount() == before.toInt() + 1,
                                 20000);
    }

    void pipelineShowsStageRatesAndTheQueue()
    {
        StoreClient client;
        client.open(m_store->dsnAs(u"viewer"_s));
        BrokerManagementStub stub;
        stub.setQueue("payops.credits",
                      R"({"name":"payops.credits","type":"quorum","messages":1289,
                          "messages_ready":1100,"messages_unacknowledged":189,"consumers":3,
                          "message_stats":{"publish_details":{"rate":412.0},
                          "ack_details":{"rate":398.5}}})");
        stub.setQueue("payops.credits.dead", R"({"name":"payops.credits.dead","messages":1})");
        auto* broker = new BrokerQueueStats;
        broker->setUrl(stub.url());
        broker->setCredentialsFile(credentialsFile());
        CashbackPage page(&client, broker);
        broker->setParent(&page);
        page.pipeline()->setInterval(std::chrono::milliseconds(200));
        page.resize(1200, 800);
        page.show();
        page.showTab(CashbackPage::PipelineTab);
        PipelineModel* model = page.pipeline()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->figures() && model->brokerHistory().size() >= 3, 20000);
        QVERIFY2(model->storeError().isEmpty(), qPrintable(model->storeError()));
        QVERIFY2(model->brokerError().isEmpty(), qPrintable(model->brokerError()));
        const CashbackPipelineFigures f = *model->figures();
        // What the store holds in the last minute, counted by hand.
        QCOMPARE(QString::number(f.credited),
                 scalar(u"SELECT count(*) FROM payops.cashbacks WHERE credited_at >= now() - "
                        u"interval '60 s'"_s));
        QVERIFY(f.credited > 0);
        QCOMPARE(QString::number(f.waitingCredit),
                 scalar(u"SELECT count(*) FROM payops.cashbacks WHERE state = 'published'"_s));
        QVERIFY(f.lagMedian > 0);
        QCOMPARE(
            model->index(PipelineModel::QueueRow, PipelineModel::WaitingColumn).data().toLongLong(),
            1289);
        const QList<QLineSeries*> series = page.pipeline()->chart()->series();
        QVERIFY(series.at(0)->count() >= 3);
        QCOMPARE(series.at(0)->at(series.at(0)->count() - 1).y(), 1289.0);
        QVERIFY(model->brokerHistory().size() <= model->maximumSamples());

        // The broker goes away: the page says so and the store's figures go on.
        stub.status = 401;
        QTRY_VERIFY_WITH_TIMEOUT(!model->brokerError().isEmpty(), 20000);
        const QString status = page.pipeline()->findChild<QLabel*>(u"brokerStatus"_s)->text();
        QVERIFY2(status.contains(u"refused the login"), qPrintable(status));
        QVERIFY(!status.contains(u"s3cret"));
        stub.status = 200;
        QTRY_VERIFY_WITH_TIMEOUT(model->brokerError().isEmpty(), 20000);
        // A backlog building up and draining, drawn as it comes.
        for (int step = 0; step < 24; ++step) {
            const int depth = 1289 + 400 * std::min(step, 24 - step);
            stub.setQueue("payops.credits",
                          QStringLiteral(R"({"name":"payops.credits","messages":%1,)"
                                         R"("messages_ready":%2,"messages_unacknowledged":189,)"
                                         R"("consumers":3,"message_stats":{"publish_details":)"
                                         R"({"rate":%3},"ack_details":{"rate":%4}}})")
                              .arg(depth)
                              .arg(depth - 189)
                              .arg(step < 12 ? 600 : 300)
                              .arg(step < 12 ? 400 : 500)
                              .toUtf8());
            const qsizetype samples = model->brokerHistory().size();
            QTRY_VERIFY_WITH_TIMEOUT(model->brokerHistory().size() > samples, 5000);
        }
        QCOMPARE(series.at(0)->count(), int(model->brokerHistory().size()));
        QCOMPARE(series.at(0)->at(series.at(0)->count() - 1).y(),
                 double(model->brokerHistory().last().depth));
        saveScreenshot(page, u"cashback-pipeline.png"_s);

        page.showTab(CashbackPage::FlowsTab);
        CashbackFlowsView* flows = page.flows();
        flows->setFilter({CashbackSearchFilter::Customer, u"cust_a"_s});
        QVERIFY(searchAndWait(flows));
        QSignalSpy stages(flows->stages(), &CashbackStagesModel::resultApplied);
        flows->findChild<QTableView*>(u"cashbackFlowTable"_s)->selectRow(0);
        QVERIFY(stages.wait(20000));
        saveScreenshot(page, u"cashback-flows.png"_s);
    }

    void deadLettersShowTheReasonAndOpenTheFlow()
    {
        PageSession session(m_store->dsnAs(u"viewer"_s), idleBroker());
        CashbackPage& page = session.page;
        page.showTab(CashbackPage::DeadLettersTab);
        DeadLetterModel* model = page.deadLetters()->model();
        QSignalSpy applied(model, &DeadLetterModel::resultApplied);
        QVERIFY(applied.wait(20000));
        QVERIFY2(model->error().isEmpty(), qPrintable(model->error()));
        QCOMPARE(QString::number(model->rowCount()),
                 scalar(u"SELECT count(*) FROM payops.cashback_dead_letters"_s));
        QCOMPARE(model->letter(0).paymentId, u"pay_3"_s);
        QCOMPARE(model->letter(0).reason, u"amount: differs from the cashback's"_s);
        QVERIFY(model->letter(0).stillDead);
        auto* table = page.deadLetters()->findChild<QTableView*>(u"deadLetterTable"_s);
        QSignalSpy stages(page.flows()->stages(), &CashbackStagesModel::resultApplied);
        emit table->activated(model->index(0, 0));
        QVERIFY(stages.wait(20000));
        QCOMPARE(page.flows()->filter().value, u"pay_3"_s);
        QCOMPARE(page.flows()->stages()->stages().last().kind, CashbackStage::DeadLettered);
    }

    // Last: it changes pay_3's flow.
    void operatorRequeuesADeadLetteredCredit()
    {
        for (const QString& login : {u"viewer"_s, u"operator"_s}) {
            PageSession session(m_store->dsnAs(login), idleBroker());
            CashbackPage& page = session.page;
            CashbackFlowsView* flows = page.flows();
            QVERIFY(waitForResult(flows));
            flows->setFilter({CashbackSearchFilter::Payment, u"pay_3"_s});
            QVERIFY(searchAndWait(flows));
            QCOMPARE(flows->model()->rowCount(), 1);
            flows->findChild<QTableView*>(u"cashbackFlowTable"_s)->selectRow(0);
            auto* requeue = flows->findChild<QPushButton*>(u"cashbackRequeueButton"_s);
            QCOMPARE(requeue->isVisible(), login == u"operator");
            if (login == u"viewer")
                continue;
            QVERIFY(requeue->isEnabled());
            requeue->click();
            RetryDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = flows->findChild<RetryDialog*>()) && dialog->isVisible());
            QVERIFY(dialog->findChild<QLabel*>(u"retryQuestion"_s)
                        ->text()
                        .contains(u"amount: differs from the cashback's"));
            dialog->findChild<QLineEdit*>(u"retryReason"_s)->setText(u"amount fixed upstream"_s);
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            QTRY_COMPARE_WITH_TIMEOUT(
                scalar(u"SELECT (dead_lettered_at IS NULL AND published_at IS NULL)::text FROM "
                       u"payops.cashbacks WHERE payment_id = 'pay_3'"_s),
                u"true"_s, 20000);
            QCOMPARE(scalar(u"SELECT count(*) FROM payops.audit_log WHERE action = "
                            u"'requeue_cashback' AND actor = 'operator' AND reason = 'amount "
                            u"fixed upstream'"_s),
                     u"1"_s);
            // The page follows: no longer dead-lettered, the credit waits again.
            QTRY_VERIFY_WITH_TIMEOUT(!flows->model()->cashbacks().isEmpty() &&
                                         !flows->model()->cashback(0).isDeadLettered(),
                                     20000);
            QTRY_COMPARE_WITH_TIMEOUT(flows->stages()->stages().last().kind,
                                      CashbackStage::Credited, 20000);
            QVERIFY(!requeue->isEnabled());
        }
    }

private:
    QString scalar(const QString& sql) { return m_owner->exec(sql).text(0, 0); }

    QList<QString> expectedPayments(const QString& condition)
    {
        const PgResult result = m_owner->exec(u"SELECT payment_id FROM payops.cashbacks WHERE "_s +
                                              condition + u" ORDER BY created_at DESC, id DESC"_s);
        QList<QString> payments;
        for (int row = 0; row < result.rows(); ++row)
            payments << result.text(row, 0);
        return payments;
    }

    // The broker of most tests: nothing listens there; the pipeline is not the subject.
    BrokerQueueStats* idleBroker()
    {
        auto* broker = new BrokerQueueStats(this);
        broker->setUrl(QUrl(u"http://127.0.0.1:1"_s));
        broker->setCredentialsFile(credentialsFile());
        return broker;
    }

    QString credentialsFile()
    {
        const QString path = m_dir.filePath(u"credentials"_s);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write("user=payops\npassword=s3cret\n");
        return path;
    }

    static void saveScreenshot(QWidget& page, const QString& name)
    {
        QCoreApplication::processEvents();
        QTest::qWait(300);
        const QDir dir(QDir(qEnvironmentVariable("PAYOPS_VAR")).filePath(u"../screenshots"_s));
        QDir().mkpath(dir.path());
        const QString path = dir.filePath(name);
        QVERIFY(page.grab().save(path));
        qInfo("screenshot: %s", qPrintable(QDir::cleanPath(path)));
    }

    static bool waitForResult(CashbackFlowsView* flows)
    {
        QSignalSpy applied(flows->model(), &CashbackFlowModel::resultApplied);
        return applied.wait(20000) && flows->model()->error().isEmpty();
    }

    static bool searchAndWait(CashbackFlowsView* flows)
    {
        QSignalSpy applied(flows->model(), &CashbackFlowModel::resultApplied);
        flows->search();
        return (applied.count() > 0 || applied.wait(20000)) && flows->model()->error().isEmpty();
    }

    void insertFlows()
    {
        m_owner->exec(u"SELECT payops.ensure_payment_event_partitions(now() - interval '2 days', "
                      u"now() + interval '1 day')"_s);
        m_owner->exec(
            u"INSERT INTO payops.cashback_campaigns (name, merchant_id, percent, cap_amount, "
            u"min_amount, currency, valid_from, valid_to) VALUES "
            u"('Diwali at the shop', 'm_shop', 5, 10000, 0, 'INR', now() - interval '1 day', "
            u"now() + interval '1 day'), "
            u"('Bulk merchant', 'm_bulk', 1.5, 5000, 100, 'INR', now() - interval '1 day', "
            u"now() + interval '1 day')"_s);
        // Payment events: captured (and for pay_4 refunded); pay_9 earned nothing.
        m_owner->exec(
            u"INSERT INTO payops.payment_events (id, payment_id, merchant_id, status, method, "
            u"amount, currency, occurred_at, extra) "
            u"SELECT 'evt_' || p || '_' || s, p, CASE WHEN p = 'pay_9' THEN 'm_none' ELSE "
            u"'m_shop' END, s, 'card', 49900, 'INR', now() - interval '50 s' + "
            u"CASE s WHEN 'refunded' THEN interval '20 s' ELSE interval '0 s' END, "
            u"jsonb_build_object('customer_id', 'cust_a') "
            u"FROM unnest(ARRAY['pay_1','pay_2','pay_3','pay_4','pay_9']) AS p, "
            u"unnest(ARRAY['captured','refunded']) AS s "
            u"WHERE s = 'captured' OR p = 'pay_4'"_s);
        // Stage times relative to capture (t0 = now() - 50 s).
        m_owner->exec(
            u"INSERT INTO payops.cashbacks (payment_id, campaign_id, merchant_id, account_id, "
            u"payment_amount, amount, currency, percent, state, captured_at, created_at, "
            u"published_at, credited_at, refunded_at, reversal_published_at, reversed_at, "
            u"dead_lettered_at) "
            u"SELECT p, (SELECT id FROM payops.cashback_campaigns WHERE merchant_id = 'm_shop'), "
            u"'m_shop', a, 49900, 2495, 'INR', 5, st, t0, t0 + interval '200 ms', "
            u"t0 + interval '400 ms', CASE WHEN cr THEN t0 + interval '900 ms' END, "
            u"CASE WHEN rv THEN t0 + interval '20 s' END, "
            u"CASE WHEN rv THEN t0 + interval '20.3 s' END, "
            u"CASE WHEN rv THEN t0 + interval '20.8 s' END, "
            u"CASE WHEN p = 'pay_3' THEN t0 + interval '1 s' END "
            u"FROM (VALUES ('pay_1', 'cust_a', 'credited', true, false, now() - interval '50 s'), "
            u"('pay_2', 'cust_b', 'published', false, false, now() - interval '49 s'), "
            u"('pay_3', 'cust_b', 'published', false, false, now() - interval '48 s'), "
            u"('pay_4', 'cust_a', 'reversed', true, true, now() - interval '47 s')) "
            u"AS v(p, a, st, cr, rv, t0)"_s);
        m_owner->exec(
            u"INSERT INTO payops.cashback_dead_letters (message_key, cashback_id, kind, reason, "
            u"body) SELECT 'credit:' || id, id, 'credit', 'amount: differs from the cashback''s',"
            u" '{}' FROM payops.cashbacks WHERE payment_id = 'pay_3'"_s);
        m_owner->exec(
            u"INSERT INTO payops.ledger_entries (idempotency_key, account_id, cashback_id, kind, "
            u"amount, currency, created_at) "
            u"SELECT 'credit:' || id, account_id, id, 'credit', amount, currency, credited_at "
            u"FROM payops.cashbacks WHERE credited_at IS NOT NULL "
            u"UNION ALL SELECT 'reversal:' || id, account_id, id, 'reversal', -amount, currency, "
            u"reversed_at FROM payops.cashbacks WHERE reversed_at IS NOT NULL"_s);
        // 60 cashbacks of another merchant over the last ten minutes, two thirds credited.
        m_owner->exec(
            u"INSERT INTO payops.cashbacks (payment_id, campaign_id, merchant_id, account_id, "
            u"payment_amount, amount, currency, percent, state, captured_at, created_at, "
            u"published_at, credited_at) "
            u"SELECT 'bulk_' || n, (SELECT id FROM payops.cashback_campaigns WHERE merchant_id = "
            u"'m_bulk'), 'm_bulk', 'cust_' || (n % 7), 20000, 300, 'INR', 1.5, "
            u"CASE WHEN n % 3 = 0 THEN 'published' ELSE 'credited' END, t, t + interval '150 ms',"
            u" t + interval '300 ms', CASE WHEN n % 3 <> 0 THEN t + interval '1.2 s' END "
            u"FROM generate_series(1, 60) AS n, "
            u"LATERAL (SELECT now() - n * interval '10 s' AS t) AS at"_s);
        m_owner->exec(
            u"INSERT INTO payops.ledger_entries (idempotency_key, account_id, cashback_id, kind, "
            u"amount, currency, created_at) SELECT 'credit:' || id, account_id, id, 'credit', "
            u"amount, currency, credited_at FROM payops.cashbacks "
            u"WHERE merchant_id = 'm_bulk' AND credited_at IS NOT NULL"_s);
        m_owner->exec(u"INSERT INTO payops.balances (account_id, currency, balance) "
                      u"SELECT account_id, currency, sum(amount) FROM payops.ledger_entries "
                      u"GROUP BY 1, 2"_s);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<PgConnection> m_owner;
};

QTEST_MAIN(TestCashbackPage)
#include "tst_cashback_page.moc"
