#pragma once

#include "store/Query.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QStringList>

// The Engines panel: every engine instance the store knows (EnginesQuery), with its state
// (live, or stale once three beats are missed), lag and rate. It also judges the engines for
// the Wall's tile and the status bar: a kind with no live instance, or whose live instances
// are all further behind than the lag threshold, is a problem.
class EnginesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        StateColumn,
        LagColumn,
        RateColumn,
        LastBeatColumn,
        HostColumn,
        PidColumn,
        VersionColumn,
        StartedColumn,
        ColumnCount
    };
    enum Role
    {
        StaleRole = Qt::UserRole + 1, // bool
        LagSecondsRole,               // double, invalid when not known
    };

    explicit EnginesModel(QObject* parent = nullptr);

    void setResult(const QueryResult& result);
    void setLagThreshold(double seconds);
    double lagThreshold() const { return m_lagThreshold; }

    bool hasData() const { return m_loadedAt.isValid(); }
    QString error() const { return m_error; }
    // One line per kind in trouble ("detect: no live instance", "dispatch: 95 s behind").
    QStringList problems() const;
    // What the status bar says when data on screen is older than it should be (empty: fine).
    QString stalenessNotice() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // After a result was applied (the problems may have changed).
    void healthChanged();

private:
    struct Instance
    {
        qint64 id = 0;
        QString kind;
        QString host;
        qint64 pid = 0;
        QString version;
        QDateTime startedAt;
        bool stale = false;
        double silentSeconds = 0;
        QVariant lagSeconds;
        QVariant rate;
    };
    QVariant display(const Instance& instance, int column) const;

    QList<Instance> m_instances;
    double m_lagThreshold = 60;
    QDateTime m_loadedAt;
    QString m_error;
};
