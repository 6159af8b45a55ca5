#include "CashbackFlowModel.h"

#include "CashbackTime.h"
#include "StatusColor.h"
#include "cashback/MinorAmount.h"
#include "console/KeysetPages.h"

#include <QColor>

CashbackFlowModel::CashbackFlowModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CashbackFlowModel::setResult(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok()) {
        QList<CashbackFlowRow> rows = CashbackFlowRow::fromResult(result);
        m_hasMore = KeysetPages<CashbackCursor>::takePage(rows, m_pageSize);
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    emit resultApplied();
}

void CashbackFlowModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_hasMore = false;
    m_error.clear();
    endResetModel();
}

CashbackCursor CashbackFlowModel::lastCursor() const
{
    return m_rows.isEmpty() ? CashbackCursor() : m_rows.last().cursor();
}

int CashbackFlowModel::rowOfPayment(const QString& paymentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).paymentId == paymentId)
            return row;
    }
    return -1;
}

QColor CashbackFlowModel::stageColor(const QString& stage)
{
    if (stage == u"credited")
        return StatusColor::of(StatusColor::Good);
    if (stage == u"dead_lettered")
        return StatusColor::of(StatusColor::Bad);
    if (stage == u"published")
        return StatusColor::of(StatusColor::Info);
    if (stage == u"reversal_pending" || stage == u"reversed")
        return StatusColor::of(StatusColor::Special);
    return StatusColor::of(StatusColor::Muted); // pending
}

QString CashbackFlowModel::stageName(const QString& stage)
{
    if (stage == u"pending")
        return tr("computed, not queued yet");
    if (stage == u"published")
        return tr("queued for credit");
    if (stage == u"credited")
        return tr("credited");
    if (stage == u"reversal_pending")
        return tr("refunded, reversal pending");
    if (stage == u"reversed")
        return tr("reversed");
    if (stage == u"dead_lettered")
        return tr("dead-lettered");
    return stage;
}

int CashbackFlowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CashbackFlowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CashbackFlowModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CashbackFlowRow& row = m_rows.at(index.row());
    const bool stage = index.column() == StageColumn;
    const bool number = index.column() == PaymentAmountColumn || index.column() == CashbackColumn ||
                        index.column() == LagColumn;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::ForegroundRole:
    case Qt::DecorationRole:
        return stage ? stageColor(row.stage()) : QVariant();
    case Qt::TextAlignmentRole:
        return number ? QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight) : QVariant();
    case CashbackIdRole:
        return row.id;
    case PaymentIdRole:
        return row.paymentId;
    case AccountIdRole:
        return row.accountId;
    case StageRole:
        return row.stage();
    default:
        return {};
    }
}

QVariant CashbackFlowModel::display(const CashbackFlowRow& row, int column) const
{
    switch (column) {
    case ComputedColumn:
        return CashbackTime::text(row.createdAt);
    case PaymentColumn:
        return row.paymentId;
    case CustomerColumn:
        return row.accountId;
    case MerchantColumn:
        return row.merchantId;
    case CampaignColumn:
        return row.campaignName;
    case PaymentAmountColumn:
        return MinorAmount::text(row.paymentAmount, row.currency);
    case CashbackColumn:
        return MinorAmount::text(row.amount, row.currency);
    case StageColumn:
        return stageName(row.stage());
    case LagColumn: {
        const QDateTime from = row.capturedAt.isValid() ? row.capturedAt : row.createdAt;
        return row.creditedAt.isValid() ? CashbackTime::duration(from.msecsTo(row.creditedAt))
                                        : QString();
    }
    default:
        return {};
    }
}

QVariant CashbackFlowModel::toolTip(const CashbackFlowRow& row, int column) const
{
    switch (column) {
    case StageColumn:
        return row.isDeadLettered()
                   ? tr("Dead-lettered %1: %2")
                         .arg(CashbackTime::text(row.deadLetteredAt), row.deadReason)
                   : stageName(row.stage());
    case CampaignColumn:
        return row.percent.isEmpty() ? tr("Campaign %1").arg(row.campaignId)
                                     : tr("Campaign %1: %2 %").arg(row.campaignId).arg(row.percent);
    case LagColumn:
        return tr("From the payment's capture to the customer's credit");
    default:
        return {};
    }
}

QVariant CashbackFlowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ComputedColumn:
        return tr("Computed");
    case PaymentColumn:
        return tr("Payment");
    case CustomerColumn:
        return tr("Customer");
    case MerchantColumn:
        return tr("Merchant");
    case CampaignColumn:
        return tr("Campaign");
    case PaymentAmountColumn:
        return tr("Payment amount");
    case CashbackColumn:
        return tr("Cashback");
    case StageColumn:
        return tr("Stage");
    case LagColumn:
        return tr("Lag to credit");
    default:
        return {};
    }
}
