#include "WallCohortsModel.h"

#include "DisplayFormat.h"

#include <QHash>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

WallCohortsModel::WallCohortsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void WallCohortsModel::setResult(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok()) {
        QDateTime asOf = QDateTime::currentDateTimeUtc();
        QList<WallCohort> cohorts = WallCohort::listFromResult(result, &asOf);
        m_asOf = asOf;
        m_loadedAt = QDateTime::currentDateTime();
        setCohorts(std::move(cohorts));
    }
    emit resultApplied();
}

void WallCohortsModel::mergeResult(const QueryResult& result, qint64 cutoffMs, int rangeSeconds)
{
    m_error = result.error;
    if (!result.ok()) {
        emit resultApplied();
        return;
    }
    QDateTime asOf = QDateTime::currentDateTimeUtc();
    QList<WallCohort> incoming = WallCohort::listFromResult(result, &asOf);
    m_asOf = asOf;
    m_loadedAt = QDateTime::currentDateTime();
    QHash<QString, qsizetype> byId;
    for (qsizetype i = 0; i < incoming.size(); ++i)
        byId.insert(incoming.at(i).id(), i);
    const qint64 oldestMs = asOf.toMSecsSinceEpoch() - qint64(rangeSeconds) * 1000;
    const auto keep = [oldestMs](QList<WallPoint>& series, qint64 beforeMs) {
        series.removeIf(
            [&](const WallPoint& p) { return p.atMs <= oldestMs || p.atMs >= beforeMs; });
    };
    QList<WallCohort> next;
    next.reserve(m_rows.size() + incoming.size());
    for (const WallCohort& old : std::as_const(m_rows)) {
        const auto found = byId.find(old.id());
        if (found == byId.end()) {
            WallCohort cohort = old; // no new window, no downtime in the range
            cohort.downtimes.clear();
            cohort.worstSeverity.clear();
            cohort.worstRank = 0;
            keep(cohort.series, std::numeric_limits<qint64>::max());
            if (!cohort.series.isEmpty())
                next.append(std::move(cohort));
            continue;
        }
        WallCohort cohort = std::move(incoming[*found]);
        byId.erase(found);
        QList<WallPoint> series = old.series;
        keep(series, cohort.series.isEmpty() ? std::numeric_limits<qint64>::max() : cutoffMs);
        series.append(cohort.series);
        cohort.series = std::move(series);
        if (std::isnan(cohort.currentSr)) {
            cohort.currentSr = old.currentSr;
            cohort.currentAttempts = old.currentAttempts;
        }
        next.append(std::move(cohort));
    }
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        if (byId.contains(incoming.at(i).id()))
            next.append(std::move(incoming[i]));
    }
    std::stable_sort(next.begin(), next.end(), &WallCohortsModel::worseThan);
    setCohorts(std::move(next));
    emit resultApplied();
}

// The order of WallCohortsQuery: open unmuted downtimes by rank (unknown bands after known
// ones), then the lowest current SR, then rule name and cohort.
bool WallCohortsModel::worseThan(const WallCohort& a, const WallCohort& b)
{
    const auto order = [](const WallCohort& c) {
        return !c.hasOpenDowntime() ? 2000 : (c.worstRank == 0 ? 1000 : c.worstRank);
    };
    if (order(a) != order(b))
        return order(a) < order(b);
    const bool aSr = !std::isnan(a.currentSr);
    const bool bSr = !std::isnan(b.currentSr);
    if (aSr != bSr)
        return aSr;
    if (aSr && a.currentSr != b.currentSr)
        return a.currentSr < b.currentSr;
    if (a.ruleName != b.ruleName)
        return a.ruleName < b.ruleName;
    return a.cohortKey < b.cohortKey;
}

qint64 WallCohortsModel::newestPointMs() const
{
    qint64 newest = 0;
    for (const WallCohort& cohort : m_rows) {
        if (!cohort.series.isEmpty())
            newest = std::max(newest, cohort.series.last().atMs);
    }
    return newest;
}

void WallCohortsModel::setCohorts(QList<WallCohort> cohorts)
{
    if (m_rows.isEmpty() && !cohorts.isEmpty()) {
        beginInsertRows({}, 0, int(cohorts.size()) - 1);
        m_rows = std::move(cohorts);
        endInsertRows();
        return;
    }
    removeVanished(cohorts);
    QList<int> changed;
    for (int row = 0; row < cohorts.size(); ++row)
        placeRow(row, std::move(cohorts[row]), &changed);
    std::sort(changed.begin(), changed.end());
    for (int i = 0; i < changed.size();) {
        int last = i;
        while (last + 1 < changed.size() && changed[last + 1] == changed[last] + 1)
            ++last;
        emit dataChanged(index(changed[i], 0), index(changed[last], ColumnCount - 1));
        i = last + 1;
    }
}

void WallCohortsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

void WallCohortsModel::removeVanished(const QList<WallCohort>& next)
{
    QSet<QString> kept;
    kept.reserve(next.size());
    for (const WallCohort& cohort : next)
        kept.insert(cohort.id());
    for (int last = int(m_rows.size()) - 1; last >= 0; --last) {
        if (kept.contains(m_rows.at(last).id()))
            continue;
        int first = last;
        while (first > 0 && !kept.contains(m_rows.at(first - 1).id()))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }
}

// Puts cohort at row: in place, moved up from further down, or inserted.
void WallCohortsModel::placeRow(int row, WallCohort cohort, QList<int>* changed)
{
    const QString id = cohort.id();
    int from = -1;
    for (int i = row; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id() == id) {
            from = i;
            break;
        }
    }
    if (from < 0) {
        beginInsertRows({}, row, row);
        m_rows.insert(row, std::move(cohort));
        endInsertRows();
        return;
    }
    if (from != row) {
        beginMoveRows({}, from, from, {}, row);
        m_rows.move(from, row);
        endMoveRows();
    }
    if (!(m_rows.at(row) == cohort)) {
        m_rows[row] = std::move(cohort);
        changed->append(row);
    }
}

int WallCohortsModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id() == id)
            return row;
    }
    return -1;
}

QColor WallCohortsModel::severityColor(int rank, bool muted)
{
    if (muted)
        return QColor(0x9e, 0x9e, 0x9e);
    switch (rank) {
    case 1:
        return QColor(0xe5, 0x39, 0x35);
    case 2:
        return QColor(0xfb, 0x8c, 0x00);
    default:
        return QColor(0xfd, 0xd8, 0x35);
    }
}

int WallCohortsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WallCohortsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WallCohortsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WallCohort& cohort = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(cohort, index.column());
    case Qt::ToolTipRole:
        return toolTip(cohort);
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn && cohort.hasOpenDowntime())
            return severityColor(cohort.worstRank);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CurrentSrColumn || index.column() == ThresholdColumn)
            return QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight);
        return {};
    case CohortRole:
        return QVariant::fromValue(cohort);
    case SeriesRole:
        return QVariant::fromValue(cohort.series);
    case DowntimesRole:
        return QVariant::fromValue(cohort.downtimes);
    case IdRole:
        return cohort.id();
    case SrRole:
        return std::isnan(cohort.currentSr) ? QVariant() : QVariant(cohort.currentSr);
    case SeverityRankRole:
        return cohort.hasOpenDowntime() ? cohort.worstRank : 0;
    default:
        return {};
    }
}

QVariant WallCohortsModel::display(const WallCohort& cohort, int column) const
{
    switch (column) {
    case CohortColumn:
        return cohort.cohortLabel.isEmpty() || cohort.cohortKey == u"all" ? tr("all payments")
                                                                          : cohort.cohortLabel;
    case RuleColumn:
        return cohort.ruleName.isEmpty() ? tr("rule %1").arg(cohort.ruleId) : cohort.ruleName;
    case CurrentSrColumn:
        return DisplayFormat::percent(cohort.currentSr);
    case ThresholdColumn:
        return DisplayFormat::percent(cohort.threshold);
    case SeverityColumn:
        return cohort.hasOpenDowntime() ? cohort.worstSeverity : QString();
    default:
        return {};
    }
}

QString WallCohortsModel::toolTip(const WallCohort& cohort) const
{
    QString text = tr("%1 — rule %2 (%3)")
                       .arg(cohort.cohortKey, cohort.ruleName, QString::number(cohort.ruleId));
    text += u'\n' + tr("SR of the newest window: %1 over %2 attempts")
                        .arg(DisplayFormat::percent(cohort.currentSr),
                             QLocale().toString(cohort.currentAttempts));
    text += u'\n' + tr("Opens a downtime below %1").arg(DisplayFormat::percent(cohort.threshold));
    if (cohort.hasOpenDowntime())
        text += u'\n' + tr("Open downtime: %1").arg(cohort.worstSeverity);
    return text;
}

QVariant WallCohortsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CohortColumn:
        return tr("Cohort");
    case RuleColumn:
        return tr("Rule");
    case CurrentSrColumn:
        return tr("Current SR");
    case ThresholdColumn:
        return tr("Threshold");
    case SeverityColumn:
        return tr("Severity");
    default:
        return {};
    }
}
