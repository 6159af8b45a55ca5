#pragma once

#include "downtimes/DowntimeRow.h"

#include <QWidget>

class QLabel;
class QPushButton;
class SrChart;
class StoreClient;

// The selected downtime: its SR chart from some minutes before it started to after it
// resolved (DowntimeQuery::chart), its facts (rule and version, severity, lowest SR, volume,
// mute, resolution, label and note) and the operator's actions (label, mute).
class DowntimeDetailPanel : public QWidget
{
    Q_OBJECT
public:
    DowntimeDetailPanel(StoreClient* store, QWidget* parent = nullptr);

    // Shows downtime; the chart is read again when it is another downtime or still open.
    void showDowntime(const DowntimeRow& downtime);
    void clear();
    void setActionsVisible(bool visible);
    const DowntimeRow& downtime() const { return m_downtime; }
    bool hasChart() const { return m_chartFor == m_downtime.id && m_downtime.id > 0; }
    SrChart* chart() const { return m_chart; }
    QString facts() const;

signals:
    void labelRequested(qint64 downtimeId);
    void muteRequested(qint64 downtimeId);

private:
    void readChart();
    QString factsText() const;

    StoreClient* m_store;
    DowntimeRow m_downtime;
    qint64 m_chartFor = 0;
    QLabel* m_heading;
    QLabel* m_facts;
    SrChart* m_chart;
    QPushButton* m_label;
    QPushButton* m_mute;
};
