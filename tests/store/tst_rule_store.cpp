// Saving rules through payops.save_rule as the console does (RuleListQuery::save): a bad field
// is refused with the same "field: reason" as DetectionRule::parse and nothing is saved; each
// save is a new version with its comment and author, audited; viewers and operators cannot
// save a rule even by calling the function.
#include "TestStore.h"
#include "detect/DetectionRule.h"
#include "rules/RuleListQuery.h"
#include "rules/RuleVersionDiff.h"
#include "store/PgConnection.h"
#include "store/StoreError.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject definition(double openBelow = 0.8)
{
    QJsonObject d = QJsonDocument::fromJson(R"({
      "cohort":{"filters":{"method":"upi"},"group_by":["issuer"]},
      "window":{"kind":"time","size_seconds":300,"step_seconds":30},"min_volume":20,
      "recover_above":0.9,"open_after":2,"resolve_after":2,
      "severity":[{"name":"critical","below":0.5},{"name":"minor","below":0.75}]})")
                        .object();
    d[u"open_below"_s] = openBelow;
    return d;
}

} // namespace

class TestRuleStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_store = std::make_unique<TestStore>(u"rule_store"_s); }
    void cleanupTestCase() { m_store.reset(); }

    void aBadFieldIsRefusedWithTheEditorsMessage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("open_below")
            << u"r"_s << u"c"_s << u"open_below"_s << QJsonValue(1.5)
            << u"open_below: must be a number greater than 0 and at most 1"_s;
        QTest::newRow("recover_above")
            << u"r"_s << u"c"_s << u"recover_above"_s << QJsonValue(0.7)
            << u"recover_above: must be greater than open_below (hysteresis)"_s;
        QTest::newRow("min_volume") << u"r"_s << u"c"_s << u"min_volume"_s << QJsonValue(u"many"_s)
                                    << u"min_volume: must be an integer from 1 to 1000000000"_s;
        QTest::newRow("comment") << u"r"_s << u"  "_s << QString() << QJsonValue()
                                 << u"comment: must not be empty"_s;
        QTest::newRow("name") << QString() << u"c"_s << QString() << QJsonValue()
                              << u"name: must not be empty"_s;
    }
    void aBadFieldIsRefusedWithTheEditorsMessage()
    {
        QFETCH(QString, name);
        QFETCH(QString, comment);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject d = definition();
        if (!field.isEmpty()) {
            d[field] = value;
            QString parsed;
            QVERIFY(!DetectionRule::parse(0, 1, name, d, &parsed));
            QCOMPARE(parsed, message);
        }
        PgConnection db = PgConnection::open(m_store->dsnAs(u"admin"_s));
        const qint64 before = db.exec(u"SELECT count(*) FROM payops.rules"_s).toInt(0, 0);
        QString refusal;
        try {
            const Query q = RuleListQuery::save(0, name, d, comment, true);
            db.exec(q.sql, q.params);
        } catch (const StoreError& error) {
            refusal = error.message();
            QCOMPARE(error.sqlState(), u"22023"_s);
        }
        QCOMPARE(refusal, message);
        QCOMPARE(db.exec(u"SELECT count(*) FROM payops.rules"_s).toInt(0, 0), before);
    }

    void savingTwiceMakesTwoVersions()
    {
        PgConnection db = PgConnection::open(m_store->dsnAs(u"admin"_s));
        Query q = RuleListQuery::save(0, u"upi issuers"_s, definition(0.8), u"first"_s, true);
        PgResult first = db.exec(q.sql, q.params);
        const qint64 id = first.toInt(0, 0);
        QCOMPARE(first.toInt(0, 1), 1);
        q = RuleListQuery::save(id, u"upi issuers"_s, definition(0.78), u"less noisy"_s, true);
        PgResult second = db.exec(q.sql, q.params);
        QCOMPARE(second.toInt(0, 0), id);
        QCOMPARE(second.toInt(0, 1), 2);

        q = RuleListQuery::versions(id);
        PgResult versions = db.exec(q.sql, q.params);
        QCOMPARE(versions.rows(), 2);
        QCOMPARE(versions.toInt(0, 0), 2); // newest first
        QCOMPARE(versions.text(0, 4), u"less noisy"_s);
        QCOMPARE(versions.text(0, 5), u"admin"_s);
        QCOMPARE(versions.text(1, 4), u"first"_s);
        const auto content = [&versions](int row) {
            return RuleVersionDiff::Version{
                versions.text(row, 1), versions.text(row, 2) == u"t",
                QJsonDocument::fromJson(versions.text(row, 3).toUtf8()).object()};
        };
        QCOMPARE(RuleVersionDiff::changedPaths(RuleVersionDiff::compare(content(1), content(0))),
                 QStringList{u"open_below"_s});

        PgResult audit = db.exec(u"SELECT actor, reason FROM payops.audit_log"
                                 " WHERE action = 'save_rule' AND target = $1 ORDER BY id"_s,
                                 {QVariant(u"rule:"_s + QString::number(id))});
        QCOMPARE(audit.rows(), 2);
        QCOMPARE(audit.text(0, 0), u"admin"_s);
        QCOMPARE(audit.text(1, 1), u"less noisy"_s);
    }

    void viewersAndOperatorsCannotSaveARule_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("viewer") << u"viewer"_s;
        QTest::newRow("operator") << u"operator"_s;
    }
    void viewersAndOperatorsCannotSaveARule()
    {
        QFETCH(QString, login);
        PgConnection owner = PgConnection::open(m_store->ownerDsn());
        const qint64 ruleId = owner.exec(u"SELECT min(rule_id) FROM payops.rules"_s).toInt(0, 0);
        const QString before = owner.exec(u"SELECT count(*) FROM payops.rules"_s).text(0, 0);
        PgConnection db = PgConnection::open(m_store->dsnAs(login));
        for (qint64 id : {qint64(0), ruleId}) {
            QString sqlState;
            try {
                const Query q =
                    RuleListQuery::save(id, u"mine"_s, definition(), u"sneaky"_s, false);
                db.exec(q.sql, q.params);
            } catch (const StoreError& error) {
                sqlState = error.sqlState();
            }
            QCOMPARE(sqlState, u"42501"_s); // insufficient_privilege
        }
        QCOMPARE(owner.exec(u"SELECT count(*) FROM payops.rules"_s).text(0, 0), before);
        // Reading the rules is allowed.
        const Query list = RuleListQuery::current();
        QVERIFY(db.exec(list.sql, list.params).rows() > 0);
    }

private:
    std::unique_ptr<TestStore> m_store;
};

QTEST_GUILESS_MAIN(TestRuleStore)
#include "tst_rule_store.moc"
