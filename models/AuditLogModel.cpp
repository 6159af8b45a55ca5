#include "AuditLogModel.h"

#include "DisplayFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

AuditLogModel::AuditLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AuditLogModel::setResult(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok()) {
        QList<AuditRow> rows = AuditRow::fromResult(result);
        const bool more = rows.size() > m_pageSize;
        if (more)
            rows.resize(m_pageSize);
        beginResetModel();
        m_rows = std::move(rows);
        m_more = more;
        m_loaded = true;
        endResetModel();
    }
    emit resultApplied();
}

AuditCursor AuditLogModel::lastCursor() const
{
    return m_rows.isEmpty() ? AuditCursor() : m_rows.last().cursor();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRow& row = m_rows.at(index.row());
    if (role == DiffRole || (role == Qt::ToolTipRole && index.column() == ChangesColumn))
        return AuditDiff::text(row.changes);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AtColumn:
        return DisplayFormat::dateTime(row.at);
    case ActorColumn:
        return row.actor;
    case ActionColumn:
        return row.action;
    case TargetColumn:
        return row.target;
    case ReasonColumn:
        return row.reason;
    case ChangesColumn:
        return AuditDiff::keys(row.changes);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AtColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case ReasonColumn:
        return tr("Reason");
    case ChangesColumn:
        return tr("Changed");
    default:
        return {};
    }
}
