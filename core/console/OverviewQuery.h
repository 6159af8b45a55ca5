#pragma once

#include "store/Query.h"

// The store overview on the console's Wall: one round trip, one snapshot. Rows (columns
// kind, item, last_hour, last_day, latest):
//   'status'     item = payment status; events that occurred in the last hour / 24 h;
//                latest = the newest occurred_at among them
//   'quarantine' quarantined input lines received in the last hour / 24 h; latest received_at
//   'schema'     item = the store's schema version; latest = when it was applied
namespace OverviewQuery {

Query build();

} // namespace OverviewQuery
