#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class StoreOverviewModel;

// The Wall: for now the store overview (events by status, quarantine, schema version);
// the live success-rate charts join it once the detector writes sr_windows.
class WallPage : public QWidget
{
    Q_OBJECT
public:
    explicit WallPage(StoreOverviewModel* overview, QWidget* parent = nullptr);

private:
    QTableView* createTable();
    void showSummary();

    StoreOverviewModel* m_overview;
    QLabel* m_summary;
    QLabel* m_error;
};
