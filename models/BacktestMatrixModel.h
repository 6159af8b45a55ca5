#pragma once

#include "evaluate/DetectionEvaluation.h"

#include <QAbstractTableModel>
#include <optional>

// Two confusion matrices side by side (payops evaluate's figures, DetectionEvaluation): a row
// per figure (true positives, false positives and how many of them operators labelled so,
// false negatives, precision, recall, median delay), a column per version (current, edited).
class BacktestMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Row
    {
        TruePositivesRow,
        FalsePositivesRow,
        LabelledFalseRow,
        FalseNegativesRow,
        PrecisionRow,
        RecallRow,
        MedianDelayRow,
        RowCount
    };
    enum Column
    {
        CurrentColumn,
        EditedColumn,
        ColumnCount
    };
    static constexpr int ValueRole = Qt::UserRole + 1; // the figure as a number

    explicit BacktestMatrixModel(QObject* parent = nullptr);

    // No evaluation: the column is empty (no current version, or nothing to judge against).
    void setEvaluations(const std::optional<DetectionEvaluation>& current,
                        const std::optional<DetectionEvaluation>& edited);
    const std::optional<DetectionEvaluation>& evaluation(Column column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QVariant value(const DetectionEvaluation& evaluation, int row);

    std::optional<DetectionEvaluation> m_current;
    std::optional<DetectionEvaluation> m_edited;
};
