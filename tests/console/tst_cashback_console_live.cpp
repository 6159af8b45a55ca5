#include "../cashback/CashbackFixture.h"
#include "BalanceLedgerModel.h"
#include "CashbackFlowModel.h"
#include "CashbackFlowsView.h"
#include "CashbackPage.h"
#include "CashbackPipelineView.h"
#include "CashbackStagesModel.h"
#include "CustomerBalanceView.h"
#include "DeadLetterModel.h"
#include "DeadLettersView.h"
#include "PipelineModel.h"
#include "cashback/BrokerQueueStats.h"
#include "store/StoreClient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The Cashback area over what the real engine wrote: events ingested, `payops cashback`
// through the fixture's RabbitMQ node, a poison message dead-lettered; the page as a viewer
// with the broker's real management API.
class TestCashbackConsoleLive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<CashbackFixture>(u"console_live"_s);
        m_fixture->saveCampaign(u"m_live"_s, u"5"_s, 40, 0);
        QString error;
        QVERIFY2(m_fixture->ingest(m_fixture->payments(1, 40, u"m_live"_s), &error),
                 qPrintable(error));
        QString output;
        QCOMPARE(m_fixture->drain({}, &output), 0);
        // A credit whose amount does not match its cashback: the worker dead-letters it.
        const qint64 id = m_fixture->scalar(u"SELECT min(id) FROM payops.cashbacks"_s);
        const QByteArray body =
            QStringLiteral(R"({"key":"credit:%1","cashback_id":%1,"kind":"credit",)"
                           R"("account_id":"c_x","amount":999999,"currency":"INR"})")
                .arg(id)
                .toUtf8();
        QJsonObject publish{{u"properties"_s, QJsonObject{{u"delivery_mode"_s, 2}}},
                            {u"routing_key"_s, u"payops.credits"_s},
                            {u"payload"_s, QString::fromUtf8(body)},
                            {u"payload_encoding"_s, u"string"_s}};
        QCOMPARE(TestBroker::management(
                     "POST",
                     u"/api/exchanges/%1/amq.default/publish"_s.arg(m_fixture->broker().vhost()),
                     QJsonDocument(publish).toJson(QJsonDocument::Compact)),
                 200);
        // And one that is not JSON at all: no cashback to requeue, it stays dead.
        publish[u"payload"_s] = u"not json"_s;
        QCOMPARE(TestBroker::management(
                     "POST",
                     u"/api/exchanges/%1/amq.default/publish"_s.arg(m_fixture->broker().vhost()),
                     QJsonDocument(publish).toJson(QJsonDocument::Compact)),
                 200);
        QCOMPARE(m_fixture->drain({u"--credit"_s}, &output), 0);
        QCOMPARE(m_fixture->scalar(u"SELECT count(*) FROM payops.cashback_dead_letters"_s), 2);
        QVERIFY(m_fixture->exactlyOnceViolations().isEmpty());
    }

    void cleanupTestCase() { m_fixture.reset(); }

    void showsWhatTheEngineDid()
    {
        StoreClient client;
        client.open(m_fixture->store().dsnAs(u"viewer"_s));
        auto* broker = new BrokerQueueStats;
        broker->setVirtualHost(m_fixture->broker().vhost());
        CashbackPage page(&client, broker);
        broker->setParent(&page);
        page.pipeline()->setInterval(std::chrono::milliseconds(300));
        page.show();

        // Flows: every cashback of the merchant, each one's stages all reached, in order.
        CashbackFlowsView* flows = page.flows();
        flows->setFilter({CashbackSearchFilter::Merchant, u"m_live"_s});
        QSignalSpy applied(flows->model(), &CashbackFlowModel::resultApplied);
        flows->search();
        QTRY_VERIFY_WITH_TIMEOUT(!applied.isEmpty() && flows->model()->rowCount() > 0, 20000);
        QVERIFY(flows->model()->error().isEmpty());
        QCOMPARE(qint64(flows->model()->rowCount()),
                 m_fixture->scalar(u"SELECT count(*) FROM payops.cashbacks"_s));
        for (const QString& payment : {u"m_live-p7"_s, u"m_live-p10"_s}) {
            QSignalSpy stages(flows->stages(), &CashbackStagesModel::resultApplied);
            flows->showPayment(payment);
            QVERIFY(stages.wait(20000));
            const QList<CashbackStage> reached = flows->stages()->stages();
            QCOMPARE(reached.size(), payment.endsWith(u"0") ? 7 : 4);
            // Every stage reached, none before the cashback was computed (the publisher's
            // note of a confirmation may come after the credit: the steps run concurrently).
            const QDateTime computed = reached.at(1).at;
            for (const CashbackStage& stage : reached) {
                QCOMPARE(stage.status, CashbackStage::Done);
                if (stage.kind != CashbackStage::Captured && stage.kind != CashbackStage::Refunded)
                    QVERIFY(stage.at >= computed);
            }
            QCOMPARE(reached.last().kind,
                     payment.endsWith(u"0") ? CashbackStage::Reversed : CashbackStage::Credited);
        }

        // A customer's balance is the sum of its ledger.
        page.balance()->showCustomer(u"c7"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!page.balance()->model()->balances().isEmpty() &&
                                     page.balance()->model()->rowCount() > 0,
                                 20000);
        const BalanceLedgerModel::Balance balance = page.balance()->model()->balances().first();
        QVERIFY(balance.matchesLedger());
        QCOMPARE(
            balance.balance,
            m_fixture->scalar(u"SELECT balance FROM payops.balances WHERE account_id = 'c7'"_s));

        // The dead letter, with the store's reason.
        DeadLetterModel* dead = page.deadLetters()->model();
        QTRY_VERIFY_WITH_TIMEOUT(dead->rowCount() == 2, 20000);
        QCOMPARE(dead->letter(1).reason, u"account_id: differs from the cashback's"_s);
        QVERIFY(dead->letter(1).stillDead);
        QVERIFY(dead->letter(0).reason.startsWith(u"body: not JSON"_s));
        QVERIFY2(dead->letter(0).stillDead, "a message without a cashback was never requeued");

        // The pipeline: the store's figures and the broker's real queues.
        page.showTab(CashbackPage::PipelineTab);
        PipelineModel* pipeline = page.pipeline()->model();
        QTRY_VERIFY_WITH_TIMEOUT(pipeline->figures() && pipeline->creditQueueFigures(), 20000);
        QVERIFY2(pipeline->brokerError().isEmpty(), qPrintable(pipeline->brokerError()));
        QTRY_COMPARE_WITH_TIMEOUT(pipeline->creditQueueFigures()->messages, 0, 20000);
        QCOMPARE(pipeline->creditQueueFigures()->type, u"quorum"_s);
        QCOMPARE(pipeline->figures()->credited,
                 m_fixture->scalar(u"SELECT count(*) FROM payops.cashbacks WHERE credited_at >= "
                                   u"now() - interval '60 s'"_s));
        QVERIFY(pipeline->figures()->credited > 0);
        QCOMPARE(pipeline->figures()->waitingCredit, 0);
        // The broker's figures lag its queues by its statistics interval (5 s).
        QTRY_COMPARE_WITH_TIMEOUT(
            pipeline->index(PipelineModel::DeadLetterRow, PipelineModel::WaitingColumn)
                .data()
                .toLongLong(),
            2, 20000);
    }

private:
    std::unique_ptr<CashbackFixture> m_fixture;
};

QTEST_MAIN(TestCashbackConsoleLive)
#include "tst_cashback_console_live.moc"
