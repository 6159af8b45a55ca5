#include "CommandOutput.h"
#include "Commands.h"
#include "StopSignals.h"
#include "cashback/BalanceWorker.h"
#include "cashback/BrokerAddress.h"
#include "cashback/CashbackComputer.h"
#include "cashback/CashbackCounters.h"
#include "cashback/CashbackProbe.h"
#include "metrics/EngineHeartbeat.h"
#include "metrics/MetricsServer.h"
#include "metrics/PrometheusText.h"
#include "store/Dsn.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

const char* const help =
    "usage: payops cashback [--compute] [--credit] [--workers N] [--drain] [OPTIONS]\n\n"
    "Cashback engine. The compute stage reads captured and refunded payment events from the\n"
    "store after its durable cursor, computes each captured payment's cashback once (the\n"
    "campaign of the merchant or its group giving the most: percentage, cap per payment, cap\n"
    "per customer per period, minimum amount, validity; the customer is the event's\n"
    "customer_id), records refunds for reversal, and publishes credit and reversal messages\n"
    "to the RabbitMQ quorum queue payops.credits (persistent, publisher confirms). Balance\n"
    "workers consume payops.credits with manual acknowledgements and write ledger entries\n"
    "(unique idempotency key) and balances in one transaction per batch before acknowledging,\n"
    "so a redelivered message changes nothing; a message that cannot be applied is recorded\n"
    "in payops.cashback_dead_letters with the reason and dead-lettered to\n"
    "payops.credits.dead. Any number of copies may run; one compute stage works at a time\n"
    "(the others wait). Store and broker losses are retried with backoff. SIGTERM / SIGINT:\n"
    "finishes the batch in hand and exits 0.\n\n"
    "Options:\n"
    "  --compute             run the compute stage (default: both stages)\n"
    "  --credit              run balance workers (default: both stages)\n"
    "  --workers N           balance workers in this process (default 1)\n"
    "  --drain               process what is there, then exit (workers stop once the queue\n"
    "                        stays empty for 1.5 s after the compute stage finished)\n"
    "  --batch N             events per compute batch (default 2000)\n"
    "  --credit-batch N      messages per worker transaction (default 100)\n"
    "  --prefetch N          unacknowledged messages per worker (default 2 x credit-batch)\n"
    "  --dsn DSN             the store (default: PAYOPS_DSN, otherwise the embedded store)\n"
    "  --amqp URL            the broker, amqp://user[:password]@host:port/vhost (default:\n"
    "                        PAYOPS_AMQP_URL, otherwise scripts/broker's node on 127.0.0.1:\n"
    "                        PAYOPS_AMQP_PORT or 5673; a missing password is read from\n"
    "                        $PAYOPS_VAR/rabbitmq/credentials). A cluster: its nodes\n"
    "                        comma-separated (amqp://u@node1:5672/vh,node2:5672,...), tried\n"
    "                        in order at every (re)connection\n"
    "  --summary-interval S  seconds between summary lines (default 60)\n"
    "  --metrics HOST:PORT   serve Prometheus metrics at http://HOST:PORT/metrics\n"
    "  --help                this text\n\n"
    "Exit status: 0 stopped or drained, 1 cannot serve --metrics, 2 bad arguments.\n";

struct Settings
{
    bool compute = true;
    bool credit = true;
    int workers = 1;
    int summarySeconds = 60;
    QString metrics;
    CashbackComputer::Options computer;
    BalanceWorker::Options worker;
};

int usageError(const QString& message)
{
    return ::usageError("cashback", message);
}

bool number(const QString& text, int low, int high, int& value)
{
    bool ok = false;
    value = text.toInt(&ok);
    return ok && value >= low && value <= high;
}

