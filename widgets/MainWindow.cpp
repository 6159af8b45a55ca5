#include "MainWindow.h"

#include "AreaIcon.h"
#include "CashbackPage.h"
#include "ConnectionDialog.h"
#include "ConnectionStatusWidget.h"
#include "EnginesModel.h"
#include "DeliveriesPage.h"
#include "EditMenu.h"
#include "ExportMenu.h"
#include "PageCommands.h"
#include "RulesDowntimesPage.h"
#include "StoreOverviewModel.h"
#include "TabOrder.h"
#include "ViewStateKeeper.h"
#include "WallPage.h"
#include "console/LiveQuery.h"
#include "console/OverviewQuery.h"
#include "store/Dsn.h"
#include "store/StoreClient.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QLabel>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

using namespace std::chrono_literals;

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString eventsChannel = QStringLiteral("payops_events");

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_client(new StoreClient(this))
    , m_overview(new StoreOverviewModel(this))
    , m_overviewQuery(new LiveQuery(m_client, OverviewQuery::build(), this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_status(new ConnectionStatusWidget(this))
    , m_areaActions(new QActionGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("payops console"));
    m_overviewQuery->setInterval(5s);
    m_overviewQuery->setMinimumGap(1s);
    m_overviewQuery->refreshOn(eventsChannel);
    connect(m_overviewQuery, &LiveQuery::resultReady, m_overview, &StoreOverviewModel::setResult);
    connect(m_client, &StoreClient::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_client, &StoreClient::waitingChanged, m_status,
            &ConnectionStatusWidget::setWaitingSince);
    createPages();
    createNavigation();
    createMenus();
    setCentralWidget(createCentralWidget());
    statusBar()->addPermanentWidget(m_status, 1);
    addEnginesNotice();
    restoreWindow();
    showArea(ConsoleArea::Wall);
}

MainWindow::~MainWindow() = default;

// The status bar says when data on screen is older than it should be because an engine is
// behind (or none is running): the Wall's engines model judges it.
void MainWindow::addEnginesNotice()
{
    auto* notice = new QLabel(this);
    notice->setObjectName(QStringLiteral("enginesNotice"));
    notice->setStyleSheet(QStringLiteral("color: #c62828"));
    notice->hide();
    statusBar()->addPermanentWidget(notice);
    EnginesModel* engines = m_wallPage->enginesModel();
    connect(engines, &EnginesModel::healthChanged, notice, [engines, notice] {
        const QString text = engines->stalenessNotice();
        notice->setText(text);
        notice->setVisible(!text.isEmpty());
    });
}

void MainWindow::createPages()
{
    m_pages->setObjectName(QStringLiteral("areaPages"));
    m_wallPage = new WallPage(m_client, m_overview, this);
    addAreaPage(ConsoleArea::Wall, m_wallPage, tr("Wall"));
    addAreaPage(ConsoleArea::Deliveries, new DeliveriesPage(m_client, this), tr("Deliveries"));
    addAreaPage(ConsoleArea::Rules, new RulesDowntimesPage(m_client, this),
                tr("Rules && downtimes"));
    addAreaPage(ConsoleArea::Cashback, new CashbackPage(m_client, nullptr, this), tr("Cashback"));
    ViewStateKeeper::keepAll(m_pages);
    for (int page = 0; page < m_pages->count(); ++page)
        TabOrder::followLayouts(m_pages->widget(page));
    ExportMenu::install();
}

void MainWindow::addAreaPage(ConsoleArea area, QWidget* page, const QString& title)
{
    const QIcon icon = AreaIcon::create(area);
    const int index = int(area);
    page->setObjectName(consoleAreaNames[index] + QStringLiteral("Page"));
    m_pages->addWidget(page);
    QString plainTitle = title;
    plainTitle.replace(QStringLiteral("&&"), QStringLiteral("&"));
    new QListWidgetItem(icon, plainTitle, m_navigation);
    auto* action = new QAction(icon, title, m_areaActions);
    action->setCheckable(true);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(action, &QAction::triggered, this, [this, area] { showArea(area); });
    m_areaActionList.append(action);
}

void MainWindow::createNavigation()
{
    m_navigation->setObjectName(QStringLiteral("areaNavigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    // Wide enough for the longest area name in the language shown (no scroll bar in French).
    m_navigation->setFixedWidth(std::max(190, m_navigation->sizeHintForColumn(0) +
                                                  2 * m_navigation->frameWidth() + 12));
    m_navigation->setAccessibleName(tr("Areas"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showArea(consoleAreas[row]);
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectAction =
        file->addAction(style()->standardIcon(QStyle::SP_DriveNetIcon), tr("&Connect…"), this,
                        &MainWindow::showConnectionDialog);
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    menuBar()->addMenu(new EditMenu(m_pages, this));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_areaActionList);
    view->addSeparator();
    QAction* refresh = view->addAction(style()->standardIcon(QStyle::SP_BrowserReload),
                                       tr("&Refresh"), m_overviewQuery, &LiveQuery::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, m_wallPage, &WallPage::refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        if (m_pages->currentWidget() != m_wallPage) // WallPage::refresh runs the Wall's
            PageCommands::refresh(m_pages->currentWidget());
    });
    m_wallModeAction = view->addAction(tr("&Wall mode"), this, &MainWindow::setWallMode);
    m_wallModeAction->setCheckable(true);
    m_wallModeAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_wallModeAction->setShortcutContext(Qt::ApplicationShortcut);
    addAction(m_wallModeAction); // F11 still works while the menu bar is hidden
    auto* leaveWall = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(leaveWall, &QShortcut::activated, this, [this] {
        if (m_wallMode)
            setWallMode(false);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About payops console"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(connectAction);
    tools->addAction(refresh);
}

QWidget* MainWindow::createCentralWidget()
{
    auto* right = new QWidget(this);
    auto* column = new QVBoxLayout(right);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_pages, 1);
    auto* central = new QWidget(this);
    auto* row = new QHBoxLayout(central);
    row->setContentsMargins(6, 6, 6, 0);
    row->addWidget(m_navigation);
    row->addWidget(right, 1);
    return central;
}

void MainWindow::openStore(const QString& conninfo, const QString& readConninfo)
{
    const QString description = Dsn::describe(conninfo);
    m_status->setStore(description);
    setWindowTitle(tr("payops console — %1").arg(description));
    m_client->open(conninfo, readConninfo);
}

void MainWindow::showArea(ConsoleArea area)
{
    const int index = int(area);
    m_pages->setCurrentIndex(index);
    m_navigation->setCurrentRow(index);
    m_areaActionList.at(index)->setChecked(true);
}

ConsoleArea MainWindow::currentArea() const
{
    return consoleAreas[m_pages->currentIndex()];
}

void MainWindow::showConnectionDialog()
{
    auto* dialog =
        new ConnectionDialog(m_client->conninfo(), this,
                             m_client->hasReadStore() ? m_client->readConninfo() : QString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { openStore(dialog->conninfo(), dialog->readConninfo()); });
    dialog->open();
}

void MainWindow::setWallMode(bool on)
{
    if (on == m_wallMode)
        return;
    m_wallMode = on;
    m_wallModeAction->setChecked(on);
    if (on) {
        m_geometryBeforeWall = saveGeometry();
        showArea(ConsoleArea::Wall);
    }
    QFile style(QStringLiteral(":/styles/wall.qss"));
    setStyleSheet(on && style.open(QIODevice::ReadOnly) ? QString::fromUtf8(style.readAll())
                                                        : QString());
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    m_navigation->setVisible(!on);
    for (QToolBar* toolBar : findChildren<QToolBar*>())
        toolBar->setVisible(!on);
    m_wallPage->setWallMode(on);
    if (on) {
        showFullScreen();
        return;
    }
    showNormal();
    restoreGeometry(m_geometryBeforeWall);
}

void MainWindow::onStateChanged(const ConnectionState& state)
{
    m_status->setState(state);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About payops console"),
                       tr("<h3>payops console %1</h3><p>The operations console of a payment "
                          "gateway: live success rates, downtimes, webhook deliveries and "
                          "cashback, over one PostgreSQL store.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    setWallMode(false); // keeps the normal geometry for the next start
    saveWindow();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindow()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(stateKey).toByteArray());
}

void MainWindow::saveWindow()
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
}
