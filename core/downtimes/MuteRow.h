#pragma once

#include "store/Query.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// One mute as the Mutes tab lists it. state: active, pending (starts later), expired (its end
// passed) or ended (ended early by someone, with a reason).
struct MuteRow
{
    qint64 id = 0;
    QJsonObject matchers;
    QDateTime startsAt;
    QDateTime endsAt;
    QString author;
    QString reason;
    QDateTime createdAt;
    QDateTime endedAt;
    QString endedBy;
    QString endReason;
    QString state;
    qint64 mutedDowntimes = 0;

    bool canEnd() const { return state == u"active" || state == u"pending"; }
    // "rule_id=3, issuer=HDFC"
    static QString matchersText(const QJsonObject& matchers);
    static QList<MuteRow> fromResult(const QueryResult& result);
};

// What a mute would cover (MuteQuery::preview): an open downtime, or a cohort with recent SR
// windows.
struct MuteCoverage
{
    QString kind; // downtime | cohort
    qint64 downtimeId = 0;
    qint64 ruleId = 0;
    QString ruleName;
    QString cohortKey;
    QString severity;
    bool muted = false; // an open downtime another mute already mutes

    static QList<MuteCoverage> fromResult(const QueryResult& result);
};
