#include "BacktestMatrixModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

BacktestMatrixModel::BacktestMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void BacktestMatrixModel::setEvaluations(const std::optional<DetectionEvaluation>& current,
                                         const std::optional<DetectionEvaluation>& edited)
{
    m_current = current;
    m_edited = edited;
    emit dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1),
                     {Qt::DisplayRole, ValueRole});
}

const std::optional<DetectionEvaluation>& BacktestMatrixModel::evaluation(Column column) const
{
    return column == CurrentColumn ? m_current : m_edited;
}

int BacktestMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int BacktestMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BacktestMatrixModel::value(const DetectionEvaluation& evaluation, int row)
{
    switch (row) {
    case TruePositivesRow:
        return evaluation.truePositives();
    case FalsePositivesRow:
        return evaluation.falsePositives();
    case LabelledFalseRow:
        return evaluation.labelledFalsePositives();
    case FalseNegativesRow:
        return evaluation.falseNegatives();
    case PrecisionRow:
        return evaluation.precision();
    case RecallRow:
        return evaluation.recall();
    case MedianDelayRow:
        return evaluation.medianDelaySeconds() ? QVariant(*evaluation.medianDelaySeconds())
                                               : QVariant();
    default:
        return {};
    }
}

QVariant BacktestMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& evaluation = this->evaluation(Column(index.column()));
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (!evaluation || (role != Qt::DisplayRole && role != ValueRole))
        return {};
    const QVariant figure = value(*evaluation, index.row());
    if (role == ValueRole || !figure.isValid())
        return figure;
    switch (index.row()) {
    case PrecisionRow:
    case RecallRow:
        return QLocale().toString(figure.toDouble(), 'f', 2);
    case MedianDelayRow:
        return tr("%1 s").arg(QLocale().toString(figure.toDouble(), 'f', 0));
    default:
        return QLocale().toString(figure.toLongLong());
    }
}

QVariant BacktestMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section == CurrentColumn ? tr("Current") : tr("Edited");
    switch (section) {
    case TruePositivesRow:
        return tr("True positives");
    case FalsePositivesRow:
        return tr("False positives");
    case LabelledFalseRow:
        return tr("… labelled false");
    case FalseNegativesRow:
        return tr("Missed (false negatives)");
    case PrecisionRow:
        return tr("Precision");
    case RecallRow:
        return tr("Recall");
    case MedianDelayRow:
        return tr("Median delay");
    default:
        return {};
    }
}
