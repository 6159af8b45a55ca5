#pragma once

#include "DeliverySearchFilter.h"
#include "store/Query.h"

// Manual retries through the audited functions of 004_operator_actions.sql. The database
// decides who may: a viewer's call is refused there.
namespace DeliveryRetryQuery {

// Whether payops.retry_deliveries() can retry exactly what a search filter matches.
enum class BulkSupport
{
    Supported,
    NeedsFilter,       // it wants a merchant, an endpoint id or a state (not only a time range)
    UnsupportedFilter, // payment id, event id or a URL fragment: it has no such filter
    UnsupportedState,  // in_flight deliveries are never retried
};
BulkSupport bulkSupport(const DeliverySearchFilter& filter);

Query retryOne(qint64 deliveryId, const QString& reason);
// Column "matching": how many deliveries retryMatching() would retry now (the function's
// own selection: not in flight, endpoint enabled).
Query countMatching(const DeliverySearchFilter& filter);
// Column "retried": how many it did retry.
Query retryMatching(const DeliverySearchFilter& filter, const QString& reason);

} // namespace DeliveryRetryQuery
