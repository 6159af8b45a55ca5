#include "CashbackFlowQuery.h"

#include "deliveries/SqlParameters.h"

namespace {

const QString cashbackColumns = QStringLiteral(
    "c.id, c.payment_id, c.merchant_id, c.account_id, c.campaign_id, k.name AS campaign_name,"
    " c.payment_amount, c.amount, c.currency, c.percent::text AS percent, c.state,"
    " c.captured_at, c.created_at, c.created_at::text AS created_key, c.published_at,"
    " c.credited_at, c.refunded_at, c.reversal_published_at, c.reversed_at,"
    " c.dead_lettered_at, dl.reason AS dead_reason, dl.kind AS dead_kind");

// The newest dead letter of cashback c: why its credit could not be applied.
const QString lastDeadLetter = QStringLiteral(
    "LEFT JOIN LATERAL (SELECT d.reason, d.kind FROM payops.cashback_dead_letters AS d"
    " WHERE d.cashback_id = c.id ORDER BY d.at DESC LIMIT 1) AS dl ON true");

QString conditionOf(const CashbackSearchFilter& filter, SqlParameters& params)
{
    if (filter.value.isEmpty())
        return QStringLiteral("true");
    const QString value = params.bind(filter.value);
    switch (filter.by) {
    case CashbackSearchFilter::Payment:
        return u"c.payment_id = " + value;
    case CashbackSearchFilter::Customer:
        return u"c.account_id = " + value;
    case CashbackSearchFilter::Merchant:
        return u"c.merchant_id = " + value;
    }
    return QStringLiteral("false");
}

} // namespace

namespace CashbackFlowQuery {

Query search(const CashbackSearchFilter& filter, const CashbackCursor& after, int pageSize)
{
    SqlParameters params;
    QString where = conditionOf(filter, params);
    if (after.isValid())
        where += u" AND (c.created_at, c.id) < (" + params.bind(after.createdAt) +
                 u"::timestamptz, " + params.bind(after.id) + u"::bigint)";
    const QString limit = params.bind(pageSize + 1);
    // The page is chosen on cashbacks alone (an index walk), then joined.
    return {u"SELECT " + cashbackColumns + u"\n  FROM (SELECT * FROM payops.cashbacks AS c WHERE " +
                where + u"\n         ORDER BY c.created_at DESC, c.id DESC LIMIT " + limit +
                u"::integer) AS c"
                u"\n  JOIN payops.cashback_campaigns AS k ON k.id = c.campaign_id\n  " +
                lastDeadLetter + u"\n ORDER BY c.created_at DESC, c.id DESC",
            params.values()};
}

Query flow(const QString& paymentId)
{
    return {
        u"SELECT q.payment_id AS searched_payment, p.captured_event_at, p.refunded_event_at,"
        u" p.merchant_id AS payment_merchant, p.captured_amount, p.payment_currency,"
        u" p.customer_id, le.credit_entry_at, le.reversal_entry_at, " +
            cashbackColumns +
            u"\n  FROM (SELECT $1::text AS payment_id) AS q"
            u"\n  CROSS JOIN LATERAL ("
            u"SELECT min(e.occurred_at) FILTER (WHERE e.status = 'captured') AS captured_event_at,"
            u" min(e.occurred_at) FILTER (WHERE e.status = 'refunded') AS refunded_event_at,"
            u" min(e.merchant_id) AS merchant_id,"
            u" max(e.amount) FILTER (WHERE e.status = 'captured') AS captured_amount,"
            u" min(e.currency) AS payment_currency,"
            u" min(e.extra ->> 'customer_id') AS customer_id"
            u" FROM payops.payment_events AS e WHERE e.payment_id = q.payment_id) AS p"
            u"\n  LEFT JOIN payops.cashbacks AS c ON c.payment_id = q.payment_id"
            u"\n  LEFT JOIN payops.cashback_campaigns AS k ON k.id = c.campaign_id"
            u"\n  LEFT JOIN LATERAL ("
            u"SELECT min(l.created_at) FILTER (WHERE l.kind = 'credit') AS credit_entry_at,"
            u" min(l.created_at) FILTER (WHERE l.kind = 'reversal') AS reversal_entry_at"
            u" FROM payops.ledger_entries AS l"
            u" WHERE l.cashback_id = c.id) AS le ON true\n  " +
            lastDeadLetter,
        {paymentId}};
}

Query requeue(qint64 cashbackId, const QString& reason)
{
    return Query::action(QStringLiteral("SELECT payops.requeue_cashback($1::bigint, $2)"),
                         {cashbackId, reason});
}

} // namespace CashbackFlowQuery
