#include "DeliveriesPage.h"
#include "DeliverySearchForm.h"
#include "DeliverySearchModel.h"
#include "EventDetailPanel.h"
#include "RetryDialog.h"
#include "TestStore.h"
#include "store/PgConnection.h"
#include "store/StoreClient.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// 32 bytes: a valid signing secret that must never reach the console's clipboard or files.
const QString secret = u"whsec_"_s + QString::fromLatin1(QByteArray(32, 'k').toBase64());
const QString signature = u"v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4="_s;
const QString awkwardError = u"boom, \"quoted\"\nsecond line"_s;

QList<qint64> idsOf(const QList<DeliveryRow>& rows)
{
    QList<qint64> ids;
    for (const DeliveryRow& row : rows)
        ids << row.id;
    return ids;
}

} // namespace

class TestDeliveriesPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_store = std::make_unique<TestStore>(u"deliveries_page"_s);
        m_owner = std::make_unique<PgConnection>(PgConnection::open(m_store->ownerDsn()));
        createEndpoints();
        insertDeliveries();
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_store.reset();
    }

    void searchesByEachFilter_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("condition"); // the same selection, written by hand
        QTest::newRow("merchant") << u"merchant"_s << u"merchant_b"_s
                                  << u"e.merchant_id = 'merchant_b'"_s;
        QTest::newRow("payment id")
            << u"payment"_s << u"pay_a_7"_s << u"w.payment_id = 'pay_a_7'"_s;
        QTest::newRow("event id") << u"event"_s << u"evt_a_14"_s << u"d.event_id = 'evt_a_14'"_s;
        QTest::newRow("endpoint id")
            << u"endpoint"_s << u"@a2"_s << u"d.endpoint_id = %1"_s.arg(u"@a2"_s);
        QTest::newRow("endpoint URL")
            << u"endpoint"_s << u"B.EXAMPLE"_s << u"e.url LIKE '%b.example%'"_s;
        QTest::newRow("state") << u"state"_s << u"dead"_s << u"d.state = 'dead'"_s;
        QTest::newRow("time range")
            << u"range"_s << u"40"_s
            << u"d.created_at >= now() - interval '40 minutes' AND d.created_at < now() - interval '20 minutes'"_s;
    }

    void searchesByEachFilter()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, condition);
        value.replace(u"@a2"_s, QString::number(m_endpointA2));
        condition.replace(u"@a2"_s, QString::number(m_endpointA2));
        StoreClient client;
        client.open(m_store->dsnAs(u"viewer"_s));
        DeliveriesPage page(&client);
        page.show();
        QVERIFY(waitForPage(page));

        DeliverySearchFilter filter;
        if (field == u"merchant")
            filter.merchantId = value;
        else if (field == u"payment")
            filter.paymentId = value;
        else if (field == u"event")
            filter.eventId = value;
        else if (field == u"endpoint")
            filter.endpoint = value;
        else if (field == u"state")
            filter.state = value;
        else if (field == u"range") {
            // Time edits keep minutes: the range is taken from what the form holds.
            const QDateTime now = QDateTime::currentDateTime();
            filter.from = now.addSecs(-40 * 60);
            filter.to = now.addSecs(-20 * 60);
        }
        page.form()->setFilter(filter);
        const DeliverySearchFilter applied = page.form()->filter();
        if (field == u"range") {
            condition =
                u"d.created_at >= '%1'::timestamptz AND d.created_at < '%2'::timestamptz"_s.arg(
                    applied.from.toUTC().toString(Qt::ISODateWithMs),
                    applied.to.toUTC().toString(Qt::ISODateWithMs));
        }
        const QList<qint64> expected = expectedIds(condition);
        QVERIFY2(!expected.isEmpty(), "the filter must find something");
        QList<qint64> found = allPages(page, [&page] { page.search(); });
        QCOMPARE(found, expected);
    }

    void pagesWithoutGapsOrRepeats()
    {
        StoreClient client;
        client.open(m_store->dsnAs(u"viewer"_s));
        DeliveriesPage page(&client);
        page.show();
        QVERIFY(waitForPage(page));
        const QList<qint64> expected = expectedIds(u"true"_s);
        QVERIFY(expected.size() > 2 * page.model()->pageSize());
        const QList<qint64> found = allPages(page, [&page] { page.search(); });
        QCOMPARE(found, expected);
        QCOMPARE(QSet<qint64>(found.begin(), found.end()).size(), found.size());
        QCOMPARE(page.pageNumber(), 3);

        const QList<qint64> second =
            expected.mid(page.model()->pageSize(), page.model()->pageSize());
        QSignalSpy applied(page.model(), &DeliverySearchModel::resultApplied);
        page.findChild<QPushButton*>(u"previousPageButton"_s)->click();
        QVERIFY(applied.wait(10000));
        QCOMPARE(page.pageNumber(), 2);
        QCOMPARE(idsOf(page.model()->deliveries()), second);
        QVERIFY(page.findChild<QLabel*>(u"pageLabel"_s)->text().contains(u"51–100"));
    }

    void operatorRetriesTheSelectedDelivery()
    {
        StoreClient client;
        client.open(m_store->dsnAs(u"operator"_s));
        DeliveriesPage page(&client);
        page.show();
        DeliverySearchFilter dead;
        dead.state = u"dead"_s;
        dead.merchantId = u"merchant_a"_s;
        page.form()->setFilter(dead);
        QVERIFY(searchAndWait(page));
        QVERIFY(page.model()->rowCount() > 0);
        auto* retry = page.findChild<QPushButton*>(u"retrySelectedButton"_s);
        QTRY_VERIFY(retry->isVisible());
        auto* table = page.findChild<QTableView*>(u"deliverySearchTable"_s);
        table->selectRow(0);
        const qint64 id = page.model()->delivery(0).id;
        QVERIFY(retry->isEnabled());
        retry->click();

        RetryDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<RetryDialog*>()) && dialog->isVisible());
        QVERIFY(
            dialog->findChild<QLabel*>(u"retryQuestion"_s)->text().contains(QString::number(id)));
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog->findChild<QLineEdit*>(u"retryReason"_s)->setText(u"merchant fixed their TLS"_s);
        QVERIFY(ok->isEnabled());
        ok->click();

        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(u"SELECT priority || '/' || coalesce(manual_requested_by, '') || '/' || state "
                   u"FROM payops.deliveries WHERE id = %1"_s.arg(id)),
            u"1/operator/pending"_s, 10000);
        QCOMPARE(scalar(u"SELECT count(*) FROM payops.audit_log WHERE action = 'retry_delivery' "
                        u"AND target = 'delivery:%1' AND actor = 'operator' "
                        u"AND reason = 'merchant fixed their TLS'"_s.arg(id)),
                 u"1"_s);
        // The live page shows it pending now, still selected.
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowOfDelivery(id), -1, 10000);
    }

    void bulkRetryStatesHowMany()
    {
        StoreClient client;
        client.open(m_store->dsnAs(u"operator"_s));
        DeliveriesPage page(&client);
        page.show();
        DeliverySearchFilter filter;
        filter.merchantId = u"merchant_b"_s;
        filter.state = u"failed"_s;
        page.form()->setFilter(filter);
        QVERIFY(searchAndWait(page));
        const QString expected =
            scalar(u"SELECT count(*) FROM payops.deliveries d JOIN payops.endpoints e ON e.id = "
                   u"d.endpoint_id WHERE e.merchant_id = 'merchant_b' AND d.state = 'failed'"_s);
        QVERIFY(expected.toInt() > 1);
        auto* all = page.findChild<QPushButton*>(u"retryMatchingButton"_s);
        QTRY_VERIFY(all->isVisible() && all->isEnabled());
        all->click();
        RetryDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<RetryDialog*>()) && dialog->isVisible());
        const QString question = dialog->findChild<QLabel*>(u"retryQuestion"_s)->text();
        QVERIFY2(question.contains(u"Retry %1 deliveries"_s.arg(expected)), qPrintable(question));
        dialog->findChild<QLineEdit*>(u"retryReason"_s)->setText(u"outage over"_s);
        QSignalSpy message(&page, &DeliveriesPage::messageShown);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 10000);
        QCOMPARE(message.first().first().toString(), u"%1 deliveries retried."_s.arg(expected));
        QCOMPARE(scalar(u"SELECT count(*) FROM payops.deliveries d JOIN payops.endpoints e ON "
                        u"e.id = d.endpoint_id WHERE e.merchant_id = 'merchant_b' AND "
                        u"d.priority = 1 AND d.manual_requested_by = 'operator'"_s),
                 expected);
        QCOMPARE(scalar(u"SELECT after->>'retried' FROM payops.audit_log WHERE action = "
                        u"'retry_deliveries' AND reason = 'outage over'"_s),
                 expected);

        // A payment id filter cannot be retried in bulk: the button says why.
        filter.paymentId = u"pay_b_1"_s;
        page.form()->setFilter(filter);
        QVERIFY(searchAndWait(page));
        QVERIFY(!all->isEnabled());
        QVERIFY(all->toolTip().contains(u"payment id"));
    }

    void refusalIsShownAsTheStoreSaidIt()
    {
        StoreClient client;
        client.open(m_store->dsnAs(u"operator"_s));
        DeliveriesPage page(&client);
        page.show();
        DeliverySearchFilter filter;
        filter.merchantId = u"merchant_c"_s;
        page.form()->setFilter(filter);
        QVERIFY(searchAndWait(page));
        QCOMPARE(page.model()->rowCount(), 1);
        page.findChild<QTableView*>(u"deliverySearchTable"_s)->selectRow(0);
        auto* retry = page.findChild<QPushButton*>(u"retrySelectedButton"_s);
        QTRY_VERIFY(retry->isVisible() && retry->isEnabled());
        retry->click();
        RetryDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<RetryDialog*>()) && dialog->isVisible());
        dialog->findChild<QLineEdit*>(u"retryReason"_s)->setText(u"try anyway"_s);
        QSignalSpy message(&page, &DeliveriesPage::messageShown);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 10000);
        const QString text = message.first().first().toString();
        QVERIFY2(text.startsWith(u"The store refused the retry: ") &&
                     text.contains(u"disabled (merchant asked to pause)"),
                 qPrintable(text));
        QCOMPARE(scalar(u"SELECT priority FROM payops.deliveries d JOIN payops.endpoints e ON "
                        u"e.id = d.endpoint_id WHERE e.merchant_id = 'merchant_c'"_s),
                 u"0"_s);
    }

    void viewerSeesNoRetry()
    {
        StoreClient client;
        client.open(m_store->dsnAs(u"viewer"_s));
        DeliveriesPage page(&client);
        page.show();
        QVERIFY(waitForPage(page));
        QTRY_COMPARE(client.state().role, u"viewer"_s);
        QVERIFY(page.findChild<QPushButton*>(u"retrySelectedButton"_s)->isHidden());
        QVERIFY(page.findChild<QPushButton*>(u"retryMatchingButton"_s)->isHidden());
        QVERIFY(page.findChild<QPushButton*>(u"copyCurlButton"_s)->isVisible());
    }

    void exportsTheMatchingDeliveriesAsCsv()
    {
        StoreClient client;
        client.open(m_store->dsnAs(u"viewer"_s));
        DeliveriesPage page(&client);
        page.show();
        DeliverySearchFilter filter;
        filter.merchantId = u"merchant_a"_s;
        page.form()->setFilter(filter);
        QVERIFY(searchAndWait(page));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"deliveries.csv"_s);
        QSignalSpy message(&page, &DeliveriesPage::messageShown);
        page.exportTo(path);
        QTRY_VERIFY_WITH_TIMEOUT(
            !message.isEmpty() && message.last().first().toString().startsWith(u"Exported"), 20000);
        const QList<qint64> expected = expectedIds(u"e.merchant_id = 'merchant_a'"_s);
        QVERIFY(expected.size() > 50); // more than the page shown
        QCOMPARE(message.last().first().toString(),
                 u"Exported %1 deliveries to %2."_s.arg(expected.size()).arg(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("delivery_id,created_at,event_at,event_id,type,merchant_id,"
                               "payment_id,endpoint_id,url,state,attempts,last_http_status,"
                               "last_error,next_attempt_at\r\n"));
        // One record per delivery, newest first; the awkward error quoted with its newline.
        QCOMPARE(csv.count("\r\n"), expected.size() + 1);
        QVERIFY(csv.contains("\"boom, \"\"quoted\"\"\nsecond line\""));
        const QList<QByteArray> records = csv.split('\n');
        QVERIFY(records.at(1).startsWith(QByteArray::number(expected.first()).append(',')));
        QVERIFY(!csv.contains(secret.toUtf8()));
        // What a merchant's server answered never runs as a spreadsheet formula.
        QVERIFY(csv.contains(",'=1+2,"));
    }

    void copiesTheRequestAsCurlWithoutTheSecret()
    {
        StoreClient client;
        client.open(m_store->dsnAs(u"viewer"_s));
        DeliveriesPage page(&client);
        page.show();
        DeliverySearchFilter filter;
        filter.eventId = u"evt_a_3"_s;
        filter.endpoint = QString::number(m_endpointA1);
        page.form()->setFilter(filter);
        QVERIFY(searchAndWait(page));
        QCOMPARE(page.model()->rowCount(), 1);
        page.findChild<QTableView*>(u"deliverySearchTable"_s)->selectRow(0);
        // The selection opens its event in the detail panel below the results.
        QCOMPARE(page.findChild<EventDetailPanel*>()->eventId(), u"evt_a_3"_s);
        QApplication::clipboard()->clear();
        page.findChild<QPushButton*>(u"copyCurlButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!QApplication::clipboard()->text().isEmpty(), 10000);
        const QString curl = QApplication::clipboard()->text();
        QVERIFY2(curl.startsWith(u"curl -X POST 'https://a.example/hooks'"), qPrintable(curl));
        QVERIFY2(curl.contains(u"-H 'webhook-signature: "_s + signature + u'\''), qPrintable(curl));
        QVERIFY(curl.contains(u"-H 'webhook-id: evt_a_3'"));
        QVERIFY(curl.contains(u"--data-raw '{\"data\": {\"note\": \"it'\\''s\"}"));
        QVERIFY(!curl.contains(secret));
        QVERIFY(!curl.contains(u"whsec_"));
    }

    void refreshesLiveKeepingTheSelection()
    {
        StoreClient client;
        client.open(m_store->dsnAs(u"viewer"_s));
        DeliveriesPage page(&client);
        page.show();
        QVERIFY(waitForPage(page));
        auto* table = page.findChild<QTableView*>(u"deliverySearchTable"_s);
        table->selectRow(2);
        const qint64 selected = page.model()->delivery(2).id;
        insertEvent(u"evt_live"_s, u"merchant_a"_s, u"pay_live"_s, m_endpointA1, 0, u"pending"_s);
        m_owner->exec(u"SELECT pg_notify('payops_deliveries', 'due')"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->delivery(0).eventId, u"evt_live"_s, 10000);
        QCOMPARE(page.model()->rowOfDelivery(selected), 3);
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(DeliverySearchModel::DeliveryIdRole).toLongLong(), selected);
    }

