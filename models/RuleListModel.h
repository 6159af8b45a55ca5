#pragma once

#include "detect/DetectionRule.h"
#include "store/Query.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

// The current version of every detection rule (core/rules/RuleListQuery::current): its cohort
// and window in words, thresholds, how many cohorts it watches now and how many downtimes it
// opened this week. A definition the detector cannot use is shown with its reason. An error
// result keeps the rows and is reported by error().
class RuleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Rule
    {
        qint64 id = 0;
        int version = 0;
        QString name;
        bool enabled = true;
        QJsonObject definition;
        QString comment;
        QString createdBy;
        QDateTime createdAt;
        qint64 watched = 0;
        qint64 openedWeek = 0;
        std::optional<DetectionRule> parsed;
        QString problem; // why parsed is empty
    };
    enum Column
    {
        NameColumn,
        EnabledColumn,
        CohortColumn,
        WindowColumn,
        ThresholdsColumn,
        WatchedColumn,
        OpenedColumn,
        VersionColumn,
        ColumnCount
    };
    enum Role
    {
        RuleIdRole = Qt::UserRole + 1,
    };

    explicit RuleListModel(QObject* parent = nullptr);

    void setResult(const QueryResult& result);
    QString error() const { return m_error; }
    const Rule& rule(int row) const { return m_rules.at(row); }
    int rowOf(qint64 ruleId) const; // -1 when absent

    // The words the list uses, also for the editor's summary.
    static QString cohortText(const DetectionRule& rule);
    static QString windowText(const DetectionRule& rule);
    static QString thresholdsText(const DetectionRule& rule);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void resultApplied();

private:
    QVariant display(const Rule& rule, int column) const;

    QList<Rule> m_rules;
    QString m_error;
};
