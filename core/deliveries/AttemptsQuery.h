#pragma once

#include "store/Query.h"

// The attempts of one delivery, oldest first, with what the delivery itself says next: one row
// per attempt, or a single row with NULL attempt columns when nothing was attempted yet (no row
// at all when the delivery does not exist). Columns:
//   delivery_state, delivery_next_attempt_at, manual_requested_by (of the delivery), then
//   attempt_id, attempt_no, started_at, duration_ms, outcome, http_status, transport_error,
//   trigger, next_attempt_at, request_headers (jsonb as text), response_excerpt, worker.
namespace AttemptsQuery {

Query forDelivery(qint64 deliveryId);

} // namespace AttemptsQuery
