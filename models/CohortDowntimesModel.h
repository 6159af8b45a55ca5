#pragma once

#include "wall/WallCohort.h"

#include <QAbstractTableModel>

// The downtimes of one cohort (WallCohortsQuery::cohortDowntimes), newest first: when, how
// long, severity, lowest SR, volume, muted, label.
class CohortDowntimesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StartedColumn,
        ResolvedColumn,
        DurationColumn,
        SeverityColumn,
        LowestSrColumn,
        VolumeColumn,
        MutedColumn,
        LabelColumn,
        ColumnCount
    };
    static constexpr int DowntimeRole = Qt::UserRole + 1; // the WallDowntime

    explicit CohortDowntimesModel(QObject* parent = nullptr);

    void setResult(const QueryResult& result);
    void setDowntimes(const QList<WallDowntime>& downtimes);
    const QList<WallDowntime>& downtimes() const { return m_rows; }
    bool hasData() const { return m_loaded; }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void resultApplied();

private:
    QVariant display(const WallDowntime& downtime, int column) const;

    QList<WallDowntime> m_rows;
    bool m_loaded = false;
    QString m_error;
};
