#pragma once

#include "store/Query.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

// The Wall's store overview (core/console/OverviewQuery): payment events by status and
// quarantined lines, over the last hour and the last 24 hours. The rows are fixed, so a
// user sees what is counted before the first result arrives ("—" until then). An error
// result keeps the last good numbers and is reported by error().
class StoreOverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Row
    {
        Created,
        Authorized,
        Captured,
        Failed,
        Refunded,
        AllEvents,
        Quarantined,
        RowCount
    };
    enum Column
    {
        NameColumn,
        LastHourColumn,
        LastDayColumn,
        ColumnCount
    };
    // The count as a qint64, or an invalid QVariant before the first result.
    static constexpr int CountRole = Qt::UserRole + 1;

    explicit StoreOverviewModel(QObject* parent = nullptr);

    void setResult(const QueryResult& result);

    bool hasData() const { return m_loadedAt.isValid(); }
    QDateTime loadedAt() const { return m_loadedAt; } // when the last good result came
    QString error() const { return m_error; }         // of the last result; empty if it was good
    int schemaVersion() const { return m_schemaVersion; } // 0 when unknown
    QDateTime latestEventAt() const { return m_latestEvent; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // After every result, good or not.
    void resultApplied();

private:
    struct Counts
    {
        qint64 lastHour = 0;
        qint64 lastDay = 0;
    };
    void applyRows(const QueryResult& result);
    QString rowName(int row) const;
    QString rowToolTip(int row) const;
    QVariant count(int row, int column) const;

    QList<Counts> m_counts;
    QDateTime m_loadedAt;
    QDateTime m_latestEvent;
    int m_schemaVersion = 0;
    QString m_error;
};
