#include "CommandOutput.h"
#include "Commands.h"
#include "StopSignals.h"
#include "metrics/EngineHeartbeat.h"
#include "metrics/MetricsServer.h"
#include "store/Dsn.h"
#include "webhooks/Dispatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

const char* const help =
    "usage: payops dispatch [--dsn DSN] [--drain] [OPTIONS]\n\n"
    "Delivers webhooks: claims due deliveries from the store (FOR UPDATE SKIP LOCKED, under a\n"
    "lease), sends them to the merchants' endpoints with the Standard Webhooks headers and\n"
    "signature, records every attempt in payops.attempts and schedules retries (5 s, 30 s,\n"
    "2 min, 10 min, 30 min, 1 h, 3 h, 6 h, 12 h, 24 h with jitter, then dead; stretched for\n"
    "endpoints that fail or are slow). 429 and 503 honour Retry-After; 410 disables the\n"
    "endpoint; an endpoint failing 5 days is disabled; after 5 failures in a row an endpoint's\n"
    "circuit opens and one probe goes out per cool-down until it succeeds. Manual retries\n"
    "(payops.retry_delivery) go first. Any number of dispatchers may run on one store; kill -9\n"
    "loses nothing (the lease runs out and the delivery is sent again, same webhook-id).\n"
    "Wakes on NOTIFY payops_deliveries and at the next due time. SIGTERM / SIGINT: stops\n"
    "claiming, finishes the attempts in flight, records them, exits 0.\n\n"
    "Options:\n"
    "  --dsn DSN               the store (default: PAYOPS_DSN, otherwise the embedded store)\n"
    "  --drain                 deliver what is due now, then exit once nothing is due and\n"
    "                          nothing is in flight (retries scheduled later are left)\n"
    "  --concurrency N         deliveries held at once, queued or in flight (default 512);\n"
    "                          each endpoint also has its own max_in_flight\n"
    "  --batch N               deliveries per claim (default 100)\n"
    "  --lease SECONDS         lease of a claimed delivery, renewed while held (default 30)\n"
    "  --allow CIDRS           comma-separated address ranges that may be called although\n"
    "                          loopback/private/link-local (default: PAYOPS_DISPATCH_ALLOW)\n"
    "  --connect-timeout MS    connect timeout (default 10000)\n"
    "  --timeout MS            response timeout once the request is sent (default 30000)\n"
    "  --schedule SECONDS,...  retry delays instead of the default schedule\n"
    "  --jitter bounded|full   bounded: ±20 % (default); full: between half and all of it\n"
    "  --circuit-failures N    failures in a row that open an endpoint's circuit (default 5)\n"
    "  --circuit-cooldown MS   how long a circuit stays open before a probe (default 30000)\n"
    "  --summary-interval S    seconds between summary lines (default 60)\n"
    "  --metrics HOST:PORT     serve Prometheus metrics at http://HOST:PORT/metrics\n"
    "  --name NAME             this dispatcher's name in leases and attempts.worker\n"
    "                          (default host:pid)\n"
    "  --help                  this text\n\n"
    "Prints 'dispatch: N delivered, N failed (retry scheduled), N dead, N in flight' every\n"
    "minute and at exit. PAYOPS_CLOCK_OFFSET=SECONDS shifts the engine's clock (tests).\n\n"
    "Exit status: 0 stopped or drained, 1 cannot serve --metrics, 2 bad arguments.\n";

int usageError(const QString& message)
{
    return ::usageError("dispatch", message);
}

bool positive(const QString& text, qint64 low, qint64 high, qint64& value)
{
    bool ok = false;
    value = text.toLongLong(&ok);
    return ok && value >= low && value <= high;
}

