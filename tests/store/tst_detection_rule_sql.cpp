// DetectionRule::parse and payops.check_rule_definition (003_checks.sql) refuse the same
// definitions with the same "field: reason", and accept the same valid one.
#include "../unit/DetectorFixture.h"
#include "TestStore.h"
#include "store/PgConnection.h"
#include "store/StoreError.h"

#include <QJsonDocument>
#include <QTest>

using namespace DetectorFixture;
using namespace Qt::StringLiterals;

class TestDetectionRuleSql : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_store = std::make_unique<TestStore>(u"detection_rule_sql"_s); }
    void cleanupTestCase() { m_store.reset(); }
    void acceptsTheValidDefinition()
    {
        PgConnection db = PgConnection::open(m_store->dsnAs(u"engine"_s));
        db.exec(u"SELECT payops.check_rule_definition($1::jsonb)"_s, {json(validDefinition())});
        QVERIFY(DetectionRule::parse(1, 1, u"r"_s, validDefinition(), nullptr));
    }
    void refusesAlike_data()
    {
        QTest::addColumn<QJsonObject>("definition");
        QTest::addColumn<QString>("message");
        for (const RuleRefusal& refusal : ruleRefusals())
            QTest::newRow(refusal.tag) << refusal.definition << refusal.message;
    }
    void refusesAlike()
    {
        QFETCH(QJsonObject, definition);
        QFETCH(QString, message);
        PgConnection db = PgConnection::open(m_store->dsnAs(u"engine"_s));
        QString sqlMessage;
        try {
            db.exec(u"SELECT payops.check_rule_definition($1::jsonb)"_s, {json(definition)});
        } catch (const StoreError& error) {
            sqlMessage = error.message();
            QCOMPARE(error.sqlState(), u"22023"_s);
        }
        QCOMPARE(sqlMessage, message);
        QString parseMessage;
        QVERIFY(!DetectionRule::parse(1, 1, u"r"_s, definition, &parseMessage));
        QCOMPARE(parseMessage, sqlMessage);
    }

private:
    static QString json(const QJsonObject& object)
    {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    std::unique_ptr<TestStore> m_store;
};

QTEST_GUILESS_MAIN(TestDetectionRuleSql)
#include "tst_detection_rule_sql.moc"
