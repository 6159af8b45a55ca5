#pragma once

#include "store/Query.h"

// Every engine instance of payops.engine_health (013_engine_health.sql), live ones first.
// Columns: id, kind, host, pid, version, started_at, health ('live' | 'stale'),
// silent_seconds, lag_seconds, rate, beat_seconds.
namespace EnginesQuery {

Query build();

} // namespace EnginesQuery
