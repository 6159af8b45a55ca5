#include "AttemptTimelineModel.h"
#include "AttemptTimelineView.h"
#include "EndpointHealthModel.h"
#include "EndpointHealthView.h"
#include "EventDeliveriesModel.h"
#include "EventDetailPanel.h"
#include "TestStore.h"
#include "store/PgConnection.h"
#include "store/StoreClient.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString secret = u"whsec_"_s + QString::fromLatin1(QByteArray(32, 'k').toBase64());
const QString eventId = u"evt_timeline_1"_s;

QString headers(const QString& signature)
{
    return uR"({"webhook-id": "%1", "webhook-timestamp": "1795600000", "webhook-signature": "%2", "content-type": "application/json", "user-agent": "payops/0.1.0"})"_s
        .arg(eventId, signature);
}

QString text(QWidget* parent, const QString& name)
{
    auto* edit = parent->findChild<QPlainTextEdit*>(name);
    return edit ? edit->toPlainText() : u"<no %1>"_s.arg(name);
}

// Saves what a user would see when PAYOPS_TEST_SCREENSHOTS names a directory.
void keepScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PAYOPS_TEST_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + u'/' + name));
}

} // namespace

class TestEventDetailPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_store = std::make_unique<TestStore>(u"event_detail"_s);
        m_owner = std::make_unique<PgConnection>(PgConnection::open(m_store->ownerDsn()));
        PgConnection admin = PgConnection::open(m_store->dsnAs(u"admin"_s));
        const QString save = u"SELECT payops.save_endpoint(NULL, 'm_acme', $1, '{}', $2, 'test')"_s;
        m_failing = admin.exec(save, {u"http://127.0.0.1:9/hook"_s, secret}).toInt(0, 0);
        m_healthy = admin.exec(save, {u"https://shop.example/hook"_s, secret}).toInt(0, 0);
        insertEvent();
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_store.reset();
    }

    void showsTheEventItsDeliveriesAndTheTimeline()
    {
        StoreClient client;
        client.open(m_store->dsnAs(u"viewer"_s));
        EventDetailPanel panel(&client);
        panel.resize(1200, 800);
        panel.show();
        QTRY_COMPARE_WITH_TIMEOUT(client.state().kind, ConnectionState::Connected, 20000);
        panel.showEvent(eventId);

        QTRY_VERIFY_WITH_TIMEOUT(text(&panel, u"payloadView"_s).contains(u"pay_42"), 10000);
        const QString payload = text(&panel, u"payloadView"_s);
        QVERIFY2(payload.contains(u"\n    \"data\": {"), qPrintable(payload)); // indented
        const QString header = panel.findChild<QLabel*>(u"eventHeader"_s)->text();
        QVERIFY2(header.contains(eventId) && header.contains(u"payment.failed") &&
                     header.contains(u"m_acme") && header.contains(u"pay_42"),
                 qPrintable(header));

        EventDeliveriesModel* deliveries = panel.deliveriesModel();
        QTRY_COMPARE_WITH_TIMEOUT(deliveries->rowCount(), 2, 10000);
        QCOMPARE(deliveries->index(0, EventDeliveriesModel::EndpointColumn).data().toString(),
                 u"http://127.0.0.1:9/hook"_s);
        QCOMPARE(deliveries->index(0, EventDeliveriesModel::StateColumn).data().toString(),
                 u"failed, retrying"_s);
        QCOMPARE(deliveries->index(0, EventDeliveriesModel::AttemptsColumn).data().toInt(), 4);
        QCOMPARE(deliveries->index(1, EventDeliveriesModel::StateColumn).data().toString(),
                 u"succeeded"_s);
        QCOMPARE(panel.selectedDeliveryId(), m_failingDelivery);

        AttemptTimelineModel* attempts = panel.timelineModel();
        QTRY_COMPARE_WITH_TIMEOUT(attempts->rowCount(), 5, 10000); // 4 attempts + scheduled
        QVERIFY(attempts->hasScheduledRow());
        QCOMPARE(attempts->index(1, AttemptTimelineModel::ResultColumn).data().toString(),
                 u"connection timed out after 10 s"_s);
        QCOMPARE(attempts->index(3, 0).data(AttemptTimelineModel::RequestedByRole).toString(),
                 u"operator"_s);
        QCOMPARE(attempts->index(3, AttemptTimelineModel::TriggerColumn).data().toString(),
                 u"manual: operator"_s);

        // The latest attempt is selected: its headers carry the signature, never the secret.
        auto* attemptsTable = panel.findChild<QTableView*>(u"attemptsTable"_s);
        QTRY_COMPARE(attemptsTable->currentIndex().row(), 3);
        const QString sent = text(&panel, u"requestHeadersView"_s);
        QVERIFY2(sent.contains(u"webhook-signature: v1,manualSig4="), qPrintable(sent));
        QVERIFY2(sent.contains(u"webhook-id: "_s + eventId), qPrintable(sent));
        QVERIFY(!sent.contains(secret) && !sent.contains(u"whsec_"));
        QVERIFY2(text(&panel, u"responseView"_s).contains(u"HTTP 503"),
                 qPrintable(text(&panel, u"responseView"_s)));

        // Clicking the first mark on the timeline selects the first attempt.
        auto* timeline = panel.findChild<AttemptTimelineView*>();
        QTRY_VERIFY(!timeline->markCenter(0).isNull());
        QVERIFY(timeline->markCenter(0).x() < timeline->markCenter(1).x());
        QVERIFY(timeline->markCenter(3).x() < timeline->markCenter(4).x());
        QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->markCenter(0).toPoint());
        QCOMPARE(attemptsTable->currentIndex().row(), 0);
        QVERIFY2(text(&panel, u"requestHeadersView"_s).contains(u"v1,firstSig1="),
                 qPrintable(text(&panel, u"requestHeadersView"_s)));
        QVERIFY(text(&panel, u"responseView"_s).contains(u"internal error"));
        keepScreenshot(timeline, u"attempt_timeline.png"_s);
        keepScreenshot(&panel, u"event_detail_panel.png"_s);

        // A new attempt and NOTIFY payops_deliveries refresh the open event, keeping selection.
        QSignalSpy refreshed(&panel, &EventDetailPanel::refreshed);
        recordSuccessfulAttempt();
        QTRY_COMPARE_WITH_TIMEOUT(attempts->rowCount(), 5, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!attempts->hasScheduledRow(), 10000);
        QCOMPARE(attempts->index(4, 0).data(AttemptTimelineModel::OutcomeRole).toString(),
                 u"succeeded"_s);
        QTRY_COMPARE(deliveries->index(0, EventDeliveriesModel::StateColumn).data().toString(),
                     u"succeeded"_s);
        QVERIFY(refreshed.count() >= 2);
        QCOMPARE(panel.selectedDeliveryId(), m_failingDelivery);
        QCOMPARE(attemptsTable->currentIndex().row(), 0);
        QVERIFY(text(&panel, u"requestHeadersView"_s).contains(u"v1,firstSig1="));
    }

    void anEventOpenedBeforeTheStoreAnswersLoadsOnceItDoes()
    {
        StoreClient client;
        EventDetailPanel panel(&client);
        panel.showEvent(eventId); // nothing connected yet
        auto* header = panel.findChild<QLabel*>(u"eventHeader"_s);
        auto* problem = panel.findChild<QLabel*>(u"eventProblem"_s);
        QTRY_VERIFY(problem->text().contains(u"not connected"));
        client.open(m_store->dsnAs(u"viewer"_s));
        QTRY_VERIFY_WITH_TIMEOUT(header->text().contains(u"pay_42"), 20000);
        QVERIFY(problem->isHidden());
        QTRY_COMPARE_WITH_TIMEOUT(panel.deliveriesModel()->rowCount(), 2, 10000);
        QVERIFY(text(&panel, u"payloadView"_s).contains(u"BANK_DECLINED"));
    }

    void anUnknownEventSaysSo()
    {
        StoreClient client;
        client.open(m_store->dsnAs(u"viewer"_s));
        EventDetailPanel panel(&client);
        QTRY_COMPARE_WITH_TIMEOUT(client.state().kind, ConnectionState::Connected, 20000);
        panel.showEvent(u"evt_nope"_s);
        auto* header = panel.findChild<QLabel*>(u"eventHeader"_s);
        QTRY_VERIFY_WITH_TIMEOUT(header->text().contains(u"No webhook event evt_nope"), 10000);
        QCOMPARE(panel.deliveriesModel()->rowCount(), 0);
        QCOMPARE(panel.timelineModel()->rowCount(), 0);
    }

    void retryAsksForTheSelectedDelivery()
    {
        StoreClient client;
        client.open(m_store->dsnAs(u"operator"_s));
        EventDetailPanel panel(&client);
        panel.show();
        QTRY_COMPARE_WITH_TIMEOUT(client.state().kind, ConnectionState::Connected, 20000);
        panel.showEvent(eventId);
        QTRY_COMPARE_WITH_TIMEOUT(panel.selectedDeliveryId(), m_failingDelivery, 10000);
        QSignalSpy retry(&panel, &EventDetailPanel::retryRequested);
        auto* button = panel.findChild<QPushButton*>(u"retryDeliveryButton"_s);
        QTRY_VERIFY(button->isEnabled());
        button->click();
        QCOMPARE(retry.count(), 1);
        QCOMPARE(retry.at(0).at(0).toLongLong(), m_failingDelivery);
    }

    void adminReEnablesADisabledEndpoint()
    {
        PgConnection admin = PgConnection::open(m_store->dsnAs(u"admin"_s));
        admin.exec(u"SELECT payops.set_endpoint_enabled($1, false, 'answered 410 Gone')"_s,
                   {m_healthy});
        StoreClient client;
        client.open(m_store->dsnAs(u"admin"_s));
        EndpointHealthView view(&client);
        view.setRole(u"admin"_s);
        view.resize(1000, 300);
        view.show();
        EndpointHealthModel* model = view.model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 20000);
        const int row = model->rowOfEndpoint(m_healthy);
        QCOMPARE(model->index(row, EndpointHealthModel::StatusColumn).data().toString(),
                 u"disabled: answered 410 Gone"_s);
        const int failing = model->rowOfEndpoint(m_failing);
        QCOMPARE(model->index(failing, EndpointHealthModel::AttemptsColumn).data().toString(),
                 u"5"_s);
        QCOMPARE(model->index(failing, EndpointHealthModel::SuccessRateColumn).data().toString(),
                 u"20.0 %"_s);

        auto* table = view.findChild<QTableView*>(u"endpointHealthTable"_s);
        auto* button = view.findChild<QPushButton*>(u"reEnableButton"_s);
        QVERIFY(button->isVisible());
        table->setCurrentIndex(model->index(failing, 0));
        QVERIFY(!button->isEnabled()); // enabled endpoints have nothing to re-enable
        table->setCurrentIndex(model->index(row, 0));
        QVERIFY(button->isEnabled());
        keepScreenshot(&view, u"endpoint_health.png"_s);
        button->click();
        auto* dialog = view.findChild<QInputDialog*>(u"reEnableReasonDialog"_s);
        QVERIFY(dialog);
        QSignalSpy finished(&view, &EndpointHealthView::actionFinished);
        dialog->setTextValue(u"merchant fixed their server"_s);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(model->rowOfEndpoint(m_healthy), EndpointHealthModel::StatusColumn)
                .data()
                .toString(),
            u"enabled"_s, 10000);

        const PgResult audit = m_owner->exec(
            u"SELECT actor, reason FROM payops.audit_log WHERE action = 'enable_endpoint' "
            u"AND target = $1 ORDER BY id DESC LIMIT 1"_s,
            {u"endpoint:%1"_s.arg(m_healthy)});
        QCOMPARE(audit.rows(), 1);
        QCOMPARE(audit.text(0, 0), u"admin"_s);
        QCOMPARE(audit.text(0, 1), u"merchant fixed their server"_s);

        // Without a reason the store refuses, and the view says what it said.
        admin.exec(u"SELECT payops.set_endpoint_enabled($1, false, 'flaky')"_s, {m_healthy});
        view.reEnable(m_healthy, u"  "_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QVERIFY(!finished.at(1).at(0).toBool());
        const QString refusal = view.findChild<QLabel*>(u"healthMessage"_s)->text();
        QVERIFY2(refusal.contains(u"reason: must not be empty"), qPrintable(refusal));
        // A hostile reason (2 MB by the store, or one a NUL would cut short, before it is
        // sent) is refused as plainly, the message naming the field and not repeating the value.
        const QString hostile[] = {QString(2'000'000, u'x'), u"ok\0; DROP TABLE x"_s};
        const QString expected[] = {u"reason: must be at most 1000 characters"_s,
                                    u"reason: contains a NUL character"_s};
        for (int i = 0; i < 2; ++i) {
            view.reEnable(m_healthy, hostile[i]);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3 + i, 10000);
            QVERIFY(!finished.at(2 + i).at(0).toBool());
            const QString message = view.findChild<QLabel*>(u"healthMessage"_s)->text();
            QVERIFY2(message.contains(expected[i]) && message.size() < 300, qPrintable(message));
        }
        admin.exec(u"SELECT payops.set_endpoint_enabled($1, true, 'back')"_s, {m_healthy});
    }

    void operatorsGetNoReEnableAndTheStoreRefusesThem()
    {
        StoreClient client;
        client.open(m_store->dsnAs(u"operator"_s));
        EndpointHealthView view(&client);
        view.setRole(u"operator"_s);
        view.show();
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 2, 20000);
        QVERIFY(view.findChild<QPushButton*>(u"reEnableButton"_s)->isHidden());

        QSignalSpy finished(&view, &EndpointHealthView::actionFinished);
        view.reEnable(m_failing, u"trying anyway"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(!finished.at(0).at(0).toBool());
        const QString message = view.findChild<QLabel*>(u"healthMessage"_s)->text();
        QVERIFY2(message.contains(u"permission denied"), qPrintable(message));
    }

