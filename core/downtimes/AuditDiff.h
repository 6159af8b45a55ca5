#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

// What an audited action changed, key by key, from the before and after JSON of an audit_log
// row: a created row lists its keys with a value as added, a deleted one as removed, an update only
// the keys whose value differs.
struct AuditChange
{
    QString key;
    QString before; // compact JSON; empty when the key was absent
    QString after;
};

namespace AuditDiff {

QList<AuditChange> changes(const QJsonValue& before, const QJsonValue& after);
// One line per change: "key: before → after" ("key: + value", "key: − value").
QString text(const QList<AuditChange>& changes);
// The changed keys, comma separated.
QString keys(const QList<AuditChange>& changes);

} // namespace AuditDiff
