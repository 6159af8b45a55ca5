#pragma once

#include "downtimes/AuditRow.h"

#include <QAbstractTableModel>

// One page of the audit log (AuditQuery::page asked for pageSize + 1 rows): when, who, action,
// target, reason and what changed (the changed keys; the full diff in the tooltip).
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AtColumn,
        ActorColumn,
        ActionColumn,
        TargetColumn,
        ReasonColumn,
        ChangesColumn,
        ColumnCount
    };
    static constexpr int DiffRole = Qt::UserRole + 1; // AuditDiff::text of the row

    explicit AuditLogModel(QObject* parent = nullptr);

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    void setResult(const QueryResult& result);
    bool hasData() const { return m_loaded; }
    bool hasMore() const { return m_more; }
    QString error() const { return m_error; }
    const AuditRow& entry(int row) const { return m_rows.at(row); }
    AuditCursor lastCursor() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void resultApplied();

private:
    QList<AuditRow> m_rows;
    int m_pageSize = 50;
    bool m_more = false;
    bool m_loaded = false;
    QString m_error;
};
