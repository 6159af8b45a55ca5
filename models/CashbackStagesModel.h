#pragma once

#include "cashback/CashbackFlow.h"
#include "store/Query.h"

#include <QAbstractTableModel>
#include <optional>

// One payment's way to a credit (core/cashback/CashbackFlowQuery::flow), one row per stage:
// captured → computed → queued → credited (or dead-lettered with the reason), and refunded →
// reversal queued → reversed after a refund. Stages not reached yet are listed as waiting.
class CashbackStagesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StageColumn,
        TimeColumn,
        AfterColumn, // since the previous stage reached
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // CashbackStage::Kind
        StatusRole,                  // CashbackStage::Status
        AtMsRole,                    // qint64 ms since the epoch, invalid when not reached
    };

    explicit CashbackStagesModel(QObject* parent = nullptr);

    void setResult(const QueryResult& result);
    void clear();

    QString error() const { return m_error; }
    const CashbackFlow& flow() const { return m_flow; }
    QList<CashbackStage> stages() const { return m_stages; }

    static QString kindName(CashbackStage::Kind kind);
    static QColor statusColor(CashbackStage::Status status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void resultApplied();

private:
    QVariant display(int row, int column) const;
    QString detail(const CashbackStage& stage) const;
    QString computed(const CashbackStage& stage) const;
    // Milliseconds from the nearest earlier reached stage (negative when recorded later).
    std::optional<qint64> sincePrevious(int row) const;

    CashbackFlow m_flow;
    QList<CashbackStage> m_stages;
    QString m_error;
};
