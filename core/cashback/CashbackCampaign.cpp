#include "CashbackCampaign.h"

QList<CashbackCampaign> CashbackCampaign::fromResult(const QueryResult& result)
{
    const auto column = [&result](const char* name) {
        return result.column(QString::fromLatin1(name));
    };
    const int id = column("id");
    const int name = column("name");
    const int merchant = column("merchant_id");
    const int group = column("merchant_group");
    const int customerCap = column("customer_cap");
    const int capPeriod = column("cap_period");
    const int percent = column("percent");
    const int cap = column("cap_amount");
    const int min = column("min_amount");
    const int currency = column("currency");
    const int from = column("valid_from");
    const int to = column("valid_to");
    const int enabled = column("enabled");
    const int createdBy = column("created_by");
    const int createdAt = column("created_at");
    QList<CashbackCampaign> campaigns;
    campaigns.reserve(result.rows.size());
    for (const QVariantList& values : result.rows) {
        CashbackCampaign c;
        c.id = values.value(id).toLongLong();
        c.name = values.value(name).toString();
        c.merchantId = values.value(merchant).toString();
        c.merchantGroup = values.value(group).toString();
        c.customerCap = values.value(customerCap).toLongLong();
        c.capPeriod = values.value(capPeriod).toString();
        c.percent = values.value(percent).toString();
        c.capAmount = values.value(cap).toLongLong();
        c.minAmount = values.value(min).toLongLong();
        c.currency = values.value(currency).toString();
        c.validFrom = values.value(from).toDateTime();
        c.validTo = values.value(to).toDateTime();
        c.enabled = values.value(enabled).toBool();
        c.createdBy = values.value(createdBy).toString();
        c.createdAt = values.value(createdAt).toDateTime();
        campaigns.append(c);
    }
    return campaigns;
}