std::optional<int> parseOptions(const QStringList& arguments, Dispatcher::Options& options,
                                QString& metrics)
{
    QCommandLineParser parser;
    auto option = [](const char* name, const char* value = nullptr) {
        return QCommandLineOption(QString::fromLatin1(name), QString(),
                                  value ? QString::fromLatin1(value) : QString());
    };
    const auto dsn = option("dsn", "DSN"), drain = option("drain"),
               concurrency = option("concurrency", "N"), batch = option("batch", "N"),
               lease = option("lease", "S"), allow = option("allow", "CIDRS"),
               connectTimeout = option("connect-timeout", "MS"), timeout = option("timeout", "MS"),
               schedule = option("schedule", "LIST"), jitter = option("jitter", "KIND"),
               circuitFailures = option("circuit-failures", "N"),
               circuitCooldown = option("circuit-cooldown", "MS"),
               summary = option("summary-interval", "S"), name = option("name", "NAME"),
               metricsAt = option("metrics", "HOST:PORT");
    const QCommandLineOption helpOption(QStringList{u"h"_s, u"help"_s});
    parser.addOptions({dsn, drain, concurrency, batch, lease, allow, connectTimeout, timeout,
                       schedule, jitter, circuitFailures, circuitCooldown, summary, name, metricsAt,
                       helpOption});
    if (!parser.parse(QStringList{u"payops dispatch"_s} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << help;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"unexpected argument '"_s + parser.positionalArguments().first() +
                          u'\'');
    qint64 value = 0;
    struct Numeric
    {
        const QCommandLineOption& option;
        qint64 low, high;
        std::function<void(qint64)> set;
    };
    const Numeric numerics[] = {
        {concurrency, 1, 100'000, [&](qint64 v) { options.concurrency = int(v); }},
        {batch, 1, 10'000, [&](qint64 v) { options.batch = int(v); }},
        {lease, 1, 3600, [&](qint64 v) { options.lease = std::chrono::seconds(v); }},
        {connectTimeout, 1, 600'000,
         [&](qint64 v) { options.sender.connectTimeout = std::chrono::milliseconds(v); }},
        {timeout, 1, 3'600'000,
         [&](qint64 v) { options.sender.responseTimeout = std::chrono::milliseconds(v); }},
        {circuitFailures, 1, 1000, [&](qint64 v) { options.circuitThreshold = int(v); }},
        {circuitCooldown, 1, 86'400'000,
         [&](qint64 v) { options.circuitCooldown = std::chrono::milliseconds(v); }},
        {summary, 1, 86'400, [&](qint64 v) { options.summaryInterval = std::chrono::seconds(v); }},
    };
    for (const Numeric& numeric : numerics) {
        if (!parser.isSet(numeric.option))
            continue;
        if (!positive(parser.value(numeric.option), numeric.low, numeric.high, value))
            return usageError(u"--%1 takes a number from %2 to %3"_s.arg(
                numeric.option.names().first(), QString::number(numeric.low),
                QString::number(numeric.high)));
        numeric.set(value);
    }
    auto kind = RetrySchedule::Jitter::Bounded;
    if (parser.isSet(jitter)) {
        if (parser.value(jitter) == u"full")
            kind = RetrySchedule::Jitter::Full;
        else if (parser.value(jitter) != u"bounded")
            return usageError(u"--jitter takes bounded or full"_s);
    }
    std::vector<std::chrono::seconds> delays = RetrySchedule::defaultDelays();
    if (parser.isSet(schedule)) {
        delays.clear();
        const QStringList parts = parser.value(schedule).split(u',');
        for (const QString& part : parts) {
            if (!positive(part.trimmed(), 1, 7 * 86'400, value))
                return usageError(u"--schedule takes seconds (1 to 604800) separated by commas"_s);
            delays.push_back(std::chrono::seconds(value));
        }
    }
    options.schedule = RetrySchedule(delays, kind);
    const QString allowed =
        parser.isSet(allow) ? parser.value(allow) : qEnvironmentVariable("PAYOPS_DISPATCH_ALLOW");
    QString policyError;
    const auto policy = EndpointUrlPolicy::fromAllowList(allowed, &policyError);
    if (!policy)
        return usageError(policyError);
    options.policy = *policy;
    options.drain = parser.isSet(drain);
    metrics = parser.value(metricsAt);
    options.owner = parser.isSet(name) ? parser.value(name)
                                       : QHostInfo::localHostName() + u':' +
                                             QString::number(QCoreApplication::applicationPid());
    options.sender.userAgent = "payops/" PAYOPS_VERSION;
    options.dsn = parser.isSet(dsn) ? parser.value(dsn) : Dsn::resolve();
    if (const auto invalid = Dsn::validate(options.dsn))
        return usageError(u"bad connection string: "_s + *invalid);
    return std::nullopt;
}

} // namespace

int runDispatch(const QStringList& arguments)
{
    Dispatcher::Options options;
    QString metricsAt;
    if (const std::optional<int> status = parseOptions(arguments, options, metricsAt))
        return *status;
    StopSignals stopSignals;
    Dispatcher dispatcher(options);
    MetricsServer metrics([&dispatcher] { return dispatcher.metrics().prometheus(); },
                          [&dispatcher] {
                              return dispatcher.metrics().storeConnected
                                         ? QString()
                                         : u"store: not connected"_s;
                          });
    QString metricsError;
    if (!metricsAt.isEmpty() && !metrics.listen(metricsAt, &metricsError)) {
        err() << "payops dispatch: " << metricsError << Qt::endl;
        return 1;
    }
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &dispatcher, &Dispatcher::stop);
    QObject::connect(&dispatcher, &Dispatcher::finished, qApp, &QCoreApplication::exit);
    err() << "payops dispatch: " << options.owner << " on " << Dsn::describe(options.dsn)
          << (options.drain ? ", draining" : "") << Qt::endl;
    EngineHeartbeat heartbeat(
        u"dispatch"_s, options.dsn, QStringLiteral(PAYOPS_VERSION), [&dispatcher] {
            const DispatchMetrics now = dispatcher.metrics();
            return EngineHeartbeat::Reading{now.dueLagSeconds,
                                            now.delivered + now.failed + now.dead + now.refused};
        });
    dispatcher.start();
    heartbeat.start();
    return QCoreApplication::exec();
}
