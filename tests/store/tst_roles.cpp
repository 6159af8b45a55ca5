#include "StoreRefusal.h"
#include "TestStore.h"
#include "store/PgConnection.h"
#include "store/StoreError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString secret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s; // 24 bytes, base64

const QString goodRule = uR"({"cohort": {"filters": {"issuer": "HDFC"}, "group_by": ["method"]},
 "window": {"kind": "time", "size_seconds": 300, "step_seconds": 60},
 "min_volume": 50, "open_below": 0.8, "recover_above": 0.9, "open_after": 2, "resolve_after": 3,
 "severity": [{"name": "critical", "below": 0.5}, {"name": "major", "below": 0.7}]})"_s;

} // namespace

// What the audited functions do for the roles that may call them. Who may call or touch
// what at all is tst_role_matrix's (tests/store/role_matrix.txt).
class TestRoles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_store.emplace(u"roles"_s);
        m_viewer.emplace(PgConnection::open(m_store->dsnAs(u"viewer"_s)));
        m_operator.emplace(PgConnection::open(m_store->dsnAs(u"operator"_s)));
        m_admin.emplace(PgConnection::open(m_store->dsnAs(u"admin"_s)));
        m_engine.emplace(PgConnection::open(m_store->dsnAs(u"engine"_s)));

        m_endpoint = m_admin
                         ->exec(u"SELECT payops.save_endpoint(NULL, 'm_1042',"
                                " 'https://merchant.example/hooks', '{payment.captured}', $1)"_s,
                                {secret})
                         .toInt(0, 0);
        m_engine->exec(u"INSERT INTO payops.webhook_events (id, type, merchant_id, payload)"
                       " VALUES ('evt_1', 'payment.captured', 'm_1042', '{}')"_s);
        m_delivery = m_engine
                         ->exec(u"INSERT INTO payops.deliveries (event_id, endpoint_id, state,"
                                " attempt_count, next_attempt_at) VALUES ('evt_1', $1,"
                                " 'failed', 3, now() + interval '2 hours') RETURNING id"_s,
                                {m_endpoint})
                         .toInt(0, 0);
    }
    void cleanupTestCase()
    {
        m_viewer.reset();
        m_operator.reset();
        m_admin.reset();
        m_engine.reset();
        m_store.reset();
    }

    void operatorRetriesToTheFrontOfTheQueue()
    {
        PgConnection& db = *m_operator;
        db.exec(u"SELECT payops.retry_delivery($1, 'merchant asked on the phone')"_s, {m_delivery});
        const PgResult delivery =
            db.exec(u"SELECT state, priority, next_attempt_at <= now(), manual_requested_by"
                    " FROM payops.deliveries WHERE id = $1"_s,
                    {m_delivery});
        QCOMPARE(delivery.text(0, 0), u"pending"_s);
        QCOMPARE(delivery.toInt(0, 1), 1);
        QCOMPARE(delivery.value(0, 2), QVariant(true));
        QCOMPARE(delivery.text(0, 3), u"operator"_s);

        const PgResult audit = db.exec(
            u"SELECT actor, reason, before ->> 'state', after ->> 'state', after ->> 'priority'"
            " FROM payops.audit_log WHERE action = 'retry_delivery' AND target = $1"_s,
            {u"delivery:%1"_s.arg(m_delivery)});
        QCOMPARE(audit.rows(), 1);
        QCOMPARE(audit.text(0, 0), u"operator"_s);
        QCOMPARE(audit.text(0, 1), u"merchant asked on the phone"_s);
        QCOMPARE(audit.text(0, 2), u"failed"_s);
        QCOMPARE(audit.text(0, 3), u"pending"_s);
        QCOMPARE(audit.text(0, 4), u"1"_s);
    }
    void retryRefusesBadInputNamingTheField()
    {
        const StoreError empty =
            refusalOf(*m_operator, u"SELECT payops.retry_delivery($1, '  ')"_s, {m_delivery});
        QCOMPARE(empty.sqlState(), u"22023"_s);
        QCOMPARE(empty.message(), u"reason: must not be empty"_s);
        const StoreError unknown =
            refusalOf(*m_operator, u"SELECT payops.retry_delivery(987654, 'x')"_s);
        QCOMPARE(unknown.sqlState(), u"P0002"_s);
        QCOMPARE(unknown.message(), u"delivery_id: no delivery with id 987654"_s);
    }
    void operatorRetriesInBulk()
    {
        m_engine->exec(u"UPDATE payops.deliveries SET state = 'dead', next_attempt_at = NULL,"
                       " priority = 0 WHERE id = $1"_s,
                       {m_delivery});
        QCOMPARE(m_operator
                     ->exec(u"SELECT payops.retry_deliveries('endpoint is back',"
                            " merchant_id => 'm_1042', state => 'dead')"_s)
                     .toInt(0, 0),
                 1);
        QCOMPARE(m_operator->exec(u"SELECT payops.retry_deliveries('again', state => 'dead')"_s)
                     .toInt(0, 0),
                 0);
        const StoreError unfiltered =
            refusalOf(*m_operator, u"SELECT payops.retry_deliveries('everything')"_s);
        QCOMPARE(unfiltered.sqlState(), u"22023"_s);
        QVERIFY2(unfiltered.message().contains(u"at least one filter"),
                 qPrintable(unfiltered.message()));
    }
    void operatorMutesAndEndsMutes()
    {
        PgConnection& db = *m_operator;
        const qint64 mute = db.exec(u"SELECT payops.mute('{\"issuer\": \"HDFC\"}',"
                                    " now() + interval '2 hours', 'bank maintenance window')"_s)
                                .toInt(0, 0);
        const PgResult audit = db.exec(
            u"SELECT actor, after ->> 'author', after -> 'matchers' ->> 'issuer', before IS NULL"
            " FROM payops.audit_log WHERE action = 'mute' AND target = $1"_s,
            {u"mute:%1"_s.arg(mute)});
        QCOMPARE(audit.rows(), 1);
        QCOMPARE(audit.text(0, 0), u"operator"_s);
        QCOMPARE(audit.text(0, 1), u"operator"_s);
        QCOMPARE(audit.text(0, 2), u"HDFC"_s);
        QCOMPARE(audit.value(0, 3), QVariant(true));

        const StoreError backwards = refusalOf(
            db, u"SELECT payops.mute('{\"issuer\": \"HDFC\"}', now() + interval '1 hour', 'x',"
                " now() + interval '2 hours')"_s);
        QCOMPARE(backwards.message(), u"ends_at: must be after starts_at"_s);
        const StoreError unknownKey = refusalOf(
            db, u"SELECT payops.mute('{\"bank\": \"HDFC\"}', now() + interval '1 hour', 'x')"_s);
        QVERIFY2(unknownKey.message().startsWith(u"matchers.bank: unknown field"),
                 qPrintable(unknownKey.message()));

        db.exec(u"SELECT payops.end_mute($1, 'maintenance over')"_s, {mute});
        QCOMPARE(db.exec(u"SELECT ended_by FROM payops.mutes WHERE id = $1"_s, {mute}).text(0, 0),
                 u"operator"_s);
        QCOMPARE(refusalOf(db, u"SELECT payops.end_mute($1, 'again')"_s, {mute}).sqlState(),
                 u"55000"_s);
    }
    void adminSavesVersionsOfRules()
    {
        PgConnection& db = *m_admin;
        const PgResult first =
            db.exec(u"SELECT rule_id, version FROM payops.save_rule(NULL, 'Visa', $1::jsonb,"
                    " 'watch visa')"_s,
                    {goodRule});
        const qint64 rule = first.toInt(0, 0);
        QCOMPARE(first.toInt(0, 1), 1);
        const PgResult second = db.exec(
            u"SELECT version, created_by FROM payops.save_rule($1, 'Visa', $2::jsonb, 'stricter')"_s,
            {rule, QString(goodRule).replace(u"0.8"_s, u"0.75"_s)});
        QCOMPARE(second.toInt(0, 0), 2);
        QCOMPARE(second.text(0, 1), u"admin"_s);
        QCOMPARE(
            db.exec(u"SELECT count(*) FROM payops.rules WHERE rule_id = $1"_s, {rule}).toInt(0, 0),
            2);
        const PgResult audit =
            db.exec(u"SELECT actor, before ->> 'version', after ->> 'version' FROM payops.audit_log"
                    " WHERE action = 'save_rule' AND target = $1 ORDER BY id DESC LIMIT 1"_s,
                    {u"rule:%1"_s.arg(rule)});
        QCOMPARE(audit.text(0, 0), u"admin"_s);
        QCOMPARE(audit.text(0, 1), u"1"_s);
        QCOMPARE(audit.text(0, 2), u"2"_s);
    }
    void badRulesAreRefusedWithFieldAndReason_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("open_below")
            << u"\"open_below\": 0.8"_s << u"\"open_below\": 1.5"_s
            << u"open_below: must be a number greater than 0 and at most 1"_s;
        QTest::newRow("hysteresis")
            << u"\"recover_above\": 0.9"_s << u"\"recover_above\": 0.7"_s
            << u"recover_above: must be greater than open_below (hysteresis)"_s;
        QTest::newRow("min_volume") << u"\"min_volume\": 50"_s << u"\"min_volume\": 0"_s
                                    << u"min_volume: must be an integer from 1 to 1000000000"_s;
        QTest::newRow("dimension")
            << u"[\"method\"]"_s << u"[\"bank\"]"_s
            << u"cohort.group_by[0]: unknown dimension bank (expected one of:"
               " method, issuer, network, card_type, gateway, merchant_id)"_s;
        QTest::newRow("step") << u"\"step_seconds\": 60"_s << u"\"step_seconds\": 600"_s
                              << u"window.step_seconds: must be an integer from 1 to 300"_s;
        QTest::newRow("window kind") << u"\"kind\": \"time\""_s << u"\"kind\": \"sliding\""_s
                                     << u"window.kind: must be \"time\" or \"count\""_s;
        QTest::newRow("open_after") << u"\"open_after\": 2"_s << u"\"open_after\": 0"_s
                                    << u"open_after: must be an integer from 1 to 1000"_s;
        QTest::newRow("severity") << u"\"below\": 0.5"_s << u"\"below\": 0.95"_s
                                  << u"severity[0].below: must be at most open_below (a band above"
                                     " it never applies)"_s;
        QTest::newRow("missing") << u"\"resolve_after\": 3,"_s << QString()
                                 << u"resolve_after: is required"_s;
    }
    void badRulesAreRefusedWithFieldAndReason()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        const QString rule = QString(goodRule).replace(from, to);
        QVERIFY(rule != goodRule);
        const qint64 before = m_admin->exec(u"SELECT count(*) FROM payops.rules"_s).toInt(0, 0);
        const StoreError error = refusalOf(
            *m_admin, u"SELECT payops.save_rule(NULL, 'bad', $1::jsonb, 'should fail')"_s, {rule});
        QCOMPARE(error.sqlState(), u"22023"_s);
        QCOMPARE(error.message(), message);
        QCOMPARE(m_admin->exec(u"SELECT count(*) FROM payops.rules"_s).toInt(0, 0), before);
    }

    void operatorLabelsDowntimes()
    {
        const qint64 rule =
            m_admin
                ->exec(u"SELECT rule_id FROM payops.save_rule(NULL, 'l', $1::jsonb, 'x')"_s,
                       {goodRule})
                .toInt(0, 0);
        const qint64 downtime =
            m_engine
                ->exec(u"INSERT INTO payops.downtimes (rule_id, rule_version, cohort, cohort_key,"
                       " started_at, severity, lowest_sr, volume) VALUES ($1, 1,"
                       " '{\"issuer\": \"HDFC\"}', 'issuer=HDFC', now(), 'critical', 0.4, 900)"
                       " RETURNING id"_s,
                       {rule})
                .toInt(0, 0);
        m_operator->exec(u"SELECT payops.label_downtime($1, 'false_positive', 'planned outage')"_s,
                         {downtime});
        const PgResult row = m_viewer->exec(
            u"SELECT label, labelled_by FROM payops.downtimes WHERE id = $1"_s, {downtime});
        QCOMPARE(row.text(0, 0), u"false_positive"_s);
        QCOMPARE(row.text(0, 1), u"operator"_s);
        QCOMPARE(refusalOf(*m_operator, u"SELECT payops.label_downtime($1, 'maybe')"_s, {downtime})
                     .message(),
                 u"label: must be true_positive, false_positive, or null to clear"_s);
    }

    void engineLoadsEvents()
    {
        PgConnection& db = *m_engine;
        QCOMPARE(db.exec(u"SELECT payops.ensure_payment_event_partitions('2020-01-10',"
                         " '2020-02-20')"_s)
                     .toInt(0, 0),
                 2);
        QCOMPARE(db.exec(u"SELECT payops.ensure_payment_event_partitions('2020-01-10',"
                         " '2020-02-20')"_s)
                     .toInt(0, 0),
                 0);
        db.exec(u"INSERT INTO payops.payment_event_ids (id, occurred_at)"
                " VALUES ('evt_a', '2020-01-15T10:00:00Z')"_s);
        db.exec(u"INSERT INTO payops.payment_events (id, payment_id, merchant_id, status, method,"
                " amount, currency, occurred_at) VALUES ('evt_a', 'pay_1', 'm_1042', 'captured',"
                " 'card', 49900, 'INR', '2020-01-15T10:00:00Z')"_s);
        QCOMPARE(
            db.exec(u"SELECT tableoid::regclass::text FROM payops.payment_events"_s).text(0, 0),
            u"payops.payment_events_2020_01"_s);
        const StoreError tooWide = refusalOf(
            db, u"SELECT payops.ensure_payment_event_partitions('2000-01-01', '2030-01-01')"_s);
        QCOMPARE(tooWide.sqlState(), u"22023"_s);
        QVERIFY2(tooWide.message().contains(u"more than 120 months"),
                 qPrintable(tooWide.message()));
        QCOMPARE(db.exec(u"SELECT payops.ensure_attempt_partitions('2020-01-10', '2020-01-11')"_s)
                     .toInt(0, 0),
                 1);
    }

    void secretsStayOutOfTheAuditLog()
    {
        const QString rotated = u"whsec_QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo="_s;
        m_admin->exec(u"SELECT payops.save_endpoint($1, 'm_1042', 'https://merchant.example/v2',"
                      " '{}', $2)"_s,
                      {m_endpoint, rotated});
        m_admin->exec(u"SELECT payops.set_endpoint_enabled($1, false, 'merchant migrating')"_s,
                      {m_endpoint});
        QCOMPARE(m_engine
                     ->exec(u"SELECT secret FROM payops.endpoint_secrets WHERE endpoint_id = $1"_s,
                            {m_endpoint})
                     .text(0, 0),
                 rotated);
        const PgResult audit = m_viewer->exec(
            u"SELECT action, concat_ws(' ', target, reason, before, after) FROM payops.audit_log"
            " WHERE target = $1 ORDER BY id"_s,
            {u"endpoint:%1"_s.arg(m_endpoint)});
        QCOMPARE(audit.rows(), 3);
        QCOMPARE(audit.text(2, 0), u"disable_endpoint"_s);
        for (int row = 0; row < audit.rows(); ++row) {
            const QString text = audit.text(row, 1);
            QVERIFY2(!text.contains(secret.mid(6)) && !text.contains(rotated.mid(6)),
                     qPrintable(text));
        }
        QVERIFY(audit.text(1, 1).contains(u"\"secret_changed\": true"));

        const StoreError bad = refusalOf(
            *m_admin, u"SELECT payops.save_endpoint(NULL, 'm_1', 'https://x.example', '{}', $1)"_s,
            {u"whsec_dG9vLXNob3J0"_s});
        QCOMPARE(bad.message(), u"secret: must encode 24 to 64 random bytes (this one has 9)"_s);
        QVERIFY(!bad.message().contains(u"dG9vLXNob3J0"));
        QCOMPARE(refusalOf(*m_admin,
                           u"SELECT payops.save_endpoint(NULL, 'm_1', 'https://x.example', '{}',"
                           " 'plain-text')"_s)
                     .message(),
                 u"secret: must be whsec_ followed by base64"_s);
    }

private:
    std::optional<TestStore> m_store;
    std::optional<PgConnection> m_viewer;
    std::optional<PgConnection> m_operator;
    std::optional<PgConnection> m_admin;
    std::optional<PgConnection> m_engine;
    qint64 m_endpoint = 0;
    qint64 m_delivery = 0;
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
