#pragma once

#include "ConsoleArea.h"
#include "store/ConnectionState.h"

#include <QMainWindow>

class ConnectionStatusWidget;
class LiveQuery;
class QAction;
class QActionGroup;
class QListWidget;
class QStackedWidget;
class StoreClient;
class StoreOverviewModel;
class WallPage;

// The console's shell: navigation between the four areas, the store connection and its
// status, window state kept between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // readConninfo: a streaming replica to read from (StoreClient::open); empty: conninfo.
    void openStore(const QString& conninfo, const QString& readConninfo = {});
    void showArea(ConsoleArea area);
    ConsoleArea currentArea() const;

    StoreClient* storeClient() const { return m_client; }
    StoreOverviewModel* overviewModel() const { return m_overview; }

    void showConnectionDialog();

    // Wall mode (--wall, F11): full screen, the Wall alone in a dark high-contrast theme, its
    // pages rotating. F11 or Escape leaves it.
    void setWallMode(bool on);
    bool isWallMode() const { return m_wallMode; }
    WallPage* wallPage() const { return m_wallPage; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void addEnginesNotice();
    void createNavigation();
    void createMenus();
    QWidget* createCentralWidget();
    void addAreaPage(ConsoleArea area, QWidget* page, const QString& title);
    void onStateChanged(const ConnectionState& state);
    void showAbout();
    void restoreWindow();
    void saveWindow();

    StoreClient* m_client;
    StoreOverviewModel* m_overview;
    LiveQuery* m_overviewQuery;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    ConnectionStatusWidget* m_status;
    QActionGroup* m_areaActions;
    QList<QAction*> m_areaActionList;
    WallPage* m_wallPage = nullptr;
    QAction* m_wallModeAction = nullptr;
    bool m_wallMode = false;
    QByteArray m_geometryBeforeWall;
};
