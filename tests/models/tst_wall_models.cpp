#include "CohortDowntimesModel.h"
#include "WallCohortsModel.h"
#include "WallFixture.h"
#include "WallTilesModel.h"
#include "store/StoreClient.h"
#include "wall/WallCohortsQuery.h"
#include "wall/WallTilesQuery.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWallModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_fixture = std::make_unique<WallFixture>(u"wall_models"_s);
        m_fixture->seedStandard();
        m_client = std::make_unique<StoreClient>();
        m_client->open(m_fixture->store().dsnAs(u"viewer"_s));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_fixture.reset();
    }

    void chartsWorstFirst()
    {
        WallCohortsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(run(WallCohortsQuery::build(WallRange::Minutes15)));
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        // Open critical first, then open minor, then the lowest current SR (the muted
        // downtime does not count), and issuer=OLD has no window in the last 15 minutes;
        // issuer=TINY's windows are all under the rule's minimum volume.
        QCOMPARE(labels(model),
                 (QStringList{u"upi"_s, u"HDFC"_s, u"wallet"_s, u"card"_s, u"ICICI"_s}));
        QCOMPARE(text(model, 0, WallCohortsModel::RuleColumn), u"methods"_s);
        QCOMPARE(text(model, 0, WallCohortsModel::CurrentSrColumn), u"40.0 %"_s);
        QCOMPARE(text(model, 0, WallCohortsModel::ThresholdColumn), u"85.0 %"_s);
        QCOMPARE(text(model, 0, WallCohortsModel::SeverityColumn), u"critical"_s);
        QCOMPARE(model.data(model.index(0, 0), WallCohortsModel::SeverityRankRole).toInt(), 1);
        QCOMPARE(text(model, 1, WallCohortsModel::SeverityColumn), u"minor"_s);
        QCOMPARE(model.data(model.index(1, 0), WallCohortsModel::SeverityRankRole).toInt(), 2);
        QCOMPARE(text(model, 2, WallCohortsModel::SeverityColumn), QString());

        const auto series =
            model.data(model.index(0, 0), WallCohortsModel::SeriesRole).value<QList<WallPoint>>();
        QVERIFY2(series.size() >= 89 && series.size() <= 91,
                 qPrintable(QString::number(series.size())));
        QCOMPARE(series.last().sr, 0.4);
        QCOMPARE(series.first().sr, 0.96);
        QVERIFY(
            std::is_sorted(series.begin(), series.end(),
                           [](const WallPoint& a, const WallPoint& b) { return a.atMs < b.atMs; }));
        QVERIFY(qAbs(series.last().atMs - model.asOf().toMSecsSinceEpoch()) <= 10'000);

        const auto wallet = model.data(model.index(2, 0), WallCohortsModel::DowntimesRole)
                                .value<QList<WallDowntime>>();
        QCOMPARE(wallet.size(), 1);
        QVERIFY(wallet.first().muted);
        QVERIFY(wallet.first().isOpen());
        QCOMPARE(wallet.first().severity, u"major"_s);
        QCOMPARE(wallet.first().rank, 2);
        const auto icici = model.data(model.index(4, 0), WallCohortsModel::DowntimesRole)
                               .value<QList<WallDowntime>>();
        QCOMPARE(icici.size(), 1);
        QVERIFY(!icici.first().isOpen());
        QCOMPARE(icici.first().rank, 1);
    }

    void longRangesAreDownsampled()
    {
        WallCohortsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(run(WallCohortsQuery::build(WallRange::Hours6)));
        QVERIFY(labels(model).contains(u"OLD"_s));
        const int card = model.rowOf(QString::number(m_fixture->methodsRule) + u"/method=card"_s);
        QVERIFY(card >= 0);
        const auto series = model.cohort(card).series;
        // 721 windows of 10 s in 2 hours, in buckets of 72 s.
        QVERIFY2(series.size() >= 100 && series.size() <= 102,
                 qPrintable(QString::number(series.size())));
        for (const WallPoint& point : series)
            QCOMPARE(point.sr, 0.95);

        model.setResult(run(WallCohortsQuery::build(WallRange::Hour1)));
        QVERIFY(
            model.cohort(model.rowOf(QString::number(m_fixture->methodsRule) + u"/method=card"_s))
                .series.size() <= wallMaxPoints + 1);
        QVERIFY(!labels(model).contains(u"OLD"_s));
    }

    void updatesRowsInPlace()
    {
        WallCohortsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Query query = WallCohortsQuery::build(WallRange::Minutes15);
        model.setResult(run(query));
        QCOMPARE(model.rowCount(), 5);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // The same data again: nothing to report.
        model.setResult(run(query));
        QCOMPARE(changed.count() + reset.count() + inserted.count() + moved.count(), 0);

        // A card window much worse than wallet's: card moves up, its data changes.
        m_fixture->owner().exec(
            u"UPDATE payops.sr_windows SET successes = attempts / 5 WHERE cohort_key = "
            u"'method=card' AND window_end = (SELECT max(window_end) FROM payops.sr_windows "
            u"WHERE cohort_key = 'method=card')"_s);
        model.setResult(run(query));
        QCOMPARE(labels(model),
                 (QStringList{u"upi"_s, u"HDFC"_s, u"card"_s, u"wallet"_s, u"ICICI"_s}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 2);
        QCOMPARE(text(model, 2, WallCohortsModel::CurrentSrColumn), u"20.0 %"_s);

        // A new cohort appears, one disappears.
        m_fixture->addWindows(m_fixture->methodsRule, u"method=netbanking"_s, 300, 0, 0.93);
        m_fixture->owner().exec(
            u"DELETE FROM payops.sr_windows WHERE cohort_key = 'issuer=ICICI'"_s);
        m_fixture->owner().exec(
            u"DELETE FROM payops.downtimes WHERE cohort_key = 'issuer=ICICI'"_s);
        model.setResult(run(query));
        QCOMPARE(labels(model),
                 (QStringList{u"upi"_s, u"HDFC"_s, u"card"_s, u"wallet"_s, u"netbanking"_s}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);

        // An error keeps the rows and says why.
        QueryResult failed;
        failed.error = u"server closed the connection unexpectedly"_s;
        model.setResult(failed);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.error(), failed.error);
    }

    void incrementalResultsAddUpToAFullOne()
    {
        const WallRange range = WallRange::Minutes15;
        WallCohortsModel merged;
        QAbstractItemModelTester tester(&merged,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        merged.setResult(run(WallCohortsQuery::build(range)));
        QVERIFY(merged.rowCount() >= 5);
        // Newer windows for every cohort but wallet, a worse recent card window, a new cohort.
        PgConnection& owner = m_fixture->owner();
        owner.exec(u"INSERT INTO payops.sr_windows (rule_id, rule_version, cohort, cohort_key, "
                   u"window_start, window_end, attempts, successes) SELECT rule_id, 1, cohort, "
                   u"cohort_key, window_end, window_end + interval '5 seconds', 100, 50 FROM "
                   u"(SELECT DISTINCT ON (cohort_key) * FROM payops.sr_windows WHERE cohort_key "
                   u"<> 'method=wallet' AND window_end > now() - interval '15 minutes' ORDER BY "
                   u"cohort_key, window_end DESC) AS newest"_s);
        owner.exec(u"UPDATE payops.sr_windows SET successes = 0 WHERE cohort_key = "
                   u"'method=card' AND window_end = (SELECT max(window_end) - interval '10 "
                   u"seconds' FROM payops.sr_windows WHERE cohort_key = 'method=card')"_s);
        m_fixture->addWindows(m_fixture->methodsRule, u"method=paylater"_s, 20, 0, 0.5);
        const qint64 cutoff =
            WallCohortsQuery::bucketStartMs(range, merged.newestPointMs() - 30'000);
        QSignalSpy reset(&merged, &QAbstractItemModel::modelReset);
        merged.mergeResult(run(WallCohortsQuery::build(range, cutoff)), cutoff,
                           wallRangeSeconds(range));
        QVERIFY2(merged.error().isEmpty(), qPrintable(merged.error()));
        QCOMPARE(reset.count(), 0);

        WallCohortsModel full;
        full.setResult(run(WallCohortsQuery::build(range)));
        QCOMPARE(merged.rowCount(), full.rowCount());
        const qint64 since = full.asOf().toMSecsSinceEpoch() - 880'000;
        for (int row = 0; row < full.rowCount(); ++row) {
            const WallCohort& a = merged.cohort(row);
            const WallCohort& b = full.cohort(row);
            QCOMPARE(a.id(), b.id());
            QCOMPARE(a.currentSr, b.currentSr);
            QCOMPARE(a.worstSeverity, b.worstSeverity);
            QCOMPARE(a.downtimes, b.downtimes);
            const auto recent = [since](QList<WallPoint> series) {
                series.removeIf([since](const WallPoint& p) { return p.atMs < since; });
                return series;
            };
            QCOMPARE(recent(a.series), recent(b.series));
        }
        QVERIFY(merged.rowOf(QString::number(m_fixture->methodsRule) + u"/method=paylater"_s) >= 0);
        owner.exec(u"DELETE FROM payops.sr_windows WHERE cohort_key = 'method=paylater' OR "
                   u"window_end > now()"_s);
    }

    void tilesCountOpenDowntimesWebhooksAndDeadDeliveries()
    {
        seedDeliveries();
        WallTilesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(WallTilesModel::TileCount));
        QCOMPARE(tile(model, WallTilesModel::OpenDowntimesTile), u"—"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setResult(run(WallTilesQuery::build()));
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        QCOMPARE(changed.count(), 3);
        // upi critical and HDFC minor open; wallet's major is muted.
        QCOMPARE(tile(model, WallTilesModel::OpenDowntimesTile), u"2"_s);
        QCOMPARE(detail(model, WallTilesModel::OpenDowntimesTile),
                 u"1 critical · 1 minor · 1 muted"_s);
        QCOMPARE(
            model.data(model.index(WallTilesModel::OpenDowntimesTile), WallTilesModel::ColorRole)
                .value<QColor>(),
            WallCohortsModel::severityColor(1));
        QCOMPARE(tile(model, WallTilesModel::WebhookSuccessTile), u"75.0 %"_s);
        QCOMPARE(detail(model, WallTilesModel::WebhookSuccessTile), u"4 attempts"_s);
        QCOMPARE(tile(model, WallTilesModel::DeadDeliveriesTile), u"2"_s);

        changed.clear();
        model.setResult(run(WallTilesQuery::build()));
        QCOMPARE(changed.count(), 0);
        m_fixture->owner().exec(u"UPDATE payops.downtimes SET resolved_at = now(), "
                                u"resolved_reason = 'recovered' "
                                u"WHERE cohort_key = 'issuer=HDFC'"_s);
        model.setResult(run(WallTilesQuery::build()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(tile(model, WallTilesModel::OpenDowntimesTile), u"1"_s);
        m_fixture->owner().exec(u"UPDATE payops.downtimes SET resolved_at = NULL, "
                                u"resolved_reason = NULL "
                                u"WHERE cohort_key = 'issuer=HDFC'"_s);
    }

    void cohortDowntimesNewestFirst()
    {
        m_fixture->addDowntime(m_fixture->methodsRule, u"method=upi"_s, 5000, 4000, u"major"_s,
                               false, 0.7);
        CohortDowntimesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(
            run(WallCohortsQuery::cohortDowntimes(m_fixture->methodsRule, u"method=upi"_s)));
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        QCOMPARE(model.rowCount(), 2);
        const auto at = [&model](int row, int column) {
            return model.data(model.index(row, column)).toString();
        };
        QCOMPARE(at(0, CohortDowntimesModel::ResolvedColumn), u"open"_s);
        QCOMPARE(at(0, CohortDowntimesModel::SeverityColumn), u"critical"_s);
        QCOMPARE(at(0, CohortDowntimesModel::LowestSrColumn), u"40.0 %"_s);
        QCOMPARE(at(1, CohortDowntimesModel::SeverityColumn), u"major"_s);
        QCOMPARE(at(1, CohortDowntimesModel::DurationColumn), u"16 min 40 s"_s);
        QCOMPARE(at(1, CohortDowntimesModel::VolumeColumn), u"1,234"_s);
        // The volume is a number of payments (each counted once), and says so.
        QCOMPARE(model.headerData(CohortDowntimesModel::VolumeColumn, Qt::Horizontal).toString(),
                 u"Payments"_s);

        model.setResult(
            run(WallCohortsQuery::cohortDowntimes(m_fixture->methodsRule, u"method=wallet"_s)));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, CohortDowntimesModel::MutedColumn)).toString(),
                 u"muted"_s);
    }

private:
    QueryResult run(const Query& query) { return WallFixture::run(*m_client, query); }

    static QStringList labels(const WallCohortsModel& model)
    {
        QStringList labels;
        for (int row = 0; row < model.rowCount(); ++row)
            labels << text(model, row, WallCohortsModel::CohortColumn);
        return labels;
    }
    static QString text(const QAbstractItemModel& model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }
    static QString tile(const WallTilesModel& model, int row)
    {
        return model.data(model.index(row)).toString();
    }
    static QString detail(const WallTilesModel& model, int row)
    {
        return model.data(model.index(row), WallTilesModel::DetailRole).toString();
    }

    void seedDeliveries()
    {
        PgConnection& owner = m_fixture->owner();
        const qint64 endpoint = owner
                                    .exec(u"INSERT INTO payops.endpoints (merchant_id, url) VALUES "
                                          u"('m_1', 'https://m1.example/hooks') RETURNING id"_s)
                                    .value(0, 0)
                                    .toLongLong();
        for (int i = 0; i < 4; ++i) {
            const QString id = u"evt_wall_%1"_s.arg(i);
            owner.exec(u"INSERT INTO payops.webhook_events (id, type, merchant_id, payment_id, "
                       u"payload) VALUES ($1, 'payment.captured', 'm_1', $1, '{}')"_s,
                       {id});
            const bool dead = i >= 2;
            const qint64 delivery =
                owner
                    .exec(u"INSERT INTO payops.deliveries (event_id, endpoint_id, state, "
                          u"attempt_count, next_attempt_at, completed_at) VALUES ($1, $2, $3, 1, "
                          u"NULL, now()) RETURNING id"_s,
                          {id, endpoint, dead ? u"dead"_s : u"succeeded"_s})
                    .value(0, 0)
                    .toLongLong();
            owner.exec(
                u"INSERT INTO payops.attempts (delivery_id, endpoint_id, attempt_no, "
                u"started_at, duration_ms, http_status, trigger, outcome) VALUES ($1, $2, "
                u"1, now() - interval '1 minute', 30, $3, 'schedule', $4)"_s,
                {delivery, endpoint, i == 3 ? 500 : 200, i == 3 ? u"failed"_s : u"succeeded"_s});
        }
        // Outside the 15 minutes: not counted.
        owner.exec(u"INSERT INTO payops.attempts (delivery_id, endpoint_id, attempt_no, "
                   u"started_at, duration_ms, http_status, trigger, outcome) SELECT id, "
                   u"endpoint_id, 2, now() - interval '1 hour', 30, 500, 'schedule', 'failed' "
                   u"FROM payops.deliveries LIMIT 1"_s);
    }

    std::unique_ptr<WallFixture> m_fixture;
    std::unique_ptr<StoreClient> m_client;
};

QTEST_MAIN(TestWallModels)
#include "tst_wall_models.moc"