private:
    void insertEvent()
    {
        m_owner->exec(
            u"INSERT INTO payops.webhook_events (id, type, merchant_id, payment_id, payload, "
            u"created_at) VALUES ($1, 'payment.failed', 'm_acme', 'pay_42', $2, "
            u"now() - interval '41 minutes')"_s,
            {eventId,
             uR"({"type": "payment.failed", "timestamp": "2026-11-25T10:00:00Z", "data": {"payment_id": "pay_42", "amount": 1999, "currency": "INR", "error_code": "BANK_DECLINED"}})"_s});
        m_failingDelivery =
            m_owner
                ->exec(u"INSERT INTO payops.deliveries (event_id, endpoint_id, state, "
                       u"attempt_count, next_attempt_at, last_http_status) VALUES ($1, $2, "
                       u"'failed', 4, now() + interval '20 minutes', 503) RETURNING id"_s,
                       {eventId, m_failing})
                .toInt(0, 0);
        const qint64 healthyDelivery =
            m_owner
                ->exec(u"INSERT INTO payops.deliveries (event_id, endpoint_id, state, "
                       u"attempt_count, last_http_status, completed_at) VALUES ($1, $2, "
                       u"'succeeded', 1, 200, now() - interval '40 minutes') RETURNING id"_s,
                       {eventId, m_healthy})
                .toInt(0, 0);
        addAttempt(m_failingDelivery, m_failing, 1, u"40 minutes"_s, 180, u"failed"_s, 500, {},
                   u"schedule"_s, u"firstSig1="_s, u"internal error"_s);
        addAttempt(m_failingDelivery, m_failing, 2, u"39 minutes 55 seconds"_s, 10000, u"timeout"_s,
                   {}, u"connection timed out after 10 s"_s, u"schedule"_s, u"secondSig2="_s, {});
        addAttempt(m_failingDelivery, m_failing, 3, u"39 minutes 25 seconds"_s, 35,
                   u"retry_after"_s, 429, {}, u"schedule"_s, u"thirdSig3="_s,
                   u"slow down, Retry-After: 600"_s);
        addAttempt(m_failingDelivery, m_failing, 4, u"10 minutes"_s, 2400, u"retry_after"_s, 503,
                   {}, u"manual:operator"_s, u"manualSig4="_s, u"maintenance"_s);
        addAttempt(healthyDelivery, m_healthy, 1, u"40 minutes"_s, 42, u"succeeded"_s, 200, {},
                   u"schedule"_s, u"okSig="_s, u"ok"_s);
    }

    void addAttempt(qint64 delivery, qint64 endpoint, int number, const QString& ago,
                    int durationMs, const QString& outcome, const QVariant& status,
                    const QVariant& error, const QString& trigger, const QString& signature,
                    const QVariant& excerpt)
    {
        m_owner->exec(
            u"INSERT INTO payops.attempts (delivery_id, endpoint_id, attempt_no, started_at, "
            u"duration_ms, outcome, http_status, transport_error, trigger, request_headers, "
            u"response_excerpt) VALUES ($1, $2, $3, now() - $4::interval, $5, $6, $7, $8, $9, "
            u"$10::jsonb, $11)"_s,
            {delivery, endpoint, number, ago, durationMs, outcome, status, error, trigger,
             headers(u"v1,"_s + signature), excerpt});
    }

    void recordSuccessfulAttempt()
    {
        addAttempt(m_failingDelivery, m_failing, 5, u"0 seconds"_s, 75, u"succeeded"_s, 200, {},
                   u"schedule"_s, u"fifthSig5="_s, u"thanks"_s);
        m_owner->exec(u"UPDATE payops.deliveries SET state = 'succeeded', attempt_count = 5, "
                      u"next_attempt_at = NULL, last_http_status = 200, completed_at = now() "
                      u"WHERE id = $1"_s,
                      {m_failingDelivery});
        m_owner->exec(u"SELECT pg_notify('payops_deliveries', 'attempts:1')"_s);
    }

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<PgConnection> m_owner;
    qint64 m_failing = 0;
    qint64 m_healthy = 0;
    qint64 m_failingDelivery = 0;
};

QTEST_MAIN(TestEventDetailPanel)
#include "tst_event_detail_panel.moc"
