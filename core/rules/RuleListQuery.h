#pragma once

#include "store/Query.h"

#include <QJsonObject>

// The console's queries on detection rules (payops.rules).
namespace RuleListQuery {

// The latest version of every rule: rule_id, version, name, enabled, definition (jsonb text),
// comment, created_by, created_at; watched = distinct cohorts with a window ending in the
// last hour of the store's clock; opened_week = downtimes it started in the last 7 days.
Query current();

// Every version of one rule, newest first: version, name, enabled, definition, comment,
// created_by, created_at.
Query versions(qint64 ruleId);

// Saves a new version through the audited payops.save_rule (ruleId 0: a new rule). Returns
// rule_id and version.
Query save(qint64 ruleId, const QString& name, const QJsonObject& definition,
           const QString& comment, bool enabled);

} // namespace RuleListQuery
