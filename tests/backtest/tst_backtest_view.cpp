// The Backtest tab offscreen over a real store: simulated traffic with incidents, detected
// by payops detect --drain and labelled by an operator; the view runs the current and an
// edited version of a rule, draws both on the timeline, fills both confusion matrices and
// the downtimes list; Cancel stops a run. Saves a screenshot (backtest-view.png next to the
// test program).
#include "BacktestDowntimesModel.h"
#include "BacktestFixture.h"
#include "BacktestMatrixModel.h"
#include "BacktestTimelineView.h"
#include "BacktestView.h"
#include "PayopsRun.h"
#include "TestStore.h"
#include "WallCohortsModel.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"
#include "store/StoreClient.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;

class TestBacktestView : public QObject
{
    Q_OBJECT

    std::optional<TestStore> m_store;
    QTemporaryDir m_dir;
    BacktestFixture::Range m_range;
    std::optional<DetectionRule> m_current;
    std::optional<DetectionRule> m_edited;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store.emplace(u"backtest_view"_s);
        const QString failed = BacktestFixture::simulate(*m_store, m_dir.path(), u"12m"_s, 150);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const PayopsRun detected =
            PayopsRun::of({u"detect"_s, u"--drain"_s, u"--dsn"_s, m_store->dsnAs(u"engine"_s)});
        QVERIFY2(detected.exitCode == 0, detected.err.constData());
        PgConnection owner = PgConnection::open(m_store->ownerDsn());
        m_range = BacktestFixture::storedRange(owner);
        m_current = BacktestFixture::rule(owner, u"Method × issuer"_s);
        QJsonObject definition = BacktestFixture::definition(owner, u"Method × issuer"_s);
        // Quicker to open, on a milder drop: more downtimes, some of them noise.
        definition[u"open_after"_s] = 1;
        definition[u"open_below"_s] = 0.85;
        m_edited = BacktestFixture::edited(*m_current, definition);

