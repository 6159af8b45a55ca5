#pragma once

#include "store/Query.h"

#include <QString>

// What the console's event detail shows of one webhook event, one snapshot per query.
namespace EventDetailQuery {

// One row (none when the event does not exist): id, type, merchant_id, payment_id,
// created_at, payload (the jsonb as text).
Query event(const QString& eventId);

// One row per delivery of the event, by endpoint URL: delivery_id, endpoint_id, url,
// endpoint_enabled, state, attempt_count, next_attempt_at, last_http_status, last_error,
// manual_requested_by, created_at, completed_at.
Query deliveries(const QString& eventId);

} // namespace EventDetailQuery
