#pragma once

#include "store/Query.h"

#include <QString>

// Endpoint health for the console, from the payops.endpoint_health view (last hour).
namespace EndpointHealthQuery {

// One row per endpoint, disabled and failing ones first: endpoint_id, merchant_id, url,
// attempts, successes, success_rate (0..1, NULL without attempts), p50_ms, p95_ms,
// circuit_state, enabled, disabled_reason, consecutive_failures, failing_since.
Query all();

// The audited admin action: payops.set_endpoint_enabled(id, enabled, reason).
Query setEnabled(qint64 endpointId, bool enabled, const QString& reason);

} // namespace EndpointHealthQuery
