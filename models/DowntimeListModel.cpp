#include "DowntimeListModel.h"

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

DowntimeListModel::DowntimeListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DowntimeListModel::setResult(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok()) {
        QList<DowntimeRow> rows = DowntimeRow::fromResult(result);
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

int DowntimeListModel::rowOf(qint64 downtimeId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == downtimeId)
            return row;
    }
    return -1;
}

DowntimeCursor DowntimeListModel::lastCursor() const
{
    return m_rows.isEmpty() ? DowntimeCursor() : m_rows.last().cursor();
}

int DowntimeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DowntimeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DowntimeListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DowntimeRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == MutedColumn && row.muted)
            return tr("Muted by mute %1 (%2): %3")
                .arg(row.muteId)
                .arg(row.muteAuthor, row.muteReason);
        if (index.column() == LabelColumn && !row.label.isEmpty())
            return tr("%1 by %2: %3").arg(row.label, row.labelledBy, row.labelNote);
        return {};
    case Qt::ForegroundRole:
        if (row.muted)
            return StatusColor::of(StatusColor::Muted);
        if (index.column() == SeverityColumn && row.isOpen())
            return StatusColor::of(StatusColor::Bad);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == LowestSrColumn || index.column() == VolumeColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case DowntimeIdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant DowntimeListModel::display(const DowntimeRow& row, int column) const
{
    switch (column) {
    case StartedColumn:
        return shortTime(row.startedAt);
    case ResolvedColumn:
        return row.isOpen() ? tr("open") : shortTime(row.resolvedAt);
    case RuleColumn:
        return tr("%1 v%2")
            .arg(row.ruleName.isEmpty() ? u"#"_s + QString::number(row.ruleId) : row.ruleName)
            .arg(row.ruleVersion);
    case CohortColumn:
        return row.cohortKey;
    case SeverityColumn:
        return row.severity;
    case LowestSrColumn:
        return DisplayFormat::percent(row.lowestSr);
    case VolumeColumn:
        return QLocale().toString(row.volume);
    case MutedColumn:
        if (!row.muted)
            return QString();
        return row.muteId > 0 ? tr("muted (#%1)").arg(row.muteId) : tr("muted");
    case LabelColumn:
        if (row.label == u"true_positive")
            return tr("true positive");
        if (row.label == u"false_positive")
            return tr("false positive");
        return QString();
    default:
        return {};
    }
}

QVariant DowntimeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case ResolvedColumn:
        return tr("Resolved");
    case RuleColumn:
        return tr("Rule");
    case CohortColumn:
        return tr("Cohort");
    case SeverityColumn:
        return tr("Severity");
    case LowestSrColumn:
        return tr("Lowest SR");
    case VolumeColumn:
        return tr("Payments");
    case MutedColumn:
        return tr("Muted");
    case LabelColumn:
        return tr("Label");
    default:
        return {};
    }
}