std::optional<int> parseOptions(const QStringList& arguments, Settings& settings)
{
    QCommandLineParser parser;
    auto option = [](const char* name, const char* value = nullptr) {
        return QCommandLineOption(QString::fromLatin1(name), QString(),
                                  value ? QString::fromLatin1(value) : QString());
    };
    const auto compute = option("compute"), credit = option("credit"),
               workers = option("workers", "N"), drain = option("drain"),
               batch = option("batch", "N"), creditBatch = option("credit-batch", "N"),
               prefetch = option("prefetch", "N"), dsn = option("dsn", "DSN"),
               amqp = option("amqp", "URL"), summary = option("summary-interval", "S"),
               metrics = option("metrics", "HOST:PORT");
    const QCommandLineOption helpOption(QStringList{u"h"_s, u"help"_s});
    parser.addOptions({compute, credit, workers, drain, batch, creditBatch, prefetch, dsn, amqp,
                       summary, metrics, helpOption});
    if (!parser.parse(QStringList{u"payops cashback"_s} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << help;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"unexpected argument '"_s + parser.positionalArguments().first() +
                          u'\'');
    if (parser.isSet(compute) || parser.isSet(credit)) {
        settings.compute = parser.isSet(compute);
        settings.credit = parser.isSet(credit);
    }
    struct Numeric
    {
        const QCommandLineOption& option;
        int low, high;
        int& value;
    };
    int prefetchCount = 0;
    const Numeric numerics[] = {
        {workers, 1, 64, settings.workers},
        {batch, 1, 100'000, settings.computer.batch},
        {creditBatch, 1, 10'000, settings.worker.batch},
        {prefetch, 1, 65'535, prefetchCount},
        {summary, 1, 86'400, settings.summarySeconds},
    };
    for (const Numeric& numeric : numerics) {
        if (parser.isSet(numeric.option) &&
            !number(parser.value(numeric.option), numeric.low, numeric.high, numeric.value))
            return usageError(u"--%1 takes a number from %2 to %3"_s.arg(
                numeric.option.names().first(), QString::number(numeric.low),
                QString::number(numeric.high)));
    }
    settings.worker.prefetch =
        prefetchCount > 0 ? prefetchCount : std::min(65'535, 2 * settings.worker.batch);
    settings.computer.drain = settings.worker.drain = parser.isSet(drain);
    settings.metrics = parser.value(metrics);
    const QString store = parser.isSet(dsn) ? parser.value(dsn) : Dsn::resolve();
    if (const auto invalid = Dsn::validate(store))
        return usageError(u"bad connection string: "_s + *invalid);
    settings.computer.dsn = settings.worker.dsn = store;
    QString error;
    const auto endpoint = BrokerAddress::parse(
        parser.isSet(amqp) ? parser.value(amqp) : BrokerAddress::resolveUrl(), &error);
    if (!endpoint)
        return usageError(error);
    settings.computer.broker = settings.worker.broker = *endpoint;
    return std::nullopt;
}

QByteArray prometheus(const CashbackCounters& counters, const CashbackProbe::Reading& reading)
{
    PrometheusText text;
    if (reading.creditQueue >= 0) {
        text.gauge("payops_cashback_credit_queue_messages",
                   "Messages ready in payops.credits, as the broker reports them.",
                   double(reading.creditQueue));
        text.gauge("payops_cashback_dead_letter_queue_messages",
                   "Messages ready in payops.credits.dead.", double(reading.deadQueue));
    }
    text.gauge("payops_cashback_store_connected", "1 when the store answers.",
               reading.store ? 1 : 0);
    text.gauge("payops_cashback_broker_connected", "1 when the broker answers.",
               reading.broker ? 1 : 0);
    return counters.prometheus() + text.text();
}

} // namespace

int runCashback(const QStringList& arguments)
{
    Settings settings;
    if (const std::optional<int> status = parseOptions(arguments, settings))
        return *status;
    StopSignals stopSignals;
    CashbackCounters counters;
    CashbackProbe probe(settings.computer.dsn, settings.computer.broker);
    MetricsServer metrics([&counters, &probe] { return prometheus(counters, probe.read()); },
                          [&probe] { return probe.read().reason; });
    QString metricsError;
    if (!settings.metrics.isEmpty() && !metrics.listen(settings.metrics, &metricsError)) {
        err() << "payops cashback: " << metricsError << Qt::endl;
        return 1;
    }
    std::atomic<bool> stop{false}, computeDone{!settings.compute};
    std::atomic<int> running{0};
    auto finished = [&running] {
        if (--running == 0)
            QMetaObject::invokeMethod(
                qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
    };
    QObject::connect(&stopSignals, &StopSignals::stopRequested, qApp, [&stop] { stop = true; });
    QTimer summary;
    QObject::connect(&summary, &QTimer::timeout, qApp,
                     [&counters] { err() << counters.summary() << Qt::endl; });
    summary.start(std::chrono::seconds(settings.summarySeconds));

    err() << "payops cashback: " << (settings.compute ? "compute" : "")
          << (settings.compute && settings.credit ? " + " : "")
          << (settings.credit ? QString::number(settings.workers) + u" balance worker(s)"_s
                              : QString())
          << " on " << Dsn::describe(settings.computer.dsn) << " and amqp://"
          << BrokerAddress::describe(settings.computer.broker)
          << (settings.computer.drain ? ", draining" : "") << Qt::endl;
    EngineHeartbeat heartbeat(
        u"cashback"_s, settings.computer.dsn, QStringLiteral(PAYOPS_VERSION), [&counters] {
            return EngineHeartbeat::Reading{NAN, counters.computed + counters.noCashback +
                                                     counters.reversals + counters.credited +
                                                     counters.duplicates + counters.deadLettered};
        });
    heartbeat.start();
    std::vector<std::thread> threads;
    running = (settings.compute ? 1 : 0) + (settings.credit ? settings.workers : 0);
    if (settings.compute) {
        threads.emplace_back([&] {
            CashbackComputer(settings.computer, counters, stop).run();
            computeDone = true;
            finished();
        });
    }
    settings.worker.publishersDone = &computeDone;
    for (int i = 0; settings.credit && i < settings.workers; ++i) {
        threads.emplace_back([&] {
            BalanceWorker(settings.worker, counters, stop).run();
            finished();
        });
    }
    const int status = QCoreApplication::exec();
    stop = true;
    for (std::thread& thread : threads)
        thread.join();
    err() << counters.summary() << Qt::endl;
    return status;
}
