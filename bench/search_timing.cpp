// Times the Deliveries page's searches (the very statements of DeliverySearchQuery and
// DeliveryRetryQuery) against a store over libpq: per search, the first run and the median of
// the following runs, in milliseconds. Used by bench/search_bench.
//
// usage: search_timing DSN [--runs N] [--explain]
#include "deliveries/DeliveryRetryQuery.h"
#include "deliveries/DeliverySearchQuery.h"
#include "store/PgConnection.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

namespace {

constexpr int pageSize = 50;

struct Search
{
    QString name;
    Query query;
    bool page = true; // counted against the 100 ms target of a page
};

double timed(PgConnection& connection, const Query& query, qint64* rows)
{
    QElapsedTimer timer;
    timer.start();
    const PgResult result = connection.exec(query.sql, query.params);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *rows = result.rows();
    return ms;
}

QString scalar(PgConnection& connection, const QString& sql)
{
    return connection.exec(sql).text(0, 0);
}

DeliveryCursor cursorAfterPages(PgConnection& connection, const DeliverySearchFilter& filter,
                                int pages)
{
    DeliveryCursor after;
    for (int page = 0; page < pages; ++page) {
        const Query query = DeliverySearchQuery::page(filter, after, pageSize);
        const PgResult result = connection.exec(query.sql, query.params);
        if (result.rows() <= pageSize)
            break;
        after = {result.text(pageSize - 1, 2), // created_key
                 result.value(pageSize - 1, 0).toLongLong()};
    }
    return after;
}

QList<Search> searches(PgConnection& connection)
{
    const QString big = QStringLiteral("merchant_0000");
    const QString small = QStringLiteral("merchant_0150");
    const QString eventId = scalar(
        connection, QStringLiteral("SELECT event_id FROM payops.deliveries ORDER BY id LIMIT 1 "
                                   "OFFSET (SELECT count(*) / 2 FROM payops.deliveries)"));
    const QString paymentId = scalar(
        connection, QStringLiteral("SELECT payment_id FROM payops.webhook_events WHERE id = '%1'")
                        .arg(eventId));
    const QString endpointId = scalar(
        connection, QStringLiteral("SELECT min(id) FROM payops.endpoints WHERE merchant_id = "
                                   "'merchant_0010'"));
    const QDateTime now = QDateTime::currentDateTimeUtc();

    DeliverySearchFilter none;
    DeliverySearchFilter bigMerchant;
    bigMerchant.merchantId = big;
    DeliverySearchFilter smallMerchant;
    smallMerchant.merchantId = small;
    DeliverySearchFilter event;
    event.eventId = eventId;
    DeliverySearchFilter payment;
    payment.paymentId = paymentId;
    DeliverySearchFilter endpoint;
    endpoint.endpoint = endpointId;
    DeliverySearchFilter url;
    url.endpoint = QStringLiteral("shop42.example");
    DeliverySearchFilter everyUrl;
    everyUrl.endpoint = QStringLiteral(".example/");
    DeliverySearchFilter deadLastWeek;
    deadLastWeek.state = QStringLiteral("dead");
    deadLastWeek.from = now.addDays(-7);
    deadLastWeek.to = now.addDays(-6);
    DeliverySearchFilter failed;
    failed.state = QStringLiteral("failed");
    DeliverySearchFilter smallDead = smallMerchant;
    smallDead.state = QStringLiteral("dead");
    smallDead.from = now.addDays(-20);
    smallDead.to = now.addDays(-10);
    DeliverySearchFilter bigFailed = bigMerchant;
    bigFailed.state = QStringLiteral("failed");
    DeliverySearchFilter rangeOnly;
    rangeOnly.from = now.addDays(-15);
    rangeOnly.to = now.addDays(-14);

    return {
        {QStringLiteral("latest deliveries (no filter)"),
         DeliverySearchQuery::page(none, {}, pageSize)},
        {QStringLiteral("merchant (busiest)"),
         DeliverySearchQuery::page(bigMerchant, {}, pageSize)},
        {QStringLiteral("merchant (small)"),
         DeliverySearchQuery::page(smallMerchant, {}, pageSize)},
        {QStringLiteral("merchant (busiest), page 100"),
         DeliverySearchQuery::page(bigMerchant, cursorAfterPages(connection, bigMerchant, 99),
                                   pageSize)},
        {QStringLiteral("event id"), DeliverySearchQuery::page(event, {}, pageSize)},
        {QStringLiteral("payment id"), DeliverySearchQuery::page(payment, {}, pageSize)},
        {QStringLiteral("endpoint id"), DeliverySearchQuery::page(endpoint, {}, pageSize)},
        {QStringLiteral("endpoint URL fragment"), DeliverySearchQuery::page(url, {}, pageSize)},
        {QStringLiteral("URL fragment matching every endpoint"),
         DeliverySearchQuery::page(everyUrl, {}, pageSize)},
        {QStringLiteral("state dead + 1-day range"),
         DeliverySearchQuery::page(deadLastWeek, {}, pageSize)},
        {QStringLiteral("state failed"), DeliverySearchQuery::page(failed, {}, pageSize)},
        {QStringLiteral("small merchant + dead + 10-day range"),
         DeliverySearchQuery::page(smallDead, {}, pageSize)},
        {QStringLiteral("1-day range only"), DeliverySearchQuery::page(rangeOnly, {}, pageSize)},
        {QStringLiteral("bulk-retry count: small merchant, dead"),
         DeliveryRetryQuery::countMatching(smallDead), false},
        {QStringLiteral("bulk-retry count: busiest merchant, failed"),
         DeliveryRetryQuery::countMatching(bigFailed), false},
    };
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    if (args.isEmpty()) {
        QTextStream(stderr) << "usage: search_timing DSN [--runs N] [--explain]\n";
        return 2;
    }
    const QString dsn = args.takeFirst();
    int runs = 5;
    bool explain = false;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == u"--runs" && !args.isEmpty())
            runs = std::max(1, args.takeFirst().toInt());
        else if (arg == u"--explain")
            explain = true;
    }
    try {
        PgConnection connection = PgConnection::open(dsn);
        out << QStringLiteral("%1  %2  %3  %4\n")
                   .arg(QStringLiteral("search"), -44)
                   .arg(QStringLiteral("first ms"), 9)
                   .arg(QStringLiteral("median ms"), 9)
                   .arg(QStringLiteral("rows"), 5);
        bool allFast = true;
        for (const Search& search : searches(connection)) {
            qint64 rows = 0;
            const double first = timed(connection, search.query, &rows);
            QList<double> times;
            for (int run = 0; run < runs; ++run)
                times << timed(connection, search.query, &rows);
            std::sort(times.begin(), times.end());
            const double median = times.at(times.size() / 2);
            allFast = allFast && (!search.page || median < 100.0);
            out << QStringLiteral("%1  %2  %3  %4\n")
                       .arg(search.name, -44)
                       .arg(first, 9, 'f', 1)
                       .arg(median, 9, 'f', 1)
                       .arg(rows, 5);
            out.flush();
            if (explain) {
                const PgResult plan = connection.exec(
                    u"EXPLAIN (ANALYZE, BUFFERS) " + search.query.sql, search.query.params);
                for (int row = 0; row < plan.rows(); ++row)
                    out << QStringLiteral("    ") << plan.text(row, 0) << u'\n';
            }
        }
        out << (allFast ? "every page's median under 100 ms\n" : "SOME PAGE TOOK 100 ms OR MORE\n");
        return allFast ? 0 : 1;
    } catch (const StoreError& error) {
        QTextStream(stderr) << "search_timing: " << error.message() << '\n';
        return 1;
    }
}
