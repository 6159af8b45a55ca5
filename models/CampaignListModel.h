#pragma once

#include "cashback/CashbackCampaign.h"
#include "store/Query.h"

#include <QAbstractTableModel>

// The cashback campaigns (core/cashback/CampaignListQuery::list), active ones first. An error
// result keeps the rows and is reported by error().
class CampaignListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TargetColumn, // merchant or merchant group
        PercentColumn,
        CapColumn,
        CustomerCapColumn,
        MinimumColumn,
        ValidityColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int CampaignIdRole = Qt::UserRole + 1;

    explicit CampaignListModel(QObject* parent = nullptr);

    void setResult(const QueryResult& result);
    // The moment statuses are judged at (the store's clock when known): active, scheduled,
    // ended or disabled.
    void setNow(const QDateTime& now);

    QString error() const { return m_error; }
    const CashbackCampaign& campaign(int row) const { return m_campaigns.at(row); }
    int rowOfCampaign(qint64 id) const;

    QString statusOf(const CashbackCampaign& campaign) const;
    static QString periodName(const QString& period);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void resultApplied();

private:
    QVariant display(const CashbackCampaign& campaign, int column) const;
    QDateTime now() const;

    QList<CashbackCampaign> m_campaigns;
    QDateTime m_now;
    QString m_error;
};
