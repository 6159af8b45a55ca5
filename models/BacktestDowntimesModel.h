#pragma once

#include "backtest/BacktestResult.h"

#include <QAbstractTableModel>

// The downtimes of a backtest, both versions (current first at equal start), by start: which
// version, cohort, times, severity, lowest SR, volume, and what they match: a labelled
// downtime of the store (true or false positive) and an incident of the ground-truth file,
// by payops evaluate's rule (DetectionEvaluation: times overlap, cohorts agree).
class BacktestDowntimesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        VersionColumn,
        CohortColumn,
        StartedColumn,
        ResolvedColumn,
        DurationColumn,
        SeverityColumn,
        LowestSrColumn,
        VolumeColumn,
        LabelsColumn,
        TruthColumn,
        ColumnCount
    };
    enum Role
    {
        SideRole = Qt::UserRole + 1, // BacktestDowntime::Side
        CohortKeyRole,
        StartedRole,      // microseconds since the epoch
        EndRole,          // resolved, or the end of the range when still open
        SeverityRankRole, // 1 = the rule's worst band
        MatchedRole       // bool: matches a true_positive label or a truth incident
    };

    explicit BacktestDowntimesModel(QObject* parent = nullptr);

    void setResult(const BacktestResult& result);
    void setTruth(const QList<TruthIncident>& truth); // the loaded ground-truth file
    const BacktestResult& result() const { return m_result; }
    const QList<TruthIncident>& truth() const { return m_truth; }
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Match
    {
        QString label; // true_positive, false_positive or empty
        QString incident;
    };
    void rematch();
    QVariant display(int row, int column) const;

    BacktestResult m_result;
    QList<TruthIncident> m_truth;
    QList<Match> m_matches;
};
