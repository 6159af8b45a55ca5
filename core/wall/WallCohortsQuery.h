#pragma once

#include "WallRange.h"
#include "store/Query.h"

// The Wall's charts for a time range, one round trip, one row per (rule, cohort) that has SR
// windows or downtimes in the range, worst first: cohorts with an open unmuted downtime by
// severity (worst band first), then the lowest current SR. Columns: rule_id, rule_name,
// open_below, cohort_key, current_sr, current_attempts, points ("epoch:sr,..." with an empty
// sr for a window without attempts, downsampled to WallRange buckets), downtimes (JSON
// array), worst_severity, worst_rank, as_of (the store's clock, epoch seconds).
//
// With cutoffMs (epoch ms, the start of a bucket), only windows ending at or after it are
// read: the rows are the cohorts with such windows (their points from cutoffMs on, their
// newest window) or with downtimes in the range (no points, no current SR otherwise), for
// WallCohortsModel::mergeResult to add to what an earlier result brought.
namespace WallCohortsQuery {

Query build(WallRange range, qint64 cutoffMs = 0);
// The start of the bucket of range holding atMs, as the query cuts them.
qint64 bucketStartMs(WallRange range, qint64 atMs);

// The downtimes of one cohort of a rule, newest first (at most limit), as the JSON array
// of WallCohort::downtimesFromJson in the column downtimes (one row).
Query cohortDowntimes(qint64 ruleId, const QString& cohortKey, int limit = 200);

} // namespace WallCohortsQuery
