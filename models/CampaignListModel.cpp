#include "CampaignListModel.h"

#include "DisplayFormat.h"
#include "StatusColor.h"
#include "cashback/MinorAmount.h"

#include <QColor>
#include <QLocale>

CampaignListModel::CampaignListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CampaignListModel::setResult(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok()) {
        beginResetModel();
        m_campaigns = CashbackCampaign::fromResult(result);
        endResetModel();
    }
    emit resultApplied();
}

void CampaignListModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_campaigns.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

QDateTime CampaignListModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

int CampaignListModel::rowOfCampaign(qint64 id) const
{
    for (int row = 0; row < m_campaigns.size(); ++row) {
        if (m_campaigns.at(row).id == id)
            return row;
    }
    return -1;
}

QString CampaignListModel::statusOf(const CashbackCampaign& campaign) const
{
    if (!campaign.enabled)
        return tr("disabled");
    const QDateTime at = now();
    if (at < campaign.validFrom)
        return tr("scheduled");
    if (at >= campaign.validTo)
        return tr("ended");
    return tr("active");
}

QString CampaignListModel::periodName(const QString& period)
{
    if (period == u"day")
        return tr("per day");
    if (period == u"week")
        return tr("per week");
    if (period == u"month")
        return tr("per month");
    return tr("per campaign");
}

int CampaignListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

int CampaignListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CashbackCampaign& campaign = m_campaigns.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(campaign, index.column());
    case Qt::ForegroundRole:
        if (index.column() != StatusColumn)
            return {};
        return campaign.isActiveAt(now()) ? StatusColor::of(StatusColor::Good)
                                          : StatusColor::of(StatusColor::Muted);
    case Qt::ToolTipRole:
        return tr("Campaign %1, created by %2").arg(campaign.id).arg(campaign.createdBy);
    case CampaignIdRole:
        return campaign.id;
    default:
        return {};
    }
}

QVariant CampaignListModel::display(const CashbackCampaign& c, int column) const
{
    switch (column) {
    case NameColumn:
        return c.name;
    case TargetColumn:
        return c.merchantGroup.isEmpty() ? c.merchantId : tr("group %1").arg(c.merchantGroup);
    case PercentColumn:
        return DisplayFormat::storedPercent(c.percent);
    case CapColumn:
        return MinorAmount::text(c.capAmount, c.currency);
    case CustomerCapColumn:
        return c.customerCap > 0 ? tr("%1 %2").arg(MinorAmount::text(c.customerCap, c.currency),
                                                   periodName(c.capPeriod))
                                 : tr("none");
    case MinimumColumn:
        return MinorAmount::text(c.minAmount, c.currency);
    case ValidityColumn:
        return tr("%1 → %2").arg(DisplayFormat::dateTime(c.validFrom),
                                 DisplayFormat::dateTime(c.validTo));
    case StatusColumn:
        return statusOf(c);
    default:
        return {};
    }
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Campaign");
    case TargetColumn:
        return tr("Merchant");
    case PercentColumn:
        return tr("Cashback");
    case CapColumn:
        return tr("Cap per payment");
    case CustomerCapColumn:
        return tr("Cap per customer");
    case MinimumColumn:
        return tr("Minimum payment");
    case ValidityColumn:
        return tr("Valid");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}
