#include "CohortDowntimesModel.h"

#include "DisplayFormat.h"
#include "WallCohortsModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString timeText(const QDateTime& at)
{
    return DisplayFormat::dateTime(at);
}

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return CohortDowntimesModel::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return CohortDowntimesModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return CohortDowntimesModel::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace

CohortDowntimesModel::CohortDowntimesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CohortDowntimesModel::setResult(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok()) {
        const int column = result.column(u"downtimes"_s);
        const QString json =
            result.rows.isEmpty() ? QString() : result.rows.first().value(column).toString();
        setDowntimes(WallCohort::downtimesFromJson(json));
    }
    emit resultApplied();
}

void CohortDowntimesModel::setDowntimes(const QList<WallDowntime>& downtimes)
{
    m_loaded = true;
    bool sameRows = downtimes.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < downtimes.size(); ++i)
        sameRows = downtimes.at(i).id == m_rows.at(i).id;
    if (!sameRows) {
        beginResetModel();
        m_rows = downtimes;
        endResetModel();
        return;
    }
    for (int row = 0; row < downtimes.size(); ++row) {
        if (downtimes.at(row) == m_rows.at(row))
            continue;
        m_rows[row] = downtimes.at(row);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int CohortDowntimesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CohortDowntimesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CohortDowntimesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WallDowntime& downtime = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(downtime, index.column());
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return WallCohortsModel::severityColor(downtime.rank, downtime.muted);
        return {};
    case DowntimeRole:
        return QVariant::fromValue(downtime);
    default:
        return {};
    }
}

QVariant CohortDowntimesModel::display(const WallDowntime& downtime, int column) const
{
    switch (column) {
    case StartedColumn:
        return timeText(downtime.startedAt);
    case ResolvedColumn:
        return downtime.isOpen() ? tr("open") : timeText(downtime.resolvedAt);
    case DurationColumn: {
        const QDateTime end =
            downtime.isOpen() ? QDateTime::currentDateTimeUtc() : downtime.resolvedAt;
        return durationText(std::max<qint64>(0, downtime.startedAt.secsTo(end)));
    }
    case SeverityColumn:
        return downtime.severity;
    case LowestSrColumn:
        return DisplayFormat::percent(downtime.lowestSr);
    case VolumeColumn:
        return QLocale().toString(downtime.volume);
    case MutedColumn:
        return downtime.muted ? tr("muted") : QString();
    case LabelColumn:
        if (downtime.label == u"true_positive")
            return tr("true positive");
        if (downtime.label == u"false_positive")
            return tr("false positive");
        return QString();
    default:
        return {};
    }
}

QVariant CohortDowntimesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case ResolvedColumn:
        return tr("Resolved");
    case DurationColumn:
        return tr("Duration");
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