private:
    void createEndpoints()
    {
        PgConnection admin = PgConnection::open(m_store->dsnAs(u"admin"_s));
        const auto save = [&admin](const QString& merchant, const QString& url) {
            return admin
                .exec(u"SELECT payops.save_endpoint(NULL, $1, $2, '{}', $3, 'test')"_s,
                      {merchant, url, secret})
                .value(0, 0)
                .toLongLong();
        };
        m_endpointA1 = save(u"merchant_a"_s, u"https://a.example/hooks"_s);
        m_endpointA2 = save(u"merchant_a"_s, u"https://a2.example/in"_s);
        m_endpointB = save(u"merchant_b"_s, u"https://b.example/webhooks"_s);
        m_endpointC = save(u"merchant_c"_s, u"https://c.example/paused"_s);
        admin.exec(u"SELECT payops.set_endpoint_enabled($1, false, 'merchant asked to pause')"_s,
                   {m_endpointC});
    }

    void insertEvent(const QString& id, const QString& merchant, const QString& payment,
                     qint64 endpoint, int minutesAgo, const QString& state,
                     const QString& error = {})
    {
        m_owner->exec(
            u"INSERT INTO payops.webhook_events (id, type, merchant_id, payment_id, payload, "
            u"created_at) VALUES ($1, 'payment.captured', $2, $3, "
            u"'{\"data\": {\"note\": \"it''s\"}}', now() - make_interval(mins => $4::int)) "
            u"ON CONFLICT (id) DO NOTHING"_s,
            {id, merchant, payment, minutesAgo});
        m_owner->exec(
            u"INSERT INTO payops.deliveries (event_id, endpoint_id, state, attempt_count, "
            u"next_attempt_at, last_http_status, last_error, created_at, completed_at) "
            u"SELECT $1, $2::bigint, $3, CASE WHEN $3 = 'pending' THEN 0 ELSE 2 END, "
            u"CASE WHEN $3 IN ('pending', 'failed') THEN now() + interval '1 hour' END, "
            u"CASE WHEN $3 = 'pending' THEN NULL WHEN $3 = 'succeeded' THEN 200 ELSE 503 END, "
            u"nullif($4, ''), w.created_at, "
            u"CASE WHEN $3 IN ('succeeded', 'dead') THEN now() END "
            u"FROM payops.webhook_events w WHERE w.id = $1"_s,
            {id, endpoint, state, error});
    }

    void insertDeliveries()
    {
        const QStringList states{u"dead"_s, u"failed"_s, u"succeeded"_s, u"pending"_s};
        // Pairs of events share a creation time: the keyset's id breaks the ties.
        for (int i = 0; i < 100; ++i) {
            const QString id = u"evt_a_%1"_s.arg(i);
            insertEvent(id, u"merchant_a"_s, u"pay_a_%1"_s.arg(i / 2), m_endpointA1, 1 + i / 2,
                        states.at(i % 4), i == 5 ? awkwardError : (i == 9 ? u"=1+2"_s : QString()));
            if (i % 3 == 0)
                insertEvent(id, u"merchant_a"_s, QString(), m_endpointA2, 1 + i / 2,
                            states.at((i + 1) % 4));
        }
        for (int i = 0; i < 12; ++i)
            insertEvent(u"evt_b_%1"_s.arg(i), u"merchant_b"_s, u"pay_b_%1"_s.arg(i), m_endpointB,
                        3 * i, i % 2 ? u"failed"_s : u"succeeded"_s);
        insertEvent(u"evt_c_1"_s, u"merchant_c"_s, u"pay_c_1"_s, m_endpointC, 5, u"dead"_s);
        m_owner->exec(
            u"SELECT payops.ensure_attempt_partitions(now() - interval '1 day', now())"_s);
        m_owner->exec(
            u"INSERT INTO payops.attempts (delivery_id, endpoint_id, attempt_no, started_at, "
            u"duration_ms, http_status, trigger, outcome, request_headers) "
            u"SELECT d.id, d.endpoint_id, n, now() - make_interval(mins => 10 - n), 40, 503, "
            u"'schedule', 'failed', jsonb_build_object('webhook-id', d.event_id, "
            u"'webhook-timestamp', (1764000000 + n)::text, 'webhook-signature', "
            u"CASE WHEN n = 2 THEN $1 ELSE 'v1,older' END, "
            u"'content-type', 'application/json', 'user-agent', 'payops/0.1.0') "
            u"FROM payops.deliveries d, generate_series(1, 2) AS n WHERE d.event_id = 'evt_a_3'"_s,
            {signature});
    }

    QString scalar(const QString& sql) { return m_owner->exec(sql).text(0, 0); }

    QList<qint64> expectedIds(const QString& condition)
    {
        const PgResult result = m_owner->exec(
            u"SELECT d.id FROM payops.deliveries d JOIN payops.endpoints e ON e.id = "
            u"d.endpoint_id JOIN payops.webhook_events w ON w.id = d.event_id WHERE "_s +
            condition + u" ORDER BY d.created_at DESC, d.id DESC"_s);
        QList<qint64> ids;
        for (int row = 0; row < result.rows(); ++row)
            ids << result.value(row, 0).toLongLong();
        return ids;
    }

    static bool waitForPage(DeliveriesPage& page)
    {
        QSignalSpy applied(page.model(), &DeliverySearchModel::resultApplied);
        return applied.wait(20000) && page.model()->error().isEmpty();
    }

    static bool searchAndWait(DeliveriesPage& page)
    {
        QSignalSpy applied(page.model(), &DeliverySearchModel::resultApplied);
        page.search();
        return (applied.count() > 0 || applied.wait(20000)) && page.model()->error().isEmpty();
    }

    // Every delivery of the search, page after page with "Next".
    static QList<qint64> allPages(DeliveriesPage& page, const std::function<void()>& start)
    {
        QList<qint64> ids;
        QSignalSpy applied(page.model(), &DeliverySearchModel::resultApplied);
        start();
        auto* next = page.findChild<QPushButton*>(u"nextPageButton"_s);
        for (int guard = 0; guard < 100; ++guard) {
            if (applied.isEmpty() && !applied.wait(20000))
                return {-1};
            applied.clear();
            ids += idsOf(page.model()->deliveries());
            if (!page.model()->hasMore())
                break;
            if (!next->isEnabled())
                return {-2};
            next->click();
        }
        return ids;
    }

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<PgConnection> m_owner;
    qint64 m_endpointA1 = 0;
    qint64 m_endpointA2 = 0;
    qint64 m_endpointB = 0;
    qint64 m_endpointC = 0;
};

QTEST_MAIN(TestDeliveriesPage)
#include "tst_deliveries_page.moc"
