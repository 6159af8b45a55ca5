#include "DeliveryRetryQuery.h"

#include "SqlParameters.h"

namespace {

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant orNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(at) : QVariant();
}

QVariant orNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

namespace DeliveryRetryQuery {

BulkSupport bulkSupport(const DeliverySearchFilter& filter)
{
    if (filter.isNarrow() || !filter.urlFragment().isEmpty())
        return BulkSupport::UnsupportedFilter;
    if (filter.state == u"in_flight")
        return BulkSupport::UnsupportedState;
    if (filter.merchantId.isEmpty() && filter.endpointId() == 0 && filter.state.isEmpty())
        return BulkSupport::NeedsFilter;
    return BulkSupport::Supported;
}

Query retryOne(qint64 deliveryId, const QString& reason)
{
    return Query::action(QStringLiteral("SELECT payops.retry_delivery($1::bigint, $2::text)"),
                         {deliveryId, reason});
}

// Mirrors the selection of payops.retry_deliveries(): keep the two in step. On the primary:
// the count the operator confirms is the one retry_deliveries() will find.
Query countMatching(const DeliverySearchFilter& filter)
{
    return Query::fresh(QStringLiteral(R"sql(
SELECT count(*) AS matching
  FROM payops.deliveries AS d
  JOIN payops.endpoints AS e ON e.id = d.endpoint_id
 WHERE d.state <> 'in_flight' AND e.enabled
   AND ($1::bigint IS NULL OR d.endpoint_id = $1)
   AND ($2::text IS NULL OR e.merchant_id = $2)
   AND ($3::text IS NULL OR d.state = $3)
   AND ($4::timestamptz IS NULL OR d.created_at >= $4)
   AND ($5::timestamptz IS NULL OR d.created_at < $5)
)sql"),
                        {orNull(filter.endpointId()), orNull(filter.merchantId),
                         orNull(filter.state), orNull(filter.from), orNull(filter.to)});
}

Query retryMatching(const DeliverySearchFilter& filter, const QString& reason)
{
    return Query::action(
        QStringLiteral("SELECT payops.retry_deliveries($1::text, $2::bigint, $3::text, "
                       "$4::text, $5::timestamptz, $6::timestamptz) AS retried"),
        {reason, orNull(filter.endpointId()), orNull(filter.merchantId), orNull(filter.state),
         orNull(filter.from), orNull(filter.to)});
}

} // namespace DeliveryRetryQuery
