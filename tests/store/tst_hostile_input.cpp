#include "StoreRefusal.h"
#include "TestStore.h"
#include "store/PgConnection.h"
#include "store/StoreError.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <optional>
#include <type_traits>

using namespace Qt::StringLiterals;

// Hostile values given to every audited operator and admin function: each is refused with
// the field and the reason, nothing is written (no audit row), and the store keeps working.
// Quotes and SQL in a value are data: stored as given, never run.
namespace {

const QString tenMegabytes(10'000'000, u'x');
const QByteArray invalidUtf8("bad \xff\xfe bytes");
const QString secret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;

// Takes a case's values as QTestData would, noting the payops function its SQL calls.
struct FunctionsCalled
{
    QSet<QString>* names;
    int field = 0;

    template<typename T> FunctionsCalled& operator<<(const T& value)
    {
        static const QRegularExpression called(u"payops\\.([a-z_]+)\\("_s);
        if constexpr (std::is_convertible_v<T, QString>) {
            if (field == 1)
                names->insert(called.match(value).captured(1));
        }
        ++field;
        return *this;
    }
};

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_store.emplace(u"hostile"_s);
        m_owner.emplace(PgConnection::open(m_store->ownerDsn()));
        m_operator.emplace(PgConnection::open(m_store->dsnAs(u"operator"_s)));
        m_admin.emplace(PgConnection::open(m_store->dsnAs(u"admin"_s)));
    }
    void cleanupTestCase()
    {
        m_operator.reset();
        m_admin.reset();
        m_owner.reset();
        m_store.reset();
    }

    void refusedNamingTheField_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("params");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("message");

        cases([](const char* name) -> QTestData& { return QTest::newRow(name); });
    }
    void refusedNamingTheField()
    {
        QFETCH(QString, login);
        QFETCH(QString, sql);
        QFETCH(QVariantList, params);
        QFETCH(QString, state);
        QFETCH(QString, message);
        PgConnection& db = login == u"admin" ? *m_admin : *m_operator;
        const qint64 audited = auditRows();
        const StoreError error = refusalOf(db, sql, params);
        QCOMPARE(error.sqlState(), state);
        QVERIFY2(error.message().startsWith(message), qPrintable(error.message().left(300)));
        QVERIFY2(error.message().size() < 1000, "the refusal repeats the hostile value");
        QCOMPARE(auditRows(), audited);
        QCOMPARE(db.exec(u"SELECT 1"_s).toInt(0, 0), 1);
    }

    // Every function an operator or admin may run (the catalog says which) was given hostile
    // values above: one added later without rows here fails.
    void everyAuditedActionIsTried()
    {
        QSet<QString> tried;
        cases([&tried](const char*) { return FunctionsCalled{&tried}; });
        const PgResult actions =
            m_owner->exec(u"SELECT DISTINCT p.proname FROM pg_proc AS p"
                          " WHERE p.pronamespace = 'payops'::regnamespace"
                          " AND (has_function_privilege('payops_operator', p.oid, 'EXECUTE')"
                          "      OR has_function_privilege('payops_admin', p.oid, 'EXECUTE'))"
                          " AND NOT has_function_privilege('payops_viewer', p.oid, 'EXECUTE')"
                          " ORDER BY 1"_s);
        QVERIFY(actions.rows() >= 13);
        for (int row = 0; row < actions.rows(); ++row)
            QVERIFY2(tried.contains(actions.text(row, 0)), qPrintable(actions.text(row, 0)));
    }

    // Quotes, backslashes, SQL and control characters in a value are data: stored as given.
    void quotesAndSqlAreStoredVerbatim()
    {
        const QString hostile =
            u"it's \"fine\"'); DROP TABLE payops.audit_log; -- \\ $1 %s \t\u00e9\U0001F600"_s;
        const qint64 mute = m_operator
                                ->exec(u"SELECT payops.mute(jsonb_build_object('issuer', $1::text),"
                                       " now() + interval '1 hour', $1)"_s,
                                       {hostile})
                                .toInt(0, 0);
        const PgResult audit =
            m_owner->exec(u"SELECT reason, after -> 'matchers' ->> 'issuer' FROM payops.audit_log"
                          " WHERE target = $1"_s,
                          {u"mute:%1"_s.arg(mute)});
        QCOMPARE(audit.rows(), 1);
        QCOMPARE(audit.text(0, 0), hostile);
        QCOMPARE(audit.text(0, 1), hostile);
        QVERIFY(m_owner->exec(u"SELECT to_regclass('payops.audit_log') IS NOT NULL"_s)
                    .value(0, 0)
                    .toBool());
    }

