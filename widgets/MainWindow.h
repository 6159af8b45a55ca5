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
class StoreBanner;
class StoreClient;
class StoreOverviewModel;

// The console's shell: navigation between the four areas, the store connection and its
// status, window state kept between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openStore(const QString& conninfo);
    void showArea(ConsoleArea area);
    ConsoleArea currentArea() const;

    StoreClient* storeClient() const { return m_client; }
    StoreOverviewModel* overviewModel() const { return m_overview; }

    void showConnectionDialog();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
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
    StoreBanner* m_banner;
    ConnectionStatusWidget* m_status;
    QActionGroup* m_areaActions;
    QList<QAction*> m_areaActionList;
};
