#pragma once

#include "store/Query.h"

// What was (or will be) sent for one delivery, for "copy as curl": columns url, event_id,
// body (the webhook event's payload, the request body) and request_headers (JSON object of
// the headers of its latest attempt; NULL before the first attempt). Never the secret: it
// lives in endpoint_secrets, which this does not read.
namespace DeliveryRequestQuery {

Query forDelivery(qint64 deliveryId);

} // namespace DeliveryRequestQuery
