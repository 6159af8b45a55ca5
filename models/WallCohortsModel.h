#pragma once

#include "wall/WallCohort.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>

// The Wall's charts, one row per (rule, cohort), worst first as WallCohortsQuery orders them.
// A new result updates the rows in place: vanished cohorts are removed, new ones inserted,
// reordered ones moved, and only rows whose data changed report dataChanged, so the charts
// of a wall that refreshes every second are never rebuilt. An error keeps the last rows.
class WallCohortsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CohortColumn,
        RuleColumn,
        CurrentSrColumn,
        ThresholdColumn,
        SeverityColumn,
        ColumnCount
    };
    enum Role
    {
        CohortRole = Qt::UserRole + 1, // the whole WallCohort
        SeriesRole,                    // QList<WallPoint>
        DowntimesRole,                 // QList<WallDowntime>
        IdRole,                        // "ruleId/cohortKey"
        SrRole,                        // the current SR as a double (invalid without one)
        SeverityRankRole               // the worst open downtime's rank; 0 when none
    };

    explicit WallCohortsModel(QObject* parent = nullptr);

    void setResult(const QueryResult& result);
    // A result of WallCohortsQuery::build(range, cutoffMs): replaces the points from cutoffMs
    // on of the cohorts it has, keeps the older ones, drops points older than the range and
    // cohorts left with nothing to show, and orders the rows worst first again.
    void mergeResult(const QueryResult& result, qint64 cutoffMs, int rangeSeconds);
    // The end of the newest window shown (epoch ms; 0 when none).
    qint64 newestPointMs() const;
    void setCohorts(QList<WallCohort> cohorts);
    void clear();

    const WallCohort& cohort(int row) const { return m_rows.at(row); }
    int rowOf(const QString& id) const;
    bool hasData() const { return m_loadedAt.isValid(); }
    QDateTime asOf() const { return m_asOf; } // the store's clock at the last result
    QDateTime loadedAt() const { return m_loadedAt; }
    QString error() const { return m_error; }

    // The shade of a downtime of severity rank (1 = worst) on the charts and tiles.
    static QColor severityColor(int rank, bool muted = false);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // After every result, good or not.
    void resultApplied();

private:
    static bool worseThan(const WallCohort& a, const WallCohort& b);
    void removeVanished(const QList<WallCohort>& next);
    void placeRow(int row, WallCohort cohort, QList<int>* changed);
    QVariant display(const WallCohort& cohort, int column) const;
    QString toolTip(const WallCohort& cohort) const;

    QList<WallCohort> m_rows;
    QDateTime m_asOf;
    QDateTime m_loadedAt;
    QString m_error;
};
