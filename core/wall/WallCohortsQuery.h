#pragma once

#include "WallRange.h"
#include "store/Query.h"

// The Wall's charts for a time range, one round trip, one row per (rule, cohort) that has SR
// windows or downtimes in the range, worst first: cohorts with an open unmuted downtime by
// severity (worst band first), then the lowest current SR. Columns: rule_id, rule_name,
// open_below, cohort_key, current_sr, current_attempts, points ("epoch:sr,..." with an empty
// sr for a window without attempts, downsampled to WallRange buckets), downtimes (JSON
// array), worst_severity, worst_rank, as_of (the store's clock, epoch seconds).
namespace WallCohortsQuery {

Query build(WallRange range);

// The downtimes of one cohort of a rule, newest first (at most limit), as the JSON array
// of WallCohort::downtimesFromJson in the column downtimes (one row).
Query cohortDowntimes(qint64 ruleId, const QString& cohortKey, int limit = 200);

} // namespace WallCohortsQuery
