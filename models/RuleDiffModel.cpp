#include "RuleDiffModel.h"

#include <QColor>
#include <QFont>

RuleDiffModel::RuleDiffModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RuleDiffModel::compare(int leftVersion, const RuleVersionDiff::Version& left, int rightVersion,
                            const RuleVersionDiff::Version& right)
{
    beginResetModel();
    m_fields = RuleVersionDiff::compare(left, right);
    m_leftVersion = leftVersion;
    m_rightVersion = rightVersion;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, LeftColumn, RightColumn);
}

void RuleDiffModel::clear()
{
    beginResetModel();
    m_fields.clear();
    m_leftVersion = m_rightVersion = 0;
    endResetModel();
}

int RuleDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int RuleDiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleDiffModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RuleVersionDiff::Field& field = m_fields.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == FieldColumn)
            return field.path;
        return index.column() == LeftColumn ? field.left : field.right;
    case Qt::BackgroundRole:
        return field.changed ? QColor(0xff, 0xf1, 0xc4) : QVariant();
    case Qt::ForegroundRole:
        return field.changed ? QColor(0x20, 0x20, 0x20) : QVariant();
    case Qt::FontRole: {
        if (!field.changed)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case ChangedRole:
        return field.changed;
    default:
        return {};
    }
}

QVariant RuleDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case LeftColumn:
        return m_leftVersion ? tr("Version %1").arg(m_leftVersion) : tr("Left");
    case RightColumn:
        return m_rightVersion ? tr("Version %1").arg(m_rightVersion) : tr("Right");
    default:
        return {};
    }
}
