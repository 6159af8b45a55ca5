// Every operator action the console sends is a Query::Purpose::Action, so that with a read
// store (--read-dsn) it goes to the primary: a replica refuses writes. The list is held against
// the catalog: an operator or admin function the console's sources call without a builder
// here fails, so a new action cannot be forgotten.
#include "TestStore.h"
#include "cashback/CampaignListQuery.h"
#include "cashback/CashbackFlowQuery.h"
#include "deliveries/DeliveryRetryQuery.h"
#include "deliveries/EndpointHealthQuery.h"
#include "downtimes/DowntimeQuery.h"
#include "downtimes/MuteQuery.h"
#include "rules/RuleListQuery.h"
#include "store/PgConnection.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QMultiMap>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The console's operator actions, by the payops function each calls.
QMultiMap<QString, Query> consoleActions()
{
    DeliverySearchFilter filter;
    filter.merchantId = u"m1"_s;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {
        {u"retry_delivery"_s, DeliveryRetryQuery::retryOne(1, u"r"_s)},
        {u"retry_deliveries"_s, DeliveryRetryQuery::retryMatching(filter, u"r"_s)},
        {u"mute"_s, MuteQuery::create(QJsonObject{{u"issuer"_s, u"x"_s}}, {}, now, u"r"_s)},
        {u"end_mute"_s, MuteQuery::end(1, u"r"_s)},
        {u"label_downtime"_s, DowntimeQuery::label(1, u"planned"_s, u"n"_s)},
        {u"save_rule"_s, RuleListQuery::save(1, u"rule"_s, {}, u"c"_s, true)},
        {u"save_campaign"_s, CampaignListQuery::save({})},
        {u"set_endpoint_enabled"_s, EndpointHealthQuery::setEnabled(1, true, u"r"_s)},
        {u"requeue_cashback"_s, CashbackFlowQuery::requeue(1, u"r"_s)},
    };
}

// The payops functions the sources below dir call, with the file that calls each.
QMultiMap<QString, QString> functionsCalledUnder(const QString& dir)
{
    static const QRegularExpression called(u"payops\\.([a-z_]+)\\("_s);
    QMultiMap<QString, QString> calls;
    QDirIterator files(dir, {u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (const QRegularExpressionMatch& m : called.globalMatch(text))
            calls.insert(m.captured(1), file.fileName());
    }
    return calls;
}

} // namespace

class TestActionPurpose : public QObject
{
    Q_OBJECT
private slots:
    void everyConsoleActionGoesToThePrimary()
    {
        const QMultiMap<QString, Query> actions = consoleActions();
        for (auto it = actions.cbegin(); it != actions.cend(); ++it) {
            QVERIFY2(it.value().sql.contains(u"payops.%1("_s.arg(it.key())), qPrintable(it.key()));
            QVERIFY2(it.value().purpose == Query::Purpose::Action, qPrintable(it.key()));
        }
        // The count the operator confirms before a bulk retry is the primary's too.
        DeliverySearchFilter filter;
        filter.state = u"failed"_s;
        QVERIFY(DeliveryRetryQuery::countMatching(filter).purpose == Query::Purpose::Fresh);
    }

    void theCatalogsActionsCalledByTheConsoleAreAllListed()
    {
        TestStore store(u"action_purpose"_s);
        PgConnection owner = PgConnection::open(store.ownerDsn());
        const PgResult catalog =
            owner.exec(u"SELECT DISTINCT p.proname FROM pg_proc AS p"
                       " WHERE p.pronamespace = 'payops'::regnamespace"
                       " AND (has_function_privilege('payops_operator', p.oid, 'EXECUTE')"
                       "      OR has_function_privilege('payops_admin', p.oid, 'EXECUTE'))"
                       " AND NOT has_function_privilege('payops_viewer', p.oid, 'EXECUTE')"_s);
        QVERIFY(catalog.rows() >= 13);
        QSet<QString> auditedFunctions;
        for (int row = 0; row < catalog.rows(); ++row)
            auditedFunctions.insert(catalog.text(row, 0));

        const QMultiMap<QString, Query> actions = consoleActions();
        for (const QString& listed : actions.uniqueKeys())
            QVERIFY2(auditedFunctions.contains(listed), qPrintable(listed));
        const QString source = qEnvironmentVariable("PAYOPS_SOURCE_DIR");
        QVERIFY(!source.isEmpty());
        int checked = 0;
        for (const QString& dir : {u"core"_s, u"models"_s, u"widgets"_s}) {
            const QMultiMap<QString, QString> calls = functionsCalledUnder(source + u'/' + dir);
            for (auto it = calls.cbegin(); it != calls.cend(); ++it) {
                if (!auditedFunctions.contains(it.key()))
                    continue;
                QVERIFY2(actions.contains(it.key()),
                         qPrintable(u"%1 (called in %2)"_s.arg(it.key(), it.value())));
                ++checked;
            }
        }
        QVERIFY(checked >= actions.uniqueKeys().size());
    }
};

QTEST_GUILESS_MAIN(TestActionPurpose)
#include "tst_action_purpose.moc"