private:
    // The rows of refusedNamingTheField, each given to row(name) as login, sql, params, state
    // and message.
    template<typename Row> static void cases(Row row)
    {
        const QString reason1000 = u"reason: must be at most 1000 characters"_s;
        const QString op = u"operator"_s;
        const QString admin = u"admin"_s;
        const QString bad = u"22023"_s;

        // Operator actions.
        row("retry_delivery reason 10 MB") << op << u"SELECT payops.retry_delivery(1, $1)"_s
                                           << QVariantList{tenMegabytes} << bad << reason1000;
        row("retry_delivery negative id")
            << op << u"SELECT payops.retry_delivery($1, 'x')"_s << QVariantList{qint64(-1)}
            << u"P0002"_s << u"delivery_id: no delivery with id -1"_s;
        row("retry_delivery id beyond bigint")
            << op << u"SELECT payops.retry_delivery($1, 'x')"_s
            << QVariantList{u"99999999999999999999"_s} << u"22003"_s
            << u"value \"99999999999999999999\" is out of range for type bigint"_s;
        row("retry_deliveries merchant_id 10 MB")
            << op << u"SELECT payops.retry_deliveries('x', merchant_id => $1)"_s
            << QVariantList{tenMegabytes} << bad
            << u"merchant_id: must be at most 200 characters"_s;
        row("retry_deliveries state 10 MB")
            << op << u"SELECT payops.retry_deliveries('x', state => $1)"_s
            << QVariantList{tenMegabytes} << bad
            << u"state: must be one of pending, failed, dead, succeeded"_s;
        row("mute reason 10 MB")
            << op
            << u"SELECT payops.mute('{\"issuer\": \"HDFC\"}', now() + interval '1 hour', $1)"_s
            << QVariantList{tenMegabytes} << bad << reason1000;
        row("mute matcher value 10 MB")
            << op
            << u"SELECT payops.mute(jsonb_build_object('issuer', $1::text),"
               " now() + interval '1 hour', 'x')"_s
            << QVariantList{tenMegabytes} << bad
            << u"matchers.issuer: must be at most 200 characters"_s;
        row("mute matcher name 10 MB")
            << op
            << u"SELECT payops.mute(jsonb_build_object($1::text, 'HDFC'),"
               " now() + interval '1 hour', 'x')"_s
            << QVariantList{tenMegabytes} << bad
            << u"matchers: unknown field of 10000000 characters (expected one of: rule_id, method,"
               " issuer, network, card_type, gateway, merchant_id)"_s;
        row("mute matcher rule_id negative")
            << op << u"SELECT payops.mute('{\"rule_id\": -5}', now() + interval '1 hour', 'x')"_s
            << QVariantList{} << bad
            << u"matchers.rule_id: must be an integer from 1 to 9223372036854775807"_s;
        row("mute matcher rule_id 1e400")
            << op << u"SELECT payops.mute($1::jsonb, now() + interval '1 hour', 'x')"_s
            << QVariantList{u"{\"rule_id\": 1e400}"_s} << bad
            << u"matchers.rule_id: must be an integer from 1 to 9223372036854775807"_s;
        row("mute forever") << op
                            << u"SELECT payops.mute('{\"issuer\": \"HDFC\"}', 'infinity', 'x')"_s
                            << QVariantList{} << bad << u"ends_at: must be a finite time"_s;
        row("mute since the beginning of time")
            << op
            << u"SELECT payops.mute('{\"issuer\": \"HDFC\"}', now() + interval '1 hour',"
               " 'x', '-infinity')"_s
            << QVariantList{} << bad << u"starts_at: must be a finite time"_s;
        row("end_mute reason 10 MB") << op << u"SELECT payops.end_mute(1, $1)"_s
                                     << QVariantList{tenMegabytes} << bad << reason1000;
        row("label_downtime note 10 MB")
            << op << u"SELECT payops.label_downtime(1, 'true_positive', $1)"_s
            << QVariantList{tenMegabytes} << bad << u"note: must be at most 2000 characters"_s;
        row("label_downtime label 10 MB")
            << op << u"SELECT payops.label_downtime(1, $1)"_s << QVariantList{tenMegabytes} << bad
            << u"label: must be true_positive, false_positive, or null to clear"_s;
        row("requeue_cashback reason 10 MB") << op << u"SELECT payops.requeue_cashback(1, $1)"_s
                                             << QVariantList{tenMegabytes} << bad << reason1000;

        // Admin actions.
        row("save_rule name 10 MB")
            << admin << u"SELECT payops.save_rule(NULL, $1, '{}', 'x')"_s
            << QVariantList{tenMegabytes} << bad << u"name: must be at most 200 characters"_s;
        row("save_rule comment 10 MB")
            << admin << u"SELECT payops.save_rule(NULL, 'n', '{}', $1)"_s
            << QVariantList{tenMegabytes} << bad << u"comment: must be at most 2000 characters"_s;
        row("save_rule definition 10 MB")
            << admin
            << u"SELECT payops.save_rule(NULL, 'n', jsonb_build_object('x', $1::text), 'c')"_s
            << QVariantList{tenMegabytes} << bad
            << u"definition: must be at most 100000 characters of JSON"_s;
        row("save_rule NaN threshold")
            << admin << u"SELECT payops.save_rule(NULL, 'n', $1::jsonb, 'c')"_s
            << QVariantList{u"{\"open_below\": NaN}"_s} << u"22P02"_s
            << u"invalid input syntax for type json"_s;
        row("save_endpoint url 10 MB")
            << admin << u"SELECT payops.save_endpoint(NULL, 'm', $1, '{}', $2)"_s
            << QVariantList{tenMegabytes, secret} << bad
            << u"url: must be at most 2048 characters"_s;
        row("save_endpoint merchant_id 10 MB")
            << admin << u"SELECT payops.save_endpoint(NULL, $1, 'https://m.example', '{}', $2)"_s
            << QVariantList{tenMegabytes, secret} << bad
            << u"merchant_id: must be at most 200 characters"_s;
        row("save_endpoint event type 10 MB")
            << admin
            << u"SELECT payops.save_endpoint(NULL, 'm', 'https://m.example', ARRAY[$1::text], $2)"_s
            << QVariantList{tenMegabytes, secret} << bad
            << u"event_types: an event type of 10000000 characters (at most 100)"_s;
        row("save_endpoint description 10 MB")
            << admin
            << u"SELECT payops.save_endpoint(NULL, 'm', 'https://m.example', '{}', $2, $1)"_s
            << QVariantList{tenMegabytes, secret} << bad
            << u"description: must be at most 1000 characters"_s;
        row("save_endpoint secret 10 MB")
            << admin << u"SELECT payops.save_endpoint(NULL, 'm', 'https://m.example', '{}', $1)"_s
            << QVariantList{QVariant(u"whsec_"_s + QString(10'000'000, u'A'))} << bad
            << u"secret: must encode 24 to 64 random bytes (this one has 7500000)"_s;
        row("set_endpoint_enabled reason 10 MB")
            << admin << u"SELECT payops.set_endpoint_enabled(1, false, $1)"_s
            << QVariantList{tenMegabytes} << bad << reason1000;
        row("set_endpoint_limits negative")
            << admin << u"SELECT payops.set_endpoint_limits(1, -5, NULL, 'x')"_s << QVariantList{}
            << bad << u"max_in_flight: must be from 1 to 100000"_s;
        row("set_endpoint_limits enormous rate")
            << admin << u"SELECT payops.set_endpoint_limits(1, 10, 2147483647, 'x')"_s
            << QVariantList{} << bad
            << u"rate_per_second: must be from 1 to 1000000, or null for no limit"_s;
        row("set_endpoint_limits beyond integer")
            << admin << u"SELECT payops.set_endpoint_limits(1, $1, NULL, 'x')"_s
            << QVariantList{u"4294967296"_s} << u"22003"_s
            << u"value \"4294967296\" is out of range for type integer"_s;
        row("save_merchant_group merchant 10 MB")
            << admin << u"SELECT payops.save_merchant_group('g', ARRAY['m_1', $1::text], 'x')"_s
            << QVariantList{tenMegabytes} << bad
            << u"merchant_ids: a merchant id of 10000000 characters (at most 200)"_s;
        row("save_merchant_group name 10 MB")
            << admin << u"SELECT payops.save_merchant_group($1, ARRAY['m_1'], 'x')"_s
            << QVariantList{tenMegabytes} << bad << u"name: must be at most 200 characters"_s;
        const QString campaign =
            u"SELECT payops.save_campaign(NULL, 'c', $1, $2::numeric, 5000, 0, 'INR', now(),"
            " now() + interval '1 day', true, $3, NULL, 'day')"_s;
        const QString percentMessage =
            u"percent: must be greater than 0 and at most 100, with at most two decimals"_s;
        for (const char* percent : {"NaN", "Infinity", "-Infinity", "-2", "1e30"}) {
            row(qPrintable(u"save_campaign percent "_s + QLatin1String(percent)))
                << admin << campaign
                << QVariantList{u"m_1"_s, QString::fromLatin1(percent), QVariant()} << bad
                << percentMessage;
        }
        row("save_campaign merchant group 10 MB")
            << admin << campaign << QVariantList{QVariant(), u"2"_s, tenMegabytes} << bad
            << u"merchant_group: must be at most 200 characters"_s;
        row("save_campaign merchant 10 MB")
            << admin << campaign << QVariantList{tenMegabytes, u"2"_s, QVariant()} << bad
            << u"merchant_id: must be at most 200 characters"_s;
        row("set_campaign_enabled reason 10 MB")
            << admin << u"SELECT payops.set_campaign_enabled(1, false, $1)"_s
            << QVariantList{tenMegabytes} << bad << reason1000;

        // Invalid UTF-8 never reaches a function: the server refuses the bytes.
        row("retry_delivery reason invalid UTF-8")
            << op << u"SELECT payops.retry_delivery(1, $1::text)"_s << QVariantList{invalidUtf8}
            << u"22021"_s << u"invalid byte sequence for encoding \"UTF8\": 0xff"_s;
        row("mute reason invalid UTF-8")
            << op
            << u"SELECT payops.mute('{\"issuer\": \"HDFC\"}', now() + interval '1 hour',"
               " $1::text)"_s
            << QVariantList{invalidUtf8} << u"22021"_s
            << u"invalid byte sequence for encoding \"UTF8\": 0xff"_s;
        // A NUL would cut the text short unseen (libpq sends text up to it): refused whole.
        row("retry_delivery reason with a NUL")
            << op << u"SELECT payops.retry_delivery(1, $1)"_s
            << QVariantList{QString(u"merchant asked\0; DROP TABLE x"_s)} << u"22021"_s
            << u"parameter $1 contains a NUL character, which PostgreSQL text cannot hold"_s;
        row("save_rule name invalid UTF-8")
            << admin << u"SELECT payops.save_rule(NULL, $1::text, '{}', 'x')"_s
            << QVariantList{invalidUtf8} << u"22021"_s
            << u"invalid byte sequence for encoding \"UTF8\": 0xff"_s;
    }

    qint64 auditRows()
    {
        return m_owner->exec(u"SELECT count(*) FROM payops.audit_log"_s).toInt(0, 0);
    }

    std::optional<TestStore> m_store;
    std::optional<PgConnection> m_owner;
    std::optional<PgConnection> m_operator;
    std::optional<PgConnection> m_admin;
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"
