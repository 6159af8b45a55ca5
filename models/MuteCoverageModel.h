#pragma once

#include "downtimes/MuteRow.h"

#include <QAbstractTableModel>

// A mute's preview (MuteQuery::preview): the open downtimes it would mute, then the cohorts
// with recent SR windows it would cover.
class MuteCoverageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        RuleColumn,
        CohortColumn,
        SeverityColumn,
        ColumnCount
    };

    explicit MuteCoverageModel(QObject* parent = nullptr);

    void setResult(const QueryResult& result);
    void clear();
    bool hasData() const { return m_loaded; }
    QString error() const { return m_error; }
    int downtimeCount() const;
    int cohortCount() const { return int(m_rows.size()) - downtimeCount(); }
    const MuteCoverage& coverage(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void resultApplied();

private:
    QList<MuteCoverage> m_rows;
    bool m_loaded = false;
    QString m_error;
};
