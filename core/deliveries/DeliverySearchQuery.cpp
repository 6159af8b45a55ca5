#include "DeliverySearchQuery.h"

#include "SqlParameters.h"

#include <QStringList>

namespace {

const QString columns = QStringLiteral(
    "d.id, d.created_at, d.created_at::text AS created_key, w.created_at AS event_at, d.event_id, "
    "w.type, e.merchant_id,"
    " w.payment_id, d.endpoint_id, e.url, d.state, d.attempt_count, d.last_http_status,"
    " d.last_error, d.next_attempt_at");
const QString newestFirst = QStringLiteral("ORDER BY d.created_at DESC, d.id DESC");
// deliveries' states (001's CHECK). A search by time alone reads the newest page of each state
// off deliveries_search_state and keeps the newest page of those: there is no index on the
// time alone (017 dropped it: every recorded attempt wrote an entry in it).
const QString eachState =
    QStringLiteral("unnest('{pending,in_flight,failed,succeeded,dead}'::text[]) AS s (state)");

QString allOf(const QStringList& conditions)
{
    return conditions.isEmpty() ? QStringLiteral("true") : conditions.join(QStringLiteral(" AND "));
}

struct Conditions
{
    QStringList delivery;   // on d only: usable inside the per-endpoint scan
    QStringList endpoint;   // on e
    QStringList event;      // on w and d.event_id
    bool eachState = false; // a scan per state: d.state = s.state
};

Conditions conditionsOf(const DeliverySearchFilter& filter, const DeliveryCursor& after,
                        SqlParameters& params)
{
    Conditions c;
    if (!filter.state.isEmpty()) {
        c.delivery << u"d.state = " + params.bind(filter.state);
    } else if (!filter.isNarrow() && !filter.constrainsEndpoints()) {
        c.delivery << QStringLiteral("d.state = s.state");
        c.eachState = true;
    }
    if (filter.from.isValid())
        c.delivery << u"d.created_at >= " + params.bind(filter.from) + u"::timestamptz";
    if (filter.to.isValid())
        c.delivery << u"d.created_at < " + params.bind(filter.to) + u"::timestamptz";
    if (after.isValid())
        c.delivery << u"(d.created_at, d.id) < (" + params.bind(after.createdAt) +
                          u"::timestamptz, " + params.bind(after.id) + u"::bigint)";
    if (!filter.merchantId.isEmpty())
        c.endpoint << u"e.merchant_id = " + params.bind(filter.merchantId);
    if (filter.endpointId() > 0)
        c.endpoint << u"e.id = " + params.bind(filter.endpointId()) + u"::bigint";
    if (!filter.urlFragment().isEmpty())
        c.endpoint << u"strpos(lower(e.url), lower(" + params.bind(filter.urlFragment()) +
                          u")) > 0";
    if (!filter.eventId.isEmpty())
        c.event << u"d.event_id = " + params.bind(filter.eventId);
    if (!filter.paymentId.isEmpty())
        c.event << u"w.payment_id = " + params.bind(filter.paymentId);
    return c;
}

// One index scan per row of `scans` (each matching endpoint, or each state), each stopping
// after a page, then the newest page of those: bounded work however many deliveries
// match. Events and endpoints are joined to that page only. (Never with event conditions:
// those searches are narrow.)
QString scanEach(const QString& scans, const QStringList& perScan, const QStringList& ofScans,
                 const QString& limit)
{
    return u"SELECT " + columns + u"\n  FROM (SELECT d.* FROM " + scans +
           u"\n         CROSS JOIN LATERAL (SELECT d.* FROM payops.deliveries AS d"
           u"\n                              WHERE " +
           allOf(perScan) + u"\n                              " + newestFirst + u" LIMIT " + limit +
           u") AS d\n         WHERE " + allOf(ofScans) + u"\n         " + newestFirst + u" LIMIT " +
           limit +
           u") AS d"
           u"\n  JOIN payops.endpoints AS e ON e.id = d.endpoint_id"
           u"\n  JOIN payops.webhook_events AS w ON w.id = d.event_id"
           u"\n " +
           newestFirst + u"\n LIMIT " + limit;
}

QString perEndpointScan(const Conditions& c, const QString& limit)
{
    return scanEach(QStringLiteral("payops.endpoints AS e"),
                    QStringList{QStringLiteral("d.endpoint_id = e.id")} + c.delivery, c.endpoint,
                    limit);
}

QString directScan(const Conditions& c, const QString& limit)
{
    if (c.eachState)
        return scanEach(eachState, c.delivery, {}, limit);
    return u"SELECT " + columns +
           u"\n  FROM payops.deliveries AS d"
           u"\n  JOIN payops.endpoints AS e ON e.id = d.endpoint_id"
           u"\n  JOIN payops.webhook_events AS w ON w.id = d.event_id"
           u"\n WHERE " +
           allOf(c.delivery + c.endpoint + c.event) + u"\n " + newestFirst + u"\n LIMIT " + limit;
}

} // namespace

namespace DeliverySearchQuery {

Query page(const DeliverySearchFilter& filter, const DeliveryCursor& after, int pageSize)
{
    SqlParameters params;
    const Conditions conditions = conditionsOf(filter, after, params);
    const QString limit = params.bind(pageSize + 1) + u"::integer";
    const bool perEndpoint = filter.constrainsEndpoints() && !filter.isNarrow();
    return {perEndpoint ? perEndpointScan(conditions, limit) : directScan(conditions, limit),
            params.values()};
}

} // namespace DeliverySearchQuery
