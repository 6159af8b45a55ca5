#pragma once

#include "wall/WallRange.h"

#include <QDialog>

class CohortDowntimesModel;
class LiveQuery;
class QLabel;
class QTableView;
class SrChart;
class StoreClient;
class WallCohortsModel;

// A cohort of the Wall opened on its own: its chart, follows the Wall's results, and the
// list of its downtimes (times, severity, lowest SR, volume, muted, label), kept live.
class CohortDetailDialog : public QDialog
{
    Q_OBJECT
public:
    CohortDetailDialog(StoreClient* client, WallCohortsModel* cohorts, const QString& cohortId,
                       WallRange range, QWidget* parent = nullptr);

    QString cohortId() const { return m_cohortId; }
    void setRange(WallRange range);
    CohortDowntimesModel* downtimesModel() const { return m_downtimes; }
    SrChart* chart() const { return m_chart; }
    QTableView* table() const { return m_table; }

private:
    void showCohort();

    WallCohortsModel* m_cohorts;
    QString m_cohortId;
    WallRange m_range;
    CohortDowntimesModel* m_downtimes;
    LiveQuery* m_query;
    QLabel* m_heading;
    QLabel* m_facts;
    SrChart* m_chart;
    QTableView* m_table;
};
