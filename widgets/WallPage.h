#pragma once

#include "CohortDetailDialog.h"
#include "store/Query.h"
#include "wall/WallRange.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <chrono>

class EnginesModel;
class EnginesPanel;
class LiveQuery;
class QButtonGroup;
class QGridLayout;
class QLabel;
class QTableView;
class QToolButton;
class SrChart;
class StoreBanner;
class StoreClient;
class StoreOverviewModel;
class WallCohortsModel;
class WallTilesBar;
class WallTilesModel;

// The Wall: a grid of live success-rate charts, one per cohort, worst first, in pages; the
// headline tiles above; the time range (15 min, 1 h, 6 h, 24 h); the store overview in a
// panel below. New windows land through NOTIFY payops_detection, coalesced to at most one
// query (and one redraw) a second, with a slow timer as a fallback. The charts are made once
// and refilled; clicking one opens its cohort with its downtimes. In wall mode the grid is
// larger, the controls hide and the pages rotate on a timer.
class WallPage : public QWidget
{
    Q_OBJECT
public:
    WallPage(StoreClient* client, StoreOverviewModel* overview, QWidget* parent = nullptr);

    void setRange(WallRange range);
    WallRange range() const { return m_range; }
    void setWallMode(bool on);
    bool wallMode() const { return m_wallMode; }
    void setRotationInterval(std::chrono::milliseconds interval);

    int chartsPerPage() const;
    int pageCount() const;
    int page() const { return m_page; }
    void setPage(int page);
    void nextPage();
    // The charts of the current page that show a cohort, in order.
    QList<SrChart*> visibleCharts() const;
    void openCohort(const QString& cohortId);
    CohortDetailDialog* detailDialog() const { return m_detail; }

    WallCohortsModel* cohortsModel() const { return m_cohorts; }
    WallTilesModel* tilesModel() const { return m_tiles; }
    EnginesPanel* enginesPanel() const { return m_engines; }
    EnginesModel* enginesModel() const;
    void refresh();

signals:
    // After every cohorts result has been drawn.
    void redrawn();

private:
    QWidget* createHeader();
    QWidget* createOverviewPanel();
    void layOutGrid();
    void redraw();
    void showStatus();
    void showOverviewSummary();
    Query nextCohortsQuery();
    void applyCohorts(const QueryResult& result);

    WallRange m_range = WallRange::Minutes15; // before the queries that use it
    StoreClient* m_client;
    StoreOverviewModel* m_overview;
    WallCohortsModel* m_cohorts;
    WallTilesModel* m_tiles;
    LiveQuery* m_cohortsQuery;
    LiveQuery* m_tilesQuery;
    bool m_wallMode = false;
    int m_page = 0;
    QTimer m_rotation;
    QList<SrChart*> m_charts; // every slot, made once
    QGridLayout* m_grid;
    QWidget* m_header;
    StoreBanner* m_banner;
    QButtonGroup* m_ranges;
    QToolButton* m_previous;
    QToolButton* m_next;
    QLabel* m_pageLabel;
    QLabel* m_status;
    QLabel* m_empty;
    WallTilesBar* m_tilesBar;
    EnginesPanel* m_engines;
    QWidget* m_overviewPanel;
    QToolButton* m_overviewToggle;
    QLabel* m_summary;
    QLabel* m_error;
    QPointer<CohortDetailDialog> m_detail;
    // What the query under way asks: everything (full) or the windows from cutoffMs on.
    bool m_pendingFull = true;
    qint64 m_pendingCutoffMs = 0;
    bool m_needFull = true;
    QElapsedTimer m_sinceFull;
};
