#pragma once

#include "downtimes/DowntimeRow.h"

#include <QAbstractTableModel>

// One page of the Downtimes tab (DowntimeQuery::page asked for pageSize + 1 rows): started,
// resolved, rule, cohort, severity, lowest SR, volume, muted, label.
class DowntimeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StartedColumn,
        ResolvedColumn,
        RuleColumn,
        CohortColumn,
        SeverityColumn,
        LowestSrColumn,
        VolumeColumn,
        MutedColumn,
        LabelColumn,
        ColumnCount
    };
    static constexpr int DowntimeIdRole = Qt::UserRole + 1;

    explicit DowntimeListModel(QObject* parent = nullptr);

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    void setResult(const QueryResult& result);
    bool hasData() const { return m_loaded; }
    bool hasMore() const { return m_more; }
    QString error() const { return m_error; }
    const DowntimeRow& downtime(int row) const { return m_rows.at(row); }
    int rowOf(qint64 downtimeId) const;
    DowntimeCursor lastCursor() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void resultApplied();

private:
    QVariant display(const DowntimeRow& row, int column) const;

    QList<DowntimeRow> m_rows;
    int m_pageSize = 50;
    bool m_more = false;
    bool m_loaded = false;
    QString m_error;
};
