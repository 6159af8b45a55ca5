#pragma once

#include "rules/RuleVersionDiff.h"

#include <QAbstractTableModel>

// Two versions of a rule side by side (RuleVersionDiff): one row per field, the changed ones
// highlighted (ChangedRole true, a background, bold).
class RuleDiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        FieldColumn,
        LeftColumn,
        RightColumn,
        ColumnCount
    };
    enum Role
    {
        ChangedRole = Qt::UserRole + 1,
    };

    explicit RuleDiffModel(QObject* parent = nullptr);

    void compare(int leftVersion, const RuleVersionDiff::Version& left, int rightVersion,
                 const RuleVersionDiff::Version& right);
    void clear();
    const QList<RuleVersionDiff::Field>& fields() const { return m_fields; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RuleVersionDiff::Field> m_fields;
    int m_leftVersion = 0;
    int m_rightVersion = 0;
};
