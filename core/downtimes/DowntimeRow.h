#pragma once

#include "store/Query.h"
#include "wall/WallCohort.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// Where a page of the downtimes list (newest start first) starts: after this row.
struct DowntimeCursor
{
    QDateTime startedAt;
    qint64 id = 0;
    bool isValid() const { return id > 0; }
};

// What the Downtimes tab filters by; empty fields do not filter.
struct DowntimeFilter
{
    QString state; // open | resolved
    QString severity;
    qint64 ruleId = 0;
    QString cohortText; // a part of cohort_key, any case
    QDateTime from;     // overlapping [from, to)
    QDateTime to;
    QString label; // true_positive | false_positive | unlabelled
};

// One downtime as the Downtimes tab lists it, with its rule's name, its mute and its label.
struct DowntimeRow
{
    qint64 id = 0;
    qint64 ruleId = 0;
    int ruleVersion = 0;
    QString ruleName;
    QString cohortKey;
    QJsonObject cohort;
    QDateTime startedAt;
    QDateTime resolvedAt; // invalid while open
    QString resolvedReason;
    QDateTime detectedAt;
    QString severity;
    double lowestSr = 0;
    qint64 volume = 0;
    bool muted = false;
    qint64 muteId = 0;
    QString muteAuthor;
    QString muteReason;
    QString label;
    QString labelNote;
    QString labelledBy;
    QDateTime labelledAt;

    bool isOpen() const { return !resolvedAt.isValid(); }
    DowntimeCursor cursor() const { return {startedAt, id}; }
    // A mute's matchers for this downtime: its rule and every dimension its cohort fixes.
    QJsonObject matchers() const;

    static QList<DowntimeRow> fromResult(const QueryResult& result);
};

// The SR line around one downtime (DowntimeQuery::chart), shaped for SrChart: the cohort with
// its series, threshold and the downtime; asOf: the end of the range; rangeSeconds its length.
struct DowntimeChart
{
    WallCohort cohort;
    QDateTime asOf;
    int rangeSeconds = 0;

    static DowntimeChart fromResult(const DowntimeRow& downtime, const QueryResult& result);
};
