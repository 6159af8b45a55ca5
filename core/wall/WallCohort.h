#pragma once

#include "store/Query.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <cmath>
#include <limits>

// One point of a cohort's SR line: the end of its (merged) window and the SR there (NaN when
// the window had no attempts: a gap in the line).
struct WallPoint
{
    qint64 atMs = 0;
    double sr = std::numeric_limits<double>::quiet_NaN();
    bool operator==(const WallPoint& other) const
    {
        return atMs == other.atMs && (sr == other.sr || (std::isnan(sr) && std::isnan(other.sr)));
    }
};

// A downtime as the Wall shows it. rank: 1 for the rule's worst severity band (the lowest
// "below"), 2 for the next, ...; 0 when the severity is not among the rule's bands.
struct WallDowntime
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime resolvedAt; // invalid while open
    QString severity;
    int rank = 0;
    double lowestSr = std::numeric_limits<double>::quiet_NaN();
    qint64 volume = 0;
    bool muted = false;
    QString label; // true_positive | false_positive | empty
    int ruleVersion = 0;

    bool isOpen() const { return !resolvedAt.isValid(); }
    bool operator==(const WallDowntime& other) const;
};

// One chart of the Wall: a rule's cohort, its SR line over the range, the rule's opening
// threshold and the downtimes overlapping the range.
struct WallCohort
{
    qint64 ruleId = 0;
    QString ruleName;
    QString cohortKey;   // canonical text, e.g. "method=card,issuer=HDFC"; "all" for no dims
    QString cohortLabel; // the values alone, e.g. "card · HDFC"
    double threshold = std::numeric_limits<double>::quiet_NaN(); // open_below
    double currentSr = std::numeric_limits<double>::quiet_NaN(); // of the newest window
    qint64 currentAttempts = 0;
    QString worstSeverity; // of the open, unmuted downtimes; empty when none
    int worstRank = 0;     // its rank (0: none open)
    QList<WallPoint> series;
    QList<WallDowntime> downtimes;

    QString id() const { return QString::number(ruleId) + u'/' + cohortKey; }
    bool hasOpenDowntime() const { return !worstSeverity.isEmpty(); }
    bool operator==(const WallCohort& other) const;

    // A WallCohortsQuery result, in its order (worst first). asOf: the store's clock then.
    static QList<WallCohort> listFromResult(const QueryResult& result, QDateTime* asOf = nullptr);
    // The downtimes of a JSON array as WallCohortsQuery and CohortDowntimesQuery return them.
    static QList<WallDowntime> downtimesFromJson(const QString& json);
    // "card · HDFC" from "method=card,issuer=HDFC".
    static QString labelOf(const QString& cohortKey);
};

Q_DECLARE_METATYPE(WallPoint)
Q_DECLARE_METATYPE(WallDowntime)
Q_DECLARE_METATYPE(WallCohort)
