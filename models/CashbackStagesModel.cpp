#include "CashbackStagesModel.h"

#include "CashbackTime.h"
#include "DisplayFormat.h"
#include "StatusColor.h"

#include <QColor>

CashbackStagesModel::CashbackStagesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CashbackStagesModel::setResult(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok()) {
        beginResetModel();
        m_flow = CashbackFlow::fromResult(result);
        m_stages = m_flow.paymentId.isEmpty() ? QList<CashbackStage>() : m_flow.stages();
        endResetModel();
    }
    emit resultApplied();
}

void CashbackStagesModel::clear()
{
    beginResetModel();
    m_flow = CashbackFlow();
    m_stages.clear();
    m_error.clear();
    endResetModel();
}

QString CashbackStagesModel::kindName(CashbackStage::Kind kind)
{
    switch (kind) {
    case CashbackStage::Captured:
        return tr("Payment captured");
    case CashbackStage::Computed:
        return tr("Cashback computed");
    case CashbackStage::NoCashback:
        return tr("No cashback");
    case CashbackStage::Queued:
        return tr("Credit queued");
    case CashbackStage::Credited:
        return tr("Credited");
    case CashbackStage::DeadLettered:
        return tr("Dead-lettered");
    case CashbackStage::Refunded:
        return tr("Payment refunded");
    case CashbackStage::ReversalQueued:
        return tr("Reversal queued");
    case CashbackStage::Reversed:
        return tr("Reversed");
    }
    return {};
}

QColor CashbackStagesModel::statusColor(CashbackStage::Status status)
{
    switch (status) {
    case CashbackStage::Done:
        return StatusColor::of(StatusColor::Good);
    case CashbackStage::Failed:
        return StatusColor::of(StatusColor::Bad);
    case CashbackStage::Waiting:
        break;
    }
    return StatusColor::of(StatusColor::Muted);
}

int CashbackStagesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_stages.size());
}

int CashbackStagesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CashbackStagesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CashbackStage& stage = m_stages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == AfterColumn && sincePrevious(index.row()).value_or(0) < 0)
            return tr("Reached before the previous stage was recorded: the steps run "
                      "concurrently (a balance worker may apply a credit before the publisher "
                      "has noted the broker's confirmation).");
        return index.column() == DetailColumn ? detail(stage) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StageColumn || stage.status == CashbackStage::Waiting
                   ? statusColor(stage.status)
                   : QVariant();
    case Qt::DecorationRole:
        return index.column() == StageColumn ? statusColor(stage.status) : QVariant();
    case KindRole:
        return int(stage.kind);
    case StatusRole:
        return int(stage.status);
    case AtMsRole:
        return stage.at.isValid() ? QVariant(stage.at.toMSecsSinceEpoch()) : QVariant();
    default:
        return {};
    }
}

QVariant CashbackStagesModel::display(int row, int column) const
{
    const CashbackStage& stage = m_stages.at(row);
    switch (column) {
    case StageColumn:
        return kindName(stage.kind);
    case TimeColumn:
        return stage.status == CashbackStage::Waiting ? tr("waiting")
                                                      : CashbackTime::text(stage.at);
    case AfterColumn: {
        const std::optional<qint64> ms = sincePrevious(row);
        if (!ms)
            return {};
        return *ms < 0 ? CashbackTime::duration(*ms) : u'+' + CashbackTime::duration(*ms);
    }
    case DetailColumn:
        return detail(stage);
    default:
        return {};
    }
}

std::optional<qint64> CashbackStagesModel::sincePrevious(int row) const
{
    const QDateTime at = m_stages.at(row).at;
    for (int previous = row - 1; previous >= 0 && at.isValid(); --previous) {
        if (m_stages.at(previous).at.isValid())
            return m_stages.at(previous).at.msecsTo(at);
    }
    return std::nullopt;
}

QString CashbackStagesModel::detail(const CashbackStage& stage) const
{
    switch (stage.kind) {
    case CashbackStage::Captured:
        return stage.detail.isEmpty() ? tr("no captured event in the store")
                                      : tr("%1 at %2").arg(stage.detail, m_flow.merchantId);
    case CashbackStage::NoCashback:
        return tr("no active campaign of merchant %1 gave this payment a cashback")
            .arg(stage.detail);
    case CashbackStage::Credited:
    case CashbackStage::Reversed:
        return stage.status == CashbackStage::Done ? tr("ledger of %1").arg(stage.detail)
                                                   : QString();
    case CashbackStage::DeadLettered:
        return tr("reason: %1").arg(stage.detail);
    case CashbackStage::Computed:
        return computed(stage);
    default:
        return stage.detail;
    }
}

// "24.95 INR (5.00 %) · Diwali": the amount, the campaign's percentage, the campaign.
QString CashbackStagesModel::computed(const CashbackStage& stage) const
{
    if (!m_flow.cashback)
        return stage.detail;
    const CashbackFlowRow& c = *m_flow.cashback;
    if (c.percent.isEmpty())
        //: A computed cashback: %1 the amount, %2 the campaign
        return tr("%1 · %2").arg(stage.detail, c.campaignName);
    //: A computed cashback: %1 the amount, %2 the campaign's percentage, %3 the campaign
    return tr("%1 (%2) · %3")
        .arg(stage.detail, DisplayFormat::storedPercent(c.percent), c.campaignName);
}

QVariant CashbackStagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StageColumn:
        return tr("Stage");
    case TimeColumn:
        return tr("Time");
    case AfterColumn:
        return tr("After");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}
