#pragma once

#include "store/Query.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A cashback campaign (payops.cashback_campaigns), as listed and as edited.
struct CashbackCampaign
{
    qint64 id = 0; // 0: not saved yet
    QString name;
    QString merchantId;     // the merchant, or empty when the campaign targets a group
    QString merchantGroup;  // 009_cashback.sql: merchant groups
    QString percent;        // the exact decimal, as typed or as the store wrote it ("2.50")
    qint64 capAmount = 0;   // minor units
    qint64 minAmount = 0;   // minor units
    qint64 customerCap = 0; // per customer and period, minor units; 0: no cap
    QString capPeriod = QStringLiteral("campaign"); // day, week, month, campaign
    QString currency;
    QDateTime validFrom;
    QDateTime validTo;
    bool enabled = true;
    QString createdBy;
    QDateTime createdAt;

    // Enabled and valid at that moment.
    bool isActiveAt(const QDateTime& at) const
    {
        return enabled && validFrom <= at && at < validTo;
    }
    bool operator==(const CashbackCampaign&) const = default;

    static QList<CashbackCampaign> fromResult(const QueryResult& result);
};
