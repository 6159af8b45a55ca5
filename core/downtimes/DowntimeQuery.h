#pragma once

#include "DowntimeRow.h"
#include "store/Query.h"

// The Downtimes tab's statements. Reading needs payops_viewer; labelling payops_operator
// (payops.label_downtime, audited).
namespace DowntimeQuery {

// Downtimes matching filter, newest start first, after cursor (an invalid one: from the top);
// limit + 1 rows are asked for by callers who want to know whether another page follows.
Query page(const DowntimeFilter& filter, const DowntimeCursor& after, int limit);
// The SR windows of the downtime's rule and cohort from marginSeconds before it started to
// marginSeconds after it resolved (or now): one row, since_ms, until_ms, open_below and
// severity_rank (1: the band with the lowest "below") of the opening rule version, and points
// ("epoch_ms:sr,..." with an empty sr for no attempts).
Query chart(qint64 downtimeId, int marginSeconds = 600);
// label: true_positive, false_positive, or empty to clear.
Query label(qint64 downtimeId, const QString& label, const QString& note);
// The current rules (rule_id, name) for the rule filter.
Query rules();

} // namespace DowntimeQuery
