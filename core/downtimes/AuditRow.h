#pragma once

#include "AuditDiff.h"
#include "store/Query.h"

#include <QDateTime>
#include <QList>

// Where a page of the audit log (newest first) starts: after this row.
struct AuditCursor
{
    qint64 id = 0;
    bool isValid() const { return id > 0; }
};

// What the Audit tab filters by; empty fields do not filter.
struct AuditFilter
{
    QString actor;  // exact login
    QString action; // exact action, e.g. mute
    QString target; // a part of the target, any case
    QDateTime from; // [from, to)
    QDateTime to;
};

// One audit_log row with what it changed.
struct AuditRow
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString target;
    QString reason;
    QList<AuditChange> changes;

    AuditCursor cursor() const { return {id}; }
    static QList<AuditRow> fromResult(const QueryResult& result);
};
