#include "WallPage.h"

#include "CohortDetailDialog.h"
#include "EnginesPanel.h"
#include "PageTitle.h"
#include "SrChart.h"
#include "StoreBanner.h"
#include "StoreOverviewModel.h"
#include "WallCohortsModel.h"
#include "WallTilesBar.h"
#include "WallTilesModel.h"
#include "console/LiveQuery.h"
#include "wall/WallCohortsQuery.h"
#include "wall/WallTilesQuery.h"
#include "DisplayFormat.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString detectionChannel = u"payops_detection"_s;
const QString deliveriesChannel = u"payops_deliveries"_s;
constexpr int maxCharts = 12; // the wall mode's 4 × 3

QString timeText(const QDateTime& at)
{
    const QDateTime local = at.toLocalTime();
    if (local.date() == QDate::currentDate())
        return DisplayFormat::timeOfDay(local);
    return QLocale().toString(local, QLocale::ShortFormat);
}

// Long ranges change slowly at their 300-point resolution: no need to ask every second.
std::chrono::milliseconds minimumGap(WallRange range)
{
    switch (range) {
    case WallRange::Hours6:
        return 5s;
    case WallRange::Hours24:
        return 15s;
    default:
        return 1s;
    }
}

} // namespace

WallPage::WallPage(StoreClient* client, StoreOverviewModel* overview, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_overview(overview)
    , m_cohorts(new WallCohortsModel(this))
    , m_tiles(new WallTilesModel(this))
    , m_cohortsQuery(new LiveQuery(client, WallCohortsQuery::build(m_range), this))
    , m_tilesQuery(new LiveQuery(client, WallTilesQuery::build(), this))
    , m_grid(new QGridLayout)
    , m_header(nullptr)
    , m_banner(new StoreBanner(client, this))
    , m_ranges(new QButtonGroup(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_pageLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_tilesBar(new WallTilesBar(m_tiles, this))
    , m_engines(new EnginesPanel(client, this))
    , m_overviewPanel(nullptr)
    , m_overviewToggle(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_cohortsQuery->setInterval(10s);
    m_cohortsQuery->setMinimumGap(minimumGap(m_range));
    m_cohortsQuery->refreshOn(detectionChannel);
    m_tilesQuery->setInterval(10s);
    m_tilesQuery->setMinimumGap(1s);
    m_tilesQuery->refreshOn(detectionChannel);
    m_tilesQuery->refreshOn(deliveriesChannel);
    m_cohortsQuery->setQueryProvider([this] { return nextCohortsQuery(); });
    connect(m_cohortsQuery, &LiveQuery::resultReady, this, &WallPage::applyCohorts);
    connect(m_tilesQuery, &LiveQuery::resultReady, m_tiles, &WallTilesModel::setResult);
    connect(m_cohorts, &WallCohortsModel::resultApplied, this, &WallPage::redraw);
    connect(m_overview, &StoreOverviewModel::resultApplied, this, &WallPage::showOverviewSummary);
    m_rotation.setInterval(20s);
    connect(&m_rotation, &QTimer::timeout, this, &WallPage::nextPage);

    for (int i = 0; i < maxCharts; ++i) {
        auto* chart = new SrChart(this);
        chart->setObjectName(u"srChart%1"_s.arg(i));
        chart->hide();
        connect(chart, &SrChart::clicked, this, &WallPage::openCohort);
        m_charts.append(chart);
    }
    m_empty->setObjectName(u"wallEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_grid->setSpacing(8);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->addWidget(createHeader());
    layout->addWidget(m_banner);
    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    tiles->addWidget(m_tilesBar, 3);
    tiles->addWidget(m_engines->tile(), 1);
    layout->addLayout(tiles);
    layout->addWidget(m_engines);
    layout->addLayout(m_grid, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(createOverviewPanel());
    layOutGrid();
    showStatus();
    showOverviewSummary();
}

QWidget* WallPage::createHeader()
{
    m_header = new QWidget(this);
    auto* row = new QHBoxLayout(m_header);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new PageTitle(tr("Wall"), m_header));
    row->addSpacing(16);
    const QList<std::pair<WallRange, QString>> ranges{{WallRange::Minutes15, tr("15 min")},
                                                      {WallRange::Hour1, tr("1 h")},
                                                      {WallRange::Hours6, tr("6 h")},
                                                      {WallRange::Hours24, tr("24 h")}};
    const QStringList names{u"range15m"_s, u"range1h"_s, u"range6h"_s, u"range24h"_s};
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        auto* button = new QToolButton(m_header);
        button->setObjectName(names.at(i));
        button->setText(ranges.at(i).second);
        button->setCheckable(true);
        button->setChecked(ranges.at(i).first == m_range);
        button->setToolTip(tr("Chart the last %1").arg(ranges.at(i).second));
        m_ranges->addButton(button, int(ranges.at(i).first));
        row->addWidget(button);
    }
    m_ranges->setExclusive(true);
    connect(m_ranges, &QButtonGroup::idClicked, this, [this](int id) { setRange(WallRange(id)); });
    row->addSpacing(16);
    m_previous->setObjectName(u"previousWallPage"_s);
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous page of charts"));
    m_previous->setAccessibleName(m_previous->toolTip());
    m_next->setObjectName(u"nextWallPage"_s);
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next page of charts"));
    m_next->setAccessibleName(m_next->toolTip());
    connect(m_previous, &QToolButton::clicked, this, [this] { setPage(m_page - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { setPage(m_page + 1); });
    m_pageLabel->setObjectName(u"wallPageLabel"_s);
    row->addWidget(m_previous);
    row->addWidget(m_pageLabel);
    row->addWidget(m_next);
    row->addStretch(1);
    m_status->setObjectName(u"wallStatus"_s);
    row->addWidget(m_status);
    return m_header;
}

QWidget* WallPage::createOverviewPanel()
{
    m_overviewPanel = new QWidget(this);
    auto* column = new QVBoxLayout(m_overviewPanel);
    column->setContentsMargins(0, 4, 0, 0);
    auto* row = new QHBoxLayout;
    m_overviewToggle->setObjectName(u"overviewToggle"_s);
    m_overviewToggle->setText(tr("Store overview"));
    m_overviewToggle->setCheckable(true);
    m_overviewToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_overviewToggle->setArrowType(Qt::RightArrow);
    m_overviewToggle->setAutoRaise(true);
    m_summary->setObjectName(u"overviewSummary"_s);
    row->addWidget(m_overviewToggle);
    row->addWidget(m_summary, 1);
    column->addLayout(row);

    auto* table = new QTableView(m_overviewPanel);
    table->setObjectName(u"overviewTable"_s);
    table->setModel(m_overview);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setMaximumWidth(720);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                          m_overview->rowCount() * table->verticalHeader()->defaultSectionSize() +
                          2 * table->frameWidth());
    table->hide();
    column->addWidget(table);
    m_error->setObjectName(u"overviewError"_s);
    m_error->setWordWrap(true);
    QPalette problem = m_error->palette();
    problem.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(problem);
    column->addWidget(m_error);
    connect(m_overviewToggle, &QToolButton::toggled, this, [this, table](bool open) {
        table->setVisible(open);
        m_overviewToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    return m_overviewPanel;
}

void WallPage::setRange(WallRange range)
{
    if (QAbstractButton* button = m_ranges->button(int(range)))
        button->setChecked(true);
    if (range == m_range)
        return;
    m_range = range;
    m_page = 0;
    m_cohortsQuery->setMinimumGap(minimumGap(range));
    m_needFull = true;
    m_cohortsQuery->setQueryProvider([this] { return nextCohortsQuery(); });
    if (m_detail)
        m_detail->setRange(range);
    showStatus();
}

// Every minute (and after a range change or an error) everything in the range; in between
// only the windows of the last 30 s, merged into what the model has: a wall of 250 cohorts
// updating every second reads 250 rows a second, not the whole range.
Query WallPage::nextCohortsQuery()
{
    const qint64 newest = m_cohorts->newestPointMs();
    m_pendingFull =
        m_needFull || newest == 0 || !m_sinceFull.isValid() || m_sinceFull.hasExpired(60'000);
    m_pendingCutoffMs =
        m_pendingFull ? 0 : WallCohortsQuery::bucketStartMs(m_range, newest - 30'000);
    return WallCohortsQuery::build(m_range, m_pendingCutoffMs);
}

void WallPage::applyCohorts(const QueryResult& result)
{
    if (!result.ok()) {
        m_needFull = true;
        m_cohorts->setResult(result);
        return;
    }
    if (m_pendingFull) {
        m_needFull = false;
        m_sinceFull.start();
        m_cohorts->setResult(result);
        return;
    }
    m_cohorts->mergeResult(result, m_pendingCutoffMs, wallRangeSeconds(m_range));
}

void WallPage::setWallMode(bool on)
{
    if (on == m_wallMode)
        return;
    m_wallMode = on;
    for (SrChart* chart : std::as_const(m_charts)) {
        chart->setDark(on);
        chart->setLarge(on);
    }
    m_overviewPanel->setVisible(!on);
    for (QAbstractButton* button : m_ranges->buttons())
        button->setVisible(!on);
    m_previous->setVisible(!on);
    m_next->setVisible(!on);
    if (on)
        m_rotation.start();
    else
        m_rotation.stop();
    m_page = 0;
    layOutGrid();
    redraw();
}

void WallPage::setRotationInterval(std::chrono::milliseconds interval)
{
    m_rotation.setInterval(interval);
}

int WallPage::chartsPerPage() const
{
    return m_wallMode ? 12 : 6;
}

int WallPage::pageCount() const
{
    return std::max(1, (m_cohorts->rowCount() + chartsPerPage() - 1) / chartsPerPage());
}

void WallPage::setPage(int page)
{
    m_page = std::clamp(page, 0, pageCount() - 1);
    redraw();
}

void WallPage::nextPage()
{
    setPage(m_page + 1 < pageCount() ? m_page + 1 : 0);
}

void WallPage::layOutGrid()
{
    const int columns = m_wallMode ? 4 : 3;
    for (SrChart* chart : std::as_const(m_charts))
        m_grid->removeWidget(chart);
    for (int i = 0; i < chartsPerPage(); ++i)
        m_grid->addWidget(m_charts.at(i), i / columns, i % columns);
    for (int i = 0; i < m_grid->rowCount(); ++i)
        m_grid->setRowStretch(i, i < chartsPerPage() / columns ? 1 : 0);
    for (int i = chartsPerPage(); i < m_charts.size(); ++i)
        m_charts.at(i)->hide();
}

// Fills the page's charts from the model: once per result, page turn or mode change.
void WallPage::redraw()
{
    m_page = std::clamp(m_page, 0, pageCount() - 1);
    const int perPage = chartsPerPage();
    const int first = m_page * perPage;
    const int seconds = wallRangeSeconds(m_range);
    for (int i = 0; i < perPage; ++i) {
        SrChart* chart = m_charts.at(i);
        const int row = first + i;
        if (row < m_cohorts->rowCount()) {
            chart->setCohort(m_cohorts->cohort(row), m_cohorts->asOf(), seconds);
            chart->show();
        } else {
            chart->clearCohort();
            // Keeps the grid's cells the same size on a short last page.
            chart->setVisible(m_cohorts->rowCount() > perPage);
        }
    }
    showStatus();
    emit redrawn();
}

QList<SrChart*> WallPage::visibleCharts() const
{
    QList<SrChart*> charts;
    for (int i = 0; i < chartsPerPage(); ++i) {
        if (!m_charts.at(i)->cohortId().isEmpty())
            charts.append(m_charts.at(i));
    }
    return charts;
}

void WallPage::openCohort(const QString& cohortId)
{
    if (m_detail) {
        m_detail->close();
        m_detail = nullptr;
    }
    auto* dialog = new CohortDetailDialog(m_client, m_cohorts, cohortId, m_range, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_detail = dialog;
    dialog->open();
}

void WallPage::refresh()
{
    m_cohortsQuery->refresh();
    m_tilesQuery->refresh();
    m_engines->refresh();
}

void WallPage::showStatus()
{
    const int rows = m_cohorts->rowCount();
    m_pageLabel->setText(tr("Page %1 of %2 · %3 cohorts")
                             .arg(m_page + 1)
                             .arg(pageCount())
                             .arg(QLocale().toString(rows)));
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pageCount());
    m_banner->setDataTime(m_cohorts->loadedAt());
    const QString error = m_cohorts->error();
    if (!error.isEmpty())
        m_status->setText(tr("Could not read the charts: %1").arg(error));
    else if (m_cohorts->hasData())
        m_status->setText(tr("updated %1").arg(timeText(m_cohorts->loadedAt())));
    else
        m_status->setText(tr("Waiting for the store…"));
    const bool empty = m_cohorts->hasData() && rows == 0;
    m_empty->setText(empty ? tr("No success-rate windows in this time range yet: payops detect "
                                "writes them as payments arrive.")
                           : QString());
    m_empty->setVisible(empty);
}

void WallPage::showOverviewSummary()
{
    QStringList parts;
    if (m_overview->schemaVersion() > 0)
        parts << tr("Schema version %1").arg(m_overview->schemaVersion());
    if (m_overview->latestEventAt().isValid())
        parts << tr("latest event %1").arg(timeText(m_overview->latestEventAt()));
    if (m_overview->hasData())
        parts << tr("updated %1").arg(timeText(m_overview->loadedAt()));
    else
        parts << tr("Waiting for the store…");
    m_summary->setText(parts.join(u" · "_s));
    const QString error = m_overview->error();
    m_error->setText(error.isEmpty() ? QString()
                                     : tr("Could not read the overview: %1").arg(error));
    m_error->setVisible(!error.isEmpty());
}

EnginesModel* WallPage::enginesModel() const
{
    return m_engines->model();
}
