#include "BacktestDowntimesModel.h"

#include "DisplayFormat.h"
#include "backtest/BacktestScore.h"
#include "evaluate/DetectionEvaluation.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString timeText(qint64 micros)
{
    return QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC)
        .toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString durationText(qint64 micros)
{
    const qint64 seconds = micros / 1'000'000;
    if (seconds < 60)
        return u"%1 s"_s.arg(seconds);
    if (seconds < 3600)
        return u"%1 min %2 s"_s.arg(seconds / 60).arg(seconds % 60);
    return u"%1 h %2 min"_s.arg(seconds / 3600).arg(seconds % 3600 / 60);
}

DetectedDowntime detected(const BacktestDowntime& downtime)
{
    DetectedDowntime entry;
    entry.cohort = BacktestScore::cohortMap(downtime.cohort);
    entry.startedAt = downtime.startedAt;
    entry.resolvedAt = downtime.resolvedAt;
    return entry;
}

const TruthIncident* matching(const QList<TruthIncident>& incidents, const DetectedDowntime& d,
                              bool sameCohort)
{
    for (const TruthIncident& incident : incidents) {
        const bool cohort = sameCohort
                                ? incident.cohort == d.cohort
                                : DetectionEvaluation::cohortsAgree(incident.cohort, d.cohort);
        if (cohort && DetectionEvaluation::overlaps(incident, d))
            return &incident;
    }
    return nullptr;
}

} // namespace

BacktestDowntimesModel::BacktestDowntimesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void BacktestDowntimesModel::setResult(const BacktestResult& result)
{
    beginResetModel();
    m_result = result;
    rematch();
    endResetModel();
}

void BacktestDowntimesModel::setTruth(const QList<TruthIncident>& truth)
{
    m_truth = truth;
    rematch();
    if (!m_matches.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, MatchedRole});
    }
}

void BacktestDowntimesModel::clear()
{
    setResult({});
}

// The same judgement as BacktestScore: a known false one (same cohort, overlapping) first.
void BacktestDowntimesModel::rematch()
{
    m_matches.clear();
    for (const BacktestDowntime& downtime : std::as_const(m_result.downtimes)) {
        const DetectedDowntime d = detected(downtime);
        Match match;
        if (matching(m_result.labelledFalse, d, true))
            match.label = u"false_positive"_s;
        else if (matching(m_result.labelledTrue, d, false))
            match.label = u"true_positive"_s;
        if (const TruthIncident* incident = matching(m_truth, d, false))
            match.incident = incident->name;
        m_matches.append(match);
    }
}

int BacktestDowntimesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.downtimes.size());
}

int BacktestDowntimesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BacktestDowntimesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const BacktestDowntime& downtime = m_result.downtimes[row];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= LowestSrColumn && index.column() <= VolumeColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case SideRole:
        return int(downtime.side);
    case CohortKeyRole:
        return downtime.cohortKey;
    case StartedRole:
        return downtime.startedAt;
    case EndRole:
        return downtime.resolvedAt.value_or(m_result.to);
    case SeverityRankRole:
        return downtime.rank;
    case MatchedRole:
        return m_matches[row].label == u"true_positive" || !m_matches[row].incident.isEmpty();
    default:
        return {};
    }
}

QVariant BacktestDowntimesModel::display(int row, int column) const
{
    const BacktestDowntime& d = m_result.downtimes[row];
    const Match& match = m_matches[row];
    switch (column) {
    case VersionColumn:
        return d.side == BacktestDowntime::Current ? tr("current v%1").arg(d.version)
                                                   : tr("edited");
    case CohortColumn:
        return d.cohortKey;
    case StartedColumn:
        return timeText(d.startedAt);
    case ResolvedColumn:
        return d.resolvedAt ? timeText(*d.resolvedAt) : tr("open at the end");
    case DurationColumn:
        return durationText(d.resolvedAt.value_or(m_result.to) - d.startedAt);
    case SeverityColumn:
        return d.severity;
    case LowestSrColumn:
        return DisplayFormat::percent(d.lowestSr);
    case VolumeColumn:
        return QLocale().toString(d.volume);
    case LabelsColumn:
        return match.label == u"true_positive"    ? tr("labelled true")
               : match.label == u"false_positive" ? tr("labelled false")
                                                  : QString();
    case TruthColumn:
        return match.incident;
    default:
        return {};
    }
}

QVariant BacktestDowntimesModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case CohortColumn:
        return tr("Cohort");
    case StartedColumn:
        return tr("Started (UTC)");
    case ResolvedColumn:
        return tr("Resolved (UTC)");
    case DurationColumn:
        return tr("Duration");
    case SeverityColumn:
        return tr("Severity");
    case LowestSrColumn:
        return tr("Lowest SR");
    case VolumeColumn:
        return tr("Payments");
    case LabelsColumn:
        return tr("Labels");
    case TruthColumn:
        return tr("Ground truth");
    default:
        return {};
    }
}