        // An operator's labels on the stored downtimes of the rule.
        const PgResult ids = owner.exec(
            u"SELECT min(id), max(id) FROM payops.downtimes WHERE rule_id = $1"_s, {m_current->id});
        PgConnection operatorLogin = PgConnection::open(m_store->dsnAs(u"operator"_s));
        operatorLogin.exec(u"SELECT payops.label_downtime($1, 'true_positive', 'bank down')"_s,
                           {ids.toInt(0, 0)});
        operatorLogin.exec(u"SELECT payops.label_downtime($1, 'false_positive', 'noise')"_s,
                           {ids.toInt(0, 1)});
    }
    void cleanupTestCase() { m_store.reset(); }

    void theEditorsDefinitions()
    {
        StoreClient client;
        BacktestView view(&client);
        auto* run = view.findChild<QPushButton*>(u"backtestRun"_s);
        PgConnection owner = PgConnection::open(m_store->ownerDsn());
        const QJsonObject saved = BacktestFixture::definition(owner, u"Method × issuer"_s);
        QJsonObject bad = saved;
        bad[u"min_volume"_s] = -1;
        const QString error =
            view.setDefinitions(m_current->id, m_current->version, m_current->name, saved, bad);
        QVERIFY2(error.startsWith(u"min_volume: "_s), qPrintable(error));
        QVERIFY(!run->isEnabled());
        QVERIFY(view.statusText().contains(error));
        QVERIFY(
            view.setDefinitions(m_current->id, m_current->version, m_current->name, saved, saved)
                .isEmpty());
        QVERIFY(run->isEnabled());
    }

    void runsAndShowsBothVersions()
    {
        StoreClient client;
        client.open(m_store->dsnAs(u"viewer"_s));
        BacktestView view(&client);
        QAbstractItemModelTester downtimesTester(view.downtimesModel());
        QAbstractItemModelTester labelsTester(view.labelsMatrix());
        QAbstractItemModelTester truthTester(view.truthMatrix());
        // It fits the console's smallest window.
        const QSize least = view.minimumSizeHint();
        QVERIFY2(least.width() <= 640 && least.height() <= 480,
                 qPrintable(u"%1x%2"_s.arg(least.width()).arg(least.height())));
        view.resize(1500, 950);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        auto* run = view.findChild<QPushButton*>(u"backtestRun"_s);
        QVERIFY(run);
        QVERIFY(!run->isEnabled()); // no rule yet
        view.setRules(m_current, m_edited);
        QVERIFY(run->isEnabled());
        // The presets end at the newest stored event, once the store said which it is.
        QTRY_VERIFY(view.rangeTo() >= m_range.to - 1);
        QCOMPARE(view.rangeTo() - view.rangeFrom(), qint64(30) * 60'000'000);
        view.setRange(m_range.from / 1'000'000 * 1'000'000, m_range.to);
        QVERIFY(!view.loadTruth(m_dir.filePath(u"missing.jsonl"_s)));
        QVERIFY(!view.truthError().isEmpty());
        QVERIFY(view.loadTruth(m_dir.filePath(u"truth.jsonl"_s)));

        QSignalSpy finished(&view, &BacktestView::finished);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(view.isRunning());
        QVERIFY(finished.wait(60'000));
        QVERIFY2(view.statusText().contains(u"events in"_s), qPrintable(view.statusText()));

        const BacktestResult& result = view.downtimesModel()->result();
        const qsizetype current = result.of(BacktestDowntime::Current).size();
        const qsizetype edited = result.of(BacktestDowntime::Edited).size();
        qInfo() << "downtimes: current" << current << "edited" << edited;
        QVERIFY(edited > current && current > 0);
        QCOMPARE(view.downtimesModel()->rowCount(), current + edited);
        BacktestTimelineView* timeline = view.timeline();
        QCOMPARE(timeline->barCount(0), current);
        QCOMPARE(timeline->barCount(1), edited);
        QVERIFY(timeline->cohorts().contains(u"method=card,issuer=HDFC"_s));
        // A bar of each version is painted in its severity's colour, the current one above.
        const QImage image = timeline->grab().toImage();
        for (int row = 0; row < view.downtimesModel()->rowCount(); ++row) {
            const QModelIndex index = view.downtimesModel()->index(row, 0);
            const QRectF bar = timeline->barRect(row);
            QVERIFY(!bar.isNull());
            const QColor expected = WallCohortsModel::severityColor(
                index.data(BacktestDowntimesModel::SeverityRankRole).toInt());
            const QPoint center = (bar.center() * image.devicePixelRatio()).toPoint();
            QCOMPARE(image.pixelColor(center).name(), expected.name());
        }

        // The matrices: labels (one true, one false) and the ground truth, both versions.
        const auto& labels = view.labelsMatrix()->evaluation(BacktestMatrixModel::CurrentColumn);
        QVERIFY(labels);
        QCOMPARE(labels->labelledFalsePositives(), 1);
        QCOMPARE(labels->detectedIncidents(), 1);
        QVERIFY(view.labelsMatrix()->evaluation(BacktestMatrixModel::EditedColumn));
        const auto& truth = view.truthMatrix()->evaluation(BacktestMatrixModel::EditedColumn);
        QVERIFY(truth && truth->truePositives() >= 1);
        QVERIFY(!view.truthMatrix()
                     ->index(BacktestMatrixModel::RecallRow, BacktestMatrixModel::CurrentColumn)
                     .data()
                     .toString()
                     .isEmpty());

        const QString shot =
            QDir(QCoreApplication::applicationDirPath()).filePath(u"backtest-view.png"_s);
        QVERIFY(view.grab().save(shot));
        qInfo().noquote() << "screenshot:" << shot;

        // Cancel: the run stops, the results of the last run stay.
        QTest::mouseClick(run, Qt::LeftButton);
        view.findChild<QPushButton*>(u"backtestCancel"_s)->click();
        QVERIFY(finished.wait(60'000));
        QVERIFY2(view.statusText().startsWith(u"Cancelled"_s), qPrintable(view.statusText()));
        QVERIFY(run->isEnabled());
    }
};

QTEST_MAIN(TestBacktestView)
#include "tst_backtest_view.moc"
