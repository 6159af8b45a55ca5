// The Rules tab's models over a real store, under QAbstractItemModelTester: the rule list
// (cohort and window in words, thresholds, cohorts watched in the last hour, downtimes opened
// in the last 7 days), a rule's versions, and the comparison of two versions.
#include "RuleDiffModel.h"
#include "RuleListModel.h"
#include "RuleVersionsModel.h"
#include "TestStore.h"
#include "rules/RuleListQuery.h"
#include "store/PgConnection.h"
#include "store/StoreClient.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRuleModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_store = std::make_unique<TestStore>(u"rule_models"_s);
        PgConnection db = PgConnection::open(m_store->ownerDsn());
        m_methodRule =
            db.exec(u"SELECT rule_id FROM payops.rules WHERE name = 'Method'"_s).toInt(0, 0);
        // Three cohorts with windows in the last hour (one of them with many), one only two
        // hours ago; downtimes: two this week, one ten days ago.
        db.exec(uR"sql(
INSERT INTO payops.sr_windows (rule_id, rule_version, cohort, cohort_key, window_start,
                               window_end, attempts, successes)
SELECT $1::bigint, 1, jsonb_build_object('method', m), 'method=' || m,
       now() - ago - interval '60 s', now() - ago, 100, 90
  FROM (VALUES ('card', interval '1 min'), ('card', interval '2 min'),
               ('card', interval '50 min'), ('upi', interval '30 min'),
               ('wallet', interval '59 min'), ('netbanking', interval '2 hours'))
       AS c(m, ago))sql"_s,
                {m_methodRule});
        db.exec(uR"sql(
INSERT INTO payops.downtimes (rule_id, rule_version, cohort, cohort_key, started_at,
                              resolved_at, resolved_reason, severity, lowest_sr, volume)
VALUES ($1::bigint, 1, '{"method":"upi"}', 'method=upi', now() - interval '3 days',
        now() - interval '3 days' + interval '5 min', 'recovered', 'minor', 0.7, 900),
       ($1::bigint, 1, '{"method":"upi"}', 'method=upi', now() - interval '1 hour', NULL,
        NULL, 'critical', 0.2, 300),
       ($1::bigint, 1, '{"method":"card"}', 'method=card', now() - interval '10 days',
        now() - interval '10 days' + interval '5 min', 'recovered', 'major', 0.5, 500))sql"_s,
                {m_methodRule});
        m_client = std::make_unique<StoreClient>();
        m_client->open(m_store->dsnAs(u"viewer"_s));
    }
    void cleanupTestCase()
    {
        m_client.reset();
        m_store.reset();
    }

    void listsEveryRuleInWords()
    {
        RuleListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(run(RuleListQuery::current()));
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        PgConnection db = PgConnection::open(m_store->ownerDsn());
        QCOMPARE(model.rowCount(),
                 int(db.exec(u"SELECT count(*) FROM payops.current_rules"_s).toInt(0, 0)));
        const int row = model.rowOf(m_methodRule);
        QVERIFY(row >= 0);
        QCOMPARE(text(model, row, RuleListModel::NameColumn), u"Method"_s);
        QCOMPARE(text(model, row, RuleListModel::EnabledColumn), u"yes"_s);
        QCOMPARE(text(model, row, RuleListModel::CohortColumn), u"per method"_s);
        QCOMPARE(text(model, row, RuleListModel::WindowColumn), u"1 min every 10 s"_s);
        QCOMPARE(text(model, row, RuleListModel::ThresholdsColumn),
                 u"open below 80 % · recover above 88 %"_s);
        QCOMPARE(text(model, row, RuleListModel::WatchedColumn), u"3"_s);
        QCOMPARE(text(model, row, RuleListModel::OpenedColumn), u"2"_s);
        QCOMPARE(text(model, row, RuleListModel::VersionColumn), u"1"_s);
        const int issuers = model.rowOf(
            db.exec(u"SELECT rule_id FROM payops.rules WHERE name = 'Method × issuer'"_s)
                .toInt(0, 0));
        QCOMPARE(text(model, issuers, RuleListModel::CohortColumn), u"per method × issuer"_s);
        QCOMPARE(text(model, issuers, RuleListModel::WatchedColumn), u"0"_s);
    }

    void filtersAndCountWindowsInWords()
    {
        PgConnection db = PgConnection::open(m_store->dsnAs(u"admin"_s));
        const QJsonObject d = QJsonDocument::fromJson(R"({
          "cohort":{"filters":{"method":"card","issuer":["HDFC","ICICI"]},
                    "group_by":["network"]},
          "window":{"kind":"count","n":200},"min_volume":50,"open_below":0.75,
          "recover_above":0.9,"open_after":1,"resolve_after":1,
          "severity":[{"name":"minor","below":0.75}]})")
                                  .object();
        const Query save = RuleListQuery::save(0, u"cards"_s, d, u"try"_s, false);
        const qint64 id = db.exec(save.sql, save.params).toInt(0, 0);
        RuleListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(run(RuleListQuery::current()));
        const int row = model.rowOf(id);
        QCOMPARE(text(model, row, RuleListModel::CohortColumn),
                 u"method = card; issuer in HDFC, ICICI; per network"_s);
        QCOMPARE(text(model, row, RuleListModel::WindowColumn), u"last 200 payments"_s);
        QCOMPARE(text(model, row, RuleListModel::EnabledColumn), u"no"_s);
    }

    void versionsAndTheirComparison()
    {
        PgConnection db = PgConnection::open(m_store->dsnAs(u"admin"_s));
        PgResult current = db.exec(u"SELECT name, definition::text FROM payops.current_rules"
                                   " WHERE rule_id = $1"_s,
                                   {m_methodRule});
        QJsonObject d = QJsonDocument::fromJson(current.text(0, 1).toUtf8()).object();
        d[u"min_volume"_s] = 150;
        const Query save = RuleListQuery::save(m_methodRule, current.text(0, 0), d,
                                               u"more volume before judging"_s, true);
        db.exec(save.sql, save.params);

        RuleVersionsModel versions;
        QAbstractItemModelTester tester(&versions,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        versions.setResult(run(RuleListQuery::versions(m_methodRule)));
        QVERIFY2(versions.error().isEmpty(), qPrintable(versions.error()));
        QCOMPARE(versions.rowCount(), 2);
        QCOMPARE(text(versions, 0, RuleVersionsModel::VersionColumn), u"2"_s);
        QCOMPARE(text(versions, 0, RuleVersionsModel::AuthorColumn), u"admin"_s);
        QCOMPARE(text(versions, 0, RuleVersionsModel::CommentColumn),
                 u"more volume before judging"_s);
        // the language's short date and the local time (DisplayFormat), version 2 saved just now
        const QString saved = text(versions, 0, RuleVersionsModel::TimeColumn);
        QVERIFY2(saved.startsWith(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)),
                 qPrintable(saved));
        QVERIFY(!saved.contains(u"UTC"));
        QCOMPARE(text(versions, 1, RuleVersionsModel::CommentColumn),
                 u"default rule set (migration 008)"_s);

        RuleDiffModel diff;
        QAbstractItemModelTester diffTester(&diff,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        diff.compare(1, versions.version(1).content, 2, versions.version(0).content);
        QStringList changed;
        for (int row = 0; row < diff.rowCount(); ++row)
            if (diff.data(diff.index(row, 0), RuleDiffModel::ChangedRole).toBool())
                changed << text(diff, row, RuleDiffModel::FieldColumn) + u": "_s +
                               text(diff, row, RuleDiffModel::LeftColumn) + u" → "_s +
                               text(diff, row, RuleDiffModel::RightColumn);
        QCOMPARE(changed, QStringList{u"min_volume: 100 → 150"_s});
        QCOMPARE(diff.headerData(RuleDiffModel::RightColumn, Qt::Horizontal).toString(),
                 u"Version 2"_s);
        QVERIFY(diff.rowCount() > 10);
        diff.clear();
        QCOMPARE(diff.rowCount(), 0);
    }

private:
    QueryResult run(const Query& query)
    {
        if (!QTest::qWaitFor(
                [this] { return m_client->state().kind == ConnectionState::Connected; }, 20000))
            return QueryResult{{}, {}, 0, u"not connected"_s, {}, false};
        QueryResult result;
        bool done = false;
        m_client->run(query, nullptr, [&](const QueryResult& r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, 20000))
            result.error = u"no answer"_s;
        return result;
    }
    static QString text(const QAbstractItemModel& model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<StoreClient> m_client;
    qint64 m_methodRule = 0;
};

QTEST_MAIN(TestRuleModels)
#include "tst_rule_models.moc"
