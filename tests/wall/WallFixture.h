#pragma once

#include "TestStore.h"
#include "store/PgConnection.h"
#include "store/Query.h"

#include <QString>
#include <memory>

class StoreClient;

// Wall test data written as the store's owner, the way payops detect writes it: rules,
// sr_windows every 10 s (aligned to the epoch) and downtimes, at times relative to now().
class WallFixture
{
public:
    explicit WallFixture(const QString& storeName);

    TestStore& store() { return *m_store; }
    PgConnection& owner() { return *m_owner; }

    // bands: a JSON array of {"name", "below"}.
    qint64 addRule(const QString& name, double openBelow, const QString& bands);
    // Windows of 10 s ending every 10 s from fromSecondsAgo to toSecondsAgo (both included).
    void addWindows(qint64 ruleId, const QString& cohortKey, int fromSecondsAgo, int toSecondsAgo,
                    double sr, int attempts = 200);
    // resolvedSecondsAgo < 0: still open.
    qint64 addDowntime(qint64 ruleId, const QString& cohortKey, int startedSecondsAgo,
                       int resolvedSecondsAgo, const QString& severity, bool muted = false,
                       double lowestSr = 0.5);
    void notifyDetection();

    // The standard wall: rule "methods" (open below 0.85; critical < 0.5, major < 0.8) with
    // cohorts method=upi (SR 0.4, open critical), method=wallet (0.7, open major, muted),
    // method=card (0.95); rule "issuers" (open below 0.9; major < 0.7, minor < 0.9) with
    // issuer=HDFC (0.88, open minor), issuer=ICICI (0.99, a resolved downtime) and
    // issuer=OLD (windows 2 h ago only). Windows cover the last 2 hours for card, the last
    // 15 minutes for the others.
    void seedStandard();
    qint64 methodsRule = 0;
    qint64 issuersRule = 0;

    // Runs query on client (connecting first) and waits for its result.
    static QueryResult run(StoreClient& client, const Query& query);

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<PgConnection> m_owner;
};
