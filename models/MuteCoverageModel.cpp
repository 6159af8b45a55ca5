#include "MuteCoverageModel.h"

using namespace Qt::StringLiterals;

MuteCoverageModel::MuteCoverageModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MuteCoverageModel::setResult(const QueryResult& result)
{
    m_error = result.error;
    beginResetModel();
    m_rows = result.ok() ? MuteCoverage::fromResult(result) : QList<MuteCoverage>();
    m_loaded = result.ok();
    endResetModel();
    emit resultApplied();
}

void MuteCoverageModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_loaded = false;
    m_error.clear();
    endResetModel();
}

int MuteCoverageModel::downtimeCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const MuteCoverage& row) { return row.kind == u"downtime"; }));
}

int MuteCoverageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MuteCoverageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MuteCoverageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::DisplayRole)
        return {};
    const MuteCoverage& row = m_rows.at(index.row());
    switch (index.column()) {
    case KindColumn:
        if (row.kind != u"downtime")
            return tr("cohort");
        return row.muted ? tr("open downtime #%1 (already muted)").arg(row.downtimeId)
                         : tr("open downtime #%1").arg(row.downtimeId);
    case RuleColumn:
        return row.ruleName.isEmpty() ? u"#"_s + QString::number(row.ruleId) : row.ruleName;
    case CohortColumn:
        return row.cohortKey;
    case SeverityColumn:
        return row.severity;
    default:
        return {};
    }
}

QVariant MuteCoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Covers");
    case RuleColumn:
        return tr("Rule");
    case CohortColumn:
        return tr("Cohort");
    case SeverityColumn:
        return tr("Severity");
    default:
        return {};
    }
}
