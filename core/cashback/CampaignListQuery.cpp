#include "CampaignListQuery.h"

namespace CampaignListQuery {

Query list()
{
    return {QStringLiteral(
                "SELECT k.id, k.name, k.merchant_id, k.merchant_group, k.percent::text AS percent,"
                " k.cap_amount, k.customer_cap, k.cap_period, k.min_amount, k.currency, "
                "k.valid_from, k.valid_to, k.enabled, k.created_by,"
                " k.created_at"
                "  FROM payops.cashback_campaigns AS k"
                " ORDER BY (k.enabled AND now() >= k.valid_from AND now() < k.valid_to) DESC,"
                " coalesce(k.merchant_id, k.merchant_group), k.valid_from DESC, k.id"),
            {}};
}

Query save(const CashbackCampaign& c)
{
    const auto time = [](const QDateTime& at) {
        return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
    };
    const auto text = [](const QString& value) {
        return value.trimmed().isEmpty() ? QVariant() : QVariant(value.trimmed());
    };
    return Query::action(
        QStringLiteral("SELECT payops.save_campaign($1::bigint, $2, $3, $4::numeric,"
                       " $5::bigint, $6::bigint, $7, $8::timestamptz, $9::timestamptz,"
                       " $10::boolean, $11, $12::bigint, $13) AS id"),
        {c.id > 0 ? QVariant(c.id) : QVariant(), c.name, text(c.merchantId), text(c.percent),
         c.capAmount, c.minAmount, c.currency, time(c.validFrom), time(c.validTo), c.enabled,
         text(c.merchantGroup), c.customerCap > 0 ? QVariant(c.customerCap) : QVariant(),
         text(c.capPeriod)});
}

} // namespace CampaignListQuery
