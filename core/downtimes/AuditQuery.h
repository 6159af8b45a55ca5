#pragma once

#include "AuditRow.h"

// The Audit tab's statement (payops_viewer reads payops.audit_log).
namespace AuditQuery {

// Rows matching filter, newest first, after cursor; limit rows.
Query page(const AuditFilter& filter, const AuditCursor& after, int limit);

} // namespace AuditQuery
