#include "CashbackPipelineQuery.h"

namespace {

qint64 count(const QueryResult& result, const QVariantList& row, const char* name)
{
    return row.value(result.column(QString::fromLatin1(name))).toLongLong();
}

double seconds(const QueryResult& result, const QVariantList& row, const char* name)
{
    const QVariant value = row.value(result.column(QString::fromLatin1(name)));
    return value.isNull() ? -1 : value.toDouble();
}

} // namespace

CashbackPipelineFigures CashbackPipelineFigures::fromResult(const QueryResult& result)
{
    CashbackPipelineFigures f;
    if (!result.ok() || result.rows.isEmpty())
        return f;
    const QVariantList& row = result.rows.first();
    f.at = row.value(result.column(QStringLiteral("measured_at"))).toDateTime();
    f.windowSeconds = int(count(result, row, "window_seconds"));
    f.captured = count(result, row, "captured");
    f.computed = count(result, row, "computed");
    f.queued = count(result, row, "queued");
    f.credited = count(result, row, "credited");
    f.reversed = count(result, row, "reversed");
    f.deadLettered = count(result, row, "dead_lettered");
    f.waitingQueue = count(result, row, "waiting_queue");
    f.waitingCredit = count(result, row, "waiting_credit");
    f.waitingReversal = count(result, row, "waiting_reversal");
    f.lagMedian = seconds(result, row, "lag_median");
    f.lagP95 = seconds(result, row, "lag_p95");
    f.lagMax = seconds(result, row, "lag_max");
    return f;
}

namespace CashbackPipelineQuery {

Query figures(int windowSeconds)
{
    // Each count is a range scan of one index over the window: the BRIN indexes of
    // 011_cashback_console.sql for the times the publisher and the balance workers write;
    // reversals (few) through the state index, which the planner prefers while none exist.
    return {QStringLiteral(
                "WITH w AS (SELECT now() AS now, now() - make_interval(secs => $1) AS since)"
                "\nSELECT w.now AS measured_at, $1::integer AS window_seconds,"
                "\n (SELECT count(*) FROM payops.payment_events AS e WHERE e.status = 'captured'"
                " AND e.occurred_at >= w.since AND e.occurred_at <= w.now) AS captured,"
                "\n (SELECT count(*) FROM payops.cashbacks AS c WHERE c.created_at >= w.since)"
                " AS computed,"
                "\n (SELECT count(*) FROM payops.cashbacks AS c WHERE c.published_at >= w.since)"
                " AS queued,"
                "\n (SELECT count(*) FROM payops.cashbacks AS c WHERE c.credited_at >= w.since)"
                " AS credited,"
                "\n (SELECT count(*) FROM payops.cashbacks AS c WHERE c.state = 'reversed'"
                " AND c.reversed_at >= w.since) AS reversed,"
                "\n (SELECT count(*) FROM payops.cashback_dead_letters AS d WHERE d.at >= w.since)"
                " AS dead_lettered,"
                "\n (SELECT count(*) FROM payops.cashbacks AS c WHERE c.state = 'pending')"
                " AS waiting_queue,"
                "\n (SELECT count(*) FROM payops.cashbacks AS c WHERE c.state = 'published')"
                " AS waiting_credit,"
                "\n (SELECT count(*) FROM payops.cashbacks AS c WHERE c.state = 'reversal_pending')"
                " AS waiting_reversal,"
                "\n lag.median AS lag_median, lag.p95 AS lag_p95, lag.max AS lag_max"
                "\n  FROM w CROSS JOIN LATERAL ("
                "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s) AS median,"
                " percentile_cont(0.95) WITHIN GROUP (ORDER BY s) AS p95, max(s) AS max"
                " FROM (SELECT extract(epoch FROM c.credited_at"
                " - coalesce(c.captured_at, c.created_at))::float8 AS s"
                " FROM payops.cashbacks AS c WHERE c.credited_at >= w.since) AS credits) AS lag"),
            {windowSeconds}};
}

} // namespace CashbackPipelineQuery
