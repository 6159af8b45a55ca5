#pragma once

#include "cashback/CashbackCursor.h"
#include "cashback/CashbackFlowRow.h"
#include "store/Query.h"

#include <QAbstractTableModel>

// One page of the cashback search (core/cashback/CashbackFlowQuery::search), one row per
// cashback, from QueryResult snapshots. A result holding pageSize + 1 rows shows pageSize of
// them and says that another page follows. An error result keeps the rows shown and is
// reported by error().
class CashbackFlowModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ComputedColumn,
        PaymentColumn,
        CustomerColumn,
        MerchantColumn,
        CampaignColumn,
        PaymentAmountColumn,
        CashbackColumn,
        StageColumn,
        LagColumn, // captured → credited
        ColumnCount
    };
    enum Role
    {
        CashbackIdRole = Qt::UserRole + 1,
        PaymentIdRole,
        AccountIdRole,
        StageRole, // the store's state, or "dead_lettered"
    };

    explicit CashbackFlowModel(QObject* parent = nullptr);

    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    void setResult(const QueryResult& result);
    void clear();

    bool hasMore() const { return m_hasMore; }
    QString error() const { return m_error; }
    CashbackCursor lastCursor() const;
    const CashbackFlowRow& cashback(int row) const { return m_rows.at(row); }
    QList<CashbackFlowRow> cashbacks() const { return m_rows; }
    int rowOfPayment(const QString& paymentId) const; // -1 when not shown

    static QColor stageColor(const QString& stage);
    static QString stageName(const QString& stage);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // After every result, good or not.
    void resultApplied();

private:
    QVariant display(const CashbackFlowRow& row, int column) const;
    QVariant toolTip(const CashbackFlowRow& row, int column) const;

    QList<CashbackFlowRow> m_rows;
    int m_pageSize = 50;
    bool m_hasMore = false;
    QString m_error;
};
