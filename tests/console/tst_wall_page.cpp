#include "CohortDetailDialog.h"
#include "CohortDowntimesModel.h"
#include "MainWindow.h"
#include "SrChart.h"
#include "StoreOverviewModel.h"
#include "WallCohortsModel.h"
#include "WallFixture.h"
#include "WallPage.h"
#include "WallTilesBar.h"
#include "WallTilesModel.h"
#include "store/StoreClient.h"

#include <QLineSeries>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

using namespace Qt::StringLiterals;

class TestWallPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_fixture = std::make_unique<WallFixture>(u"wall_page"_s);
        m_fixture->seedStandard();
    }

    void cleanupTestCase() { m_fixture.reset(); }

    void showsChartsWorstFirst()
    {
        StoreClient client;
        StoreOverviewModel overview;
        client.open(m_fixture->store().dsnAs(u"viewer"_s));
        WallPage page(&client, &overview);
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.cohortsModel()->hasData(), 20000);
        QCOMPARE(ids(page),
                 (QStringList{key(methods(), u"method=upi"_s), key(issuers(), u"issuer=HDFC"_s),
                              key(methods(), u"method=wallet"_s), key(methods(), u"method=card"_s),
                              key(issuers(), u"issuer=ICICI"_s)}));
        SrChart* upi = page.visibleCharts().first();
        QVERIFY(upi->isVisible());
        QVERIFY(upi->srSeries()->count() >= 89);
        QCOMPARE(upi->srSeries()->at(upi->srSeries()->count() - 1).y(), 40.0);
        // x is minutes before the store's clock: the newest window is within the last 10 s.
        QVERIFY(upi->srSeries()->at(upi->srSeries()->count() - 1).x() > -0.2);
        QCOMPARE(upi->timeAxis()->min(), -15.0);
        QCOMPARE(upi->thresholdSeries()->at(0).y(), 85.0);
        QCOMPARE(upi->spans().size(), 1);
        QCOMPARE(upi->spans().first().color, WallCohortsModel::severityColor(1));
        QCOMPARE(upi->spans().first().to, 0.0);
        QVERIFY(qAbs(upi->spans().first().from - (-280.0 / 60)) < 0.1);
        SrChart* wallet = page.visibleCharts().at(2);
        QCOMPARE(wallet->spans().first().color, WallCohortsModel::severityColor(2, true));
        QTRY_COMPARE_WITH_TIMEOUT(
            page.findChild<WallTilesBar*>()->figureText(WallTilesModel::OpenDowntimesTile), u"2"_s,
            20000);
        QCOMPARE(page.findChild<WallTilesBar*>()->detailText(WallTilesModel::OpenDowntimesTile),
                 u"1 critical · 1 minor · 1 muted"_s);
    }

    void newWindowsArriveByNotify()
    {
        StoreClient client;
        StoreOverviewModel overview;
        client.open(m_fixture->store().dsnAs(u"viewer"_s));
        WallPage page(&client, &overview);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.cohortsModel()->hasData(), 20000);
        QSignalSpy reset(page.cohortsModel(), &QAbstractItemModel::modelReset);
        QSignalSpy redrawn(&page, &WallPage::redrawn);
        m_fixture->owner().exec(
            u"UPDATE payops.sr_windows SET successes = attempts / 10 WHERE cohort_key = "
            u"'method=card' AND window_end = (SELECT max(window_end) FROM payops.sr_windows "
            u"WHERE cohort_key = 'method=card')"_s);
        m_fixture->notifyDetection();
        // Well before the 10 s fallback timer.
        QTRY_COMPARE_WITH_TIMEOUT(ids(page).at(2), key(methods(), u"method=card"_s), 5000);
        QCOMPARE(reset.count(), 0);
        QVERIFY(redrawn.count() >= 1);
        QCOMPARE(page.visibleCharts()
                     .at(2)
                     ->srSeries()
                     ->at(page.visibleCharts().at(2)->srSeries()->count() - 1)
                     .y(),
                 10.0);
        m_fixture->owner().exec(u"UPDATE payops.sr_windows SET successes = round(attempts * 0.95) "
                                u"WHERE cohort_key = 'method=card'"_s);
    }

    void switchesTheTimeRange()
    {
        StoreClient client;
        StoreOverviewModel overview;
        client.open(m_fixture->store().dsnAs(u"viewer"_s));
        WallPage page(&client, &overview);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.cohortsModel()->hasData(), 20000);
        QCOMPARE(page.cohortsModel()->rowCount(), 5);
        page.findChild<QToolButton*>(u"range6h"_s)->click();
        QCOMPARE(page.range(), WallRange::Hours6);
        QTRY_COMPARE_WITH_TIMEOUT(page.cohortsModel()->rowCount(), 6, 10000);
        QVERIFY(ids(page).contains(key(issuers(), u"issuer=OLD"_s)));
        QCOMPARE(page.visibleCharts().first()->timeAxis()->min(), -6.0);
        // 2 hours of card windows at 72 s buckets.
        SrChart* card = chartOf(page, key(methods(), u"method=card"_s));
        QVERIFY(card);
        QVERIFY2(card->srSeries()->count() <= 102,
                 qPrintable(QString::number(card->srSeries()->count())));
        page.findChild<QToolButton*>(u"range15m"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(page.cohortsModel()->rowCount(), 5, 10000);
        QCOMPARE(page.visibleCharts().first()->timeAxis()->min(), -15.0);
    }

    void clickOpensTheCohortWithItsDowntimes()
    {
        StoreClient client;
        StoreOverviewModel overview;
        client.open(m_fixture->store().dsnAs(u"viewer"_s));
        WallPage page(&client, &overview);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(page.cohortsModel()->hasData(), 20000);
        SrChart* upi = page.visibleCharts().first();
        QTest::mouseClick(upi->viewport(), Qt::LeftButton, {}, upi->viewport()->rect().center());
        CohortDetailDialog* detail = page.detailDialog();
        QVERIFY(detail);
        QVERIFY(detail->isVisible());
        QCOMPARE(detail->cohortId(), key(methods(), u"method=upi"_s));
        QTRY_VERIFY_WITH_TIMEOUT(detail->downtimesModel()->hasData(), 10000);
        CohortDowntimesModel* downtimes = detail->downtimesModel();
        QCOMPARE(downtimes->rowCount(), 1);
        QCOMPARE(downtimes->index(0, CohortDowntimesModel::SeverityColumn).data().toString(),
                 u"critical"_s);
        QCOMPARE(downtimes->index(0, CohortDowntimesModel::ResolvedColumn).data().toString(),
                 u"open"_s);
        QCOMPARE(detail->chart()->cohortId(), detail->cohortId());
        QVERIFY(detail->chart()->srSeries()->count() >= 89);
        // A downtime resolving reaches the open dialog through NOTIFY.
        m_fixture->owner().exec(u"UPDATE payops.downtimes SET resolved_at = now(), "
                                u"resolved_reason = 'recovered' WHERE cohort_key = 'method=upi'"_s);
        m_fixture->notifyDetection();
        QTRY_VERIFY_WITH_TIMEOUT(
            downtimes->index(0, CohortDowntimesModel::ResolvedColumn).data().toString() != u"open",
            5000);
        m_fixture->owner().exec(u"UPDATE payops.downtimes SET resolved_at = NULL, "
                                u"resolved_reason = NULL WHERE cohort_key = 'method=upi'"_s);
        detail->close();
    }

    void wallModeTogglesAndRotatesPages()
    {
        for (int i = 0; i < 10; ++i)
            m_fixture->addWindows(issuers(), u"issuer=EXTRA%1"_s.arg(i), 600, 0, 0.995);
        MainWindow window;
        window.openStore(m_fixture->store().dsnAs(u"viewer"_s));
        window.show();
        WallPage* page = window.wallPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->cohortsModel()->rowCount(), 15, 20000);
        QCOMPARE(page->chartsPerPage(), 6);
        QCOMPARE(page->pageCount(), 3);
        window.showArea(ConsoleArea::Deliveries);

        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.isWallMode());
        QCOMPARE(window.currentArea(), ConsoleArea::Wall);
        QTRY_VERIFY(window.windowState() & Qt::WindowFullScreen);
        QVERIFY(window.styleSheet().contains(u"QFrame#wallTile"_s));
        QVERIFY(!window.menuBar()->isVisible());
        QCOMPARE(page->chartsPerPage(), 12);
        QCOMPARE(page->pageCount(), 2);
        QCOMPARE(page->visibleCharts().size(), 12);
        QSignalSpy redrawn(page, &WallPage::redrawn);
        page->setRotationInterval(std::chrono::milliseconds(300));
        QTRY_COMPARE_WITH_TIMEOUT(page->page(), 1, 5000);
        QCOMPARE(page->visibleCharts().size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(page->page(), 0, 5000);

        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isWallMode());
        QTRY_VERIFY(!(window.windowState() & Qt::WindowFullScreen));
        QVERIFY(window.styleSheet().isEmpty());
        QVERIFY(window.menuBar()->isVisible());
        QCOMPARE(page->chartsPerPage(), 6);
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.isWallMode());
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(!window.isWallMode());
    }

private:
    qint64 methods() const { return m_fixture->methodsRule; }
    qint64 issuers() const { return m_fixture->issuersRule; }
    static QString key(qint64 rule, const QString& cohort)
    {
        return QString::number(rule) + u'/' + cohort;
    }
    static QStringList ids(const WallPage& page)
    {
        QStringList ids;
        for (SrChart* chart : page.visibleCharts())
            ids << chart->cohortId();
        return ids;
    }
    static SrChart* chartOf(const WallPage& page, const QString& id)
    {
        for (SrChart* chart : page.visibleCharts()) {
            if (chart->cohortId() == id)
                return chart;
        }
        return nullptr;
    }

    std::unique_ptr<WallFixture> m_fixture;
};

QTEST_MAIN(TestWallPage)
#include "tst_wall_page.moc"
