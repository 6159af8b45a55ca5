#include "WallFixture.h"

#include "store/StoreClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString cohortJson(const QString& cohortKey)
{
    QJsonObject cohort;
    if (cohortKey != u"all") {
        for (const QString& pair : cohortKey.split(u',')) {
            const qsizetype equals = pair.indexOf(u'=');
            cohort.insert(pair.left(equals), pair.mid(equals + 1));
        }
    }
    return QString::fromUtf8(QJsonDocument(cohort).toJson(QJsonDocument::Compact));
}

} // namespace

WallFixture::WallFixture(const QString& storeName)
    : m_store(std::make_unique<TestStore>(storeName))
    , m_owner(std::make_unique<PgConnection>(PgConnection::open(m_store->ownerDsn())))
{}

qint64 WallFixture::addRule(const QString& name, double openBelow, const QString& bands)
{
    const QString definition =
        uR"({"cohort": {"group_by": ["method"]}, "window": {"kind": "time", "size_seconds": 60,
            "step_seconds": 10}, "min_volume": 20, "open_below": %1, "recover_above": %2,
            "open_after": 2, "resolve_after": 2, "severity": %3})"_s.arg(openBelow)
            .arg(std::min(1.0, openBelow + 0.05))
            .arg(bands);
    return m_owner
        ->exec(u"INSERT INTO payops.rules (rule_id, version, name, definition, comment) "
               u"VALUES (nextval('payops.rule_ids'), 1, $1, $2::jsonb, 'wall test') "
               u"RETURNING rule_id"_s,
               {name, definition})
        .value(0, 0)
        .toLongLong();
}

void WallFixture::addWindows(qint64 ruleId, const QString& cohortKey, int fromSecondsAgo,
                             int toSecondsAgo, double sr, int attempts)
{
    m_owner->exec(
        u"INSERT INTO payops.sr_windows (rule_id, rule_version, cohort, cohort_key, "
        u"window_start, window_end, attempts, successes) "
        u"SELECT $1, 1, $2::jsonb, $3, e - interval '10 seconds', e, $6::int, round($6::int * "
        u"$7::float8) "
        u"FROM generate_series($5::int / 10, $4::int / 10) AS g, "
        u"LATERAL (SELECT to_timestamp(floor(extract(epoch FROM now()) / 10) * 10 - g * 10) AS e) "
        u"AS t ON CONFLICT DO NOTHING"_s,
        {ruleId, cohortJson(cohortKey), cohortKey, fromSecondsAgo, toSecondsAgo, attempts, sr});
}

qint64 WallFixture::addDowntime(qint64 ruleId, const QString& cohortKey, int startedSecondsAgo,
                                int resolvedSecondsAgo, const QString& severity, bool muted,
                                double lowestSr)
{
    return m_owner
        ->exec(u"INSERT INTO payops.downtimes (rule_id, rule_version, cohort, cohort_key, "
               u"started_at, resolved_at, resolved_reason, severity, lowest_sr, volume, muted) "
               u"VALUES ($1, 1, $2::jsonb, $3, now() - make_interval(secs => $4), "
               u"CASE WHEN $5::int >= 0 THEN now() - make_interval(secs => $5) END, "
               u"CASE WHEN $5::int >= 0 THEN 'recovered' END, $6, $7, 1234, $8) RETURNING id"_s,
               {ruleId, cohortJson(cohortKey), cohortKey, startedSecondsAgo, resolvedSecondsAgo,
                severity, lowestSr, muted})
        .value(0, 0)
        .toLongLong();
}

void WallFixture::notifyDetection()
{
    m_owner->exec(u"NOTIFY payops_detection, 'test'"_s);
}

void WallFixture::seedStandard()
{
    methodsRule =
        addRule(u"methods"_s, 0.85,
                uR"([{"name": "critical", "below": 0.5}, {"name": "major", "below": 0.8}])"_s);
    issuersRule =
        addRule(u"issuers"_s, 0.9,
                uR"([{"name": "major", "below": 0.7}, {"name": "minor", "below": 0.9}])"_s);
    addWindows(methodsRule, u"method=card"_s, 7200, 0, 0.95);
    addWindows(methodsRule, u"method=upi"_s, 900, 300, 0.96);
    addWindows(methodsRule, u"method=upi"_s, 290, 0, 0.4);
    addWindows(methodsRule, u"method=wallet"_s, 900, 0, 0.7);
    addWindows(issuersRule, u"issuer=HDFC"_s, 900, 0, 0.88);
    addWindows(issuersRule, u"issuer=ICICI"_s, 900, 0, 0.99);
    addWindows(issuersRule, u"issuer=OLD"_s, 7200, 6600, 0.97);
    // Under the rules' min_volume (20): never charted, though its SR is the lowest.
    addWindows(issuersRule, u"issuer=TINY"_s, 900, 0, 0.0, 5);
    addDowntime(methodsRule, u"method=upi"_s, 280, -1, u"critical"_s, false, 0.4);
    addDowntime(methodsRule, u"method=wallet"_s, 800, -1, u"major"_s, true, 0.7);
    addDowntime(issuersRule, u"issuer=HDFC"_s, 600, -1, u"minor"_s, false, 0.88);
    addDowntime(issuersRule, u"issuer=ICICI"_s, 700, 500, u"major"_s, false, 0.65);
}

QueryResult WallFixture::run(StoreClient& client, const Query& query)
{
    if (!QTest::qWaitFor([&client] { return client.state().kind == ConnectionState::Connected; },
                         20000))
        return QueryResult{{}, {}, 0, u"not connected"_s, {}, false};
    QueryResult result;
    bool done = false;
    client.run(query, nullptr, [&](const QueryResult& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        result.error = u"no answer"_s;
    return result;
}
