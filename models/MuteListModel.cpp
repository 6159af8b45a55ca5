#include "MuteListModel.h"

#include "DisplayFormat.h"
#include "StatusColor.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString shortTime(const QDateTime& at)
{
    return DisplayFormat::dateTime(at);
}

} // namespace

MuteListModel::MuteListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MuteListModel::setResult(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok()) {
        beginResetModel();
        m_rows = MuteRow::fromResult(result);
        m_loaded = true;
        endResetModel();
    }
    emit resultApplied();
}

int MuteListModel::rowOf(qint64 muteId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == muteId)
            return row;
    }
    return -1;
}

int MuteListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MuteListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MuteListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MuteRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == EndedByColumn && !row.endedBy.isEmpty())
            return tr("Ended %1 by %2: %3").arg(shortTime(row.endedAt), row.endedBy, row.endReason);
        if (index.column() == ReasonColumn)
            return row.reason;
        return {};
    case Qt::ForegroundRole:
        if (row.state == u"active")
            return StatusColor::of(StatusColor::Good);
        if (row.state == u"pending")
            return StatusColor::of(StatusColor::Info);
        return StatusColor::of(StatusColor::Muted);
    case MuteIdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant MuteListModel::display(const MuteRow& row, int column) const
{
    switch (column) {
    case IdColumn:
        return row.id;
    case StateColumn:
        if (row.state == u"active")
            return tr("active");
        if (row.state == u"pending")
            return tr("pending");
        if (row.state == u"ended")
            return tr("ended early");
        return tr("expired");
    case MatchersColumn:
        return MuteRow::matchersText(row.matchers);
    case StartsColumn:
        return shortTime(row.startsAt);
    case EndsColumn:
        return shortTime(row.endsAt);
    case AuthorColumn:
        return row.author;
    case ReasonColumn:
        return row.reason;
    case MutedColumn:
        return QLocale().toString(row.mutedDowntimes);
    case EndedByColumn:
        return row.endedBy.isEmpty()
                   ? QString()
                   : tr("%1 at %2: %3").arg(row.endedBy, shortTime(row.endedAt), row.endReason);
    default:
        return {};
    }
}

QVariant MuteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Mute");
    case StateColumn:
        return tr("State");
    case MatchersColumn:
        return tr("Matchers");
    case StartsColumn:
        return tr("Starts");
    case EndsColumn:
        return tr("Ends");
    case AuthorColumn:
        return tr("Author");
    case ReasonColumn:
        return tr("Reason");
    case MutedColumn:
        return tr("Downtimes muted");
    case EndedByColumn:
        return tr("Ended by");
    default:
        return {};
    }
}
