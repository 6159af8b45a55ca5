#pragma once

#include "downtimes/MuteRow.h"

#include <QAbstractTableModel>

// The Mutes tab's list (MuteQuery::list): state, matchers, starts, ends, author, reason,
// downtimes muted, ended by.
class MuteListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        StateColumn,
        MatchersColumn,
        StartsColumn,
        EndsColumn,
        AuthorColumn,
        ReasonColumn,
        MutedColumn,
        EndedByColumn,
        ColumnCount
    };
    static constexpr int MuteIdRole = Qt::UserRole + 1;

    explicit MuteListModel(QObject* parent = nullptr);

    void setResult(const QueryResult& result);
    bool hasData() const { return m_loaded; }
    QString error() const { return m_error; }
    const MuteRow& mute(int row) const { return m_rows.at(row); }
    int rowOf(qint64 muteId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void resultApplied();

private:
    QVariant display(const MuteRow& row, int column) const;

    QList<MuteRow> m_rows;
    bool m_loaded = false;
    QString m_error;
};
