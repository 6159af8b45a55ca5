#include "CommandOutput.h"
#include "Commands.h"
#include "StopSignals.h"
#include "detect/DetectionEngine.h"
#include "metrics/EngineHeartbeat.h"
#include "metrics/MetricsServer.h"
#include "metrics/SqlGauges.h"
#include "store/Dsn.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostInfo>
#include <QTextStream>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const char* const help =
    "usage: payops detect [--dsn DSN] [--drain] [OPTIONS]\n\n"
    "Detects payment downtimes: reads payment events in the order their transactions\n"
    "committed (a durable cursor per shard that never skips a late commit), keeps the success\n"
    "rate of every cohort of every enabled rule over the rule's window, writes the closed\n"
    "windows to payops.sr_windows, and opens, updates and resolves payops.downtimes by the\n"
    "rules' thresholds (muted when a mute covers them; downtime.opened / downtime.resolved\n"
    "webhook events otherwise). Rules follow the store live (NOTIFY payops_rules): a new\n"
    "version applies from the next window.\n\n"
    "Cohorts are split into 16 shards held under leases in payops.detector_shards: any number\n"
    "of detectors share them evenly, each shard's cursor and state are saved with its\n"
    "results in one transaction, and a dead detector's shards are taken over (from their\n"
    "saved state) once its lease runs out. kill -9 loses nothing. SIGTERM / SIGINT: saves\n"
    "every shard, hands them back, prints a summary and exits 0.\n\n"
    "Late events: a time window closes when the watermark (newest event time seen minus the\n"
    "allowed lateness) passes its end; an event older than a closed window is counted as\n"
    "late and not applied.\n\n"
    "Options:\n"
    "  --dsn DSN            the store (default: PAYOPS_DSN, otherwise the embedded store)\n"
    "  --drain              process what is in the store now, close the windows that end by\n"
    "                       the newest event (ignoring lateness), save, hand back, exit\n"
    "                       (next to running detectors: only the shards it gets)\n"
    "  --lateness SECONDS   allowed lateness of events (default 10)\n"
    "  --lease SECONDS      lease of a shard, renewed every third of it (default 15)\n"
    "  --batch N            events read per step (default 20000)\n"
    "  --retention DAYS     sr_windows older than this are deleted, in batches, by the\n"
    "                       holder of shard 0 every 5 minutes (default 7)\n"
    "  --summary-interval S seconds between summary lines (default 60)\n"
    "  --metrics HOST:PORT  serve Prometheus metrics at http://HOST:PORT/metrics\n"
    "  --name NAME          this detector's name in the leases (default host:pid)\n"
    "  --help               this text\n\n"
    "Prints 'detect: N events, N windows, N downtimes opened, N resolved, N late events,\n"
    "N shards held' every minute and at exit.\n\n"
    "Exit status: 0 stopped or drained, 1 cannot serve --metrics, 2 bad arguments.\n";

int usageError(const QString& message)
{
    return ::usageError("detect", message);
}

std::optional<int> parseOptions(const QStringList& arguments, DetectionEngine::Options& options,
                                QString& metrics)
{
    QCommandLineParser parser;
    auto option = [](const char* name, const char* value = nullptr) {
        return QCommandLineOption(QString::fromLatin1(name), QString(),
                                  value ? QString::fromLatin1(value) : QString());
    };
    const auto dsn = option("dsn", "DSN"), drain = option("drain"),
               lateness = option("lateness", "S"), lease = option("lease", "S"),
               batch = option("batch", "N"), retention = option("retention", "DAYS"),
               summary = option("summary-interval", "S"), name = option("name", "NAME"),
               metricsAt = option("metrics", "HOST:PORT");
    const QCommandLineOption helpOption(QStringList{u"h"_s, u"help"_s});
    parser.addOptions(
        {dsn, drain, lateness, lease, batch, retention, summary, name, metricsAt, helpOption});
    if (!parser.parse(QStringList{u"payops detect"_s} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << help;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"unexpected argument '"_s + parser.positionalArguments().first() +
                          u'\'');
    struct Numeric
    {
        const QCommandLineOption& option;
        int low, high;
        std::function<void(int)> set;
    };
    const Numeric numerics[] = {
        {lateness, 0, 3600, [&](int v) { options.latenessSeconds = v; }},
        {lease, 2, 3600, [&](int v) { options.leaseSeconds = v; }},
        {batch, 1, 1'000'000, [&](int v) { options.batch = v; }},
        {retention, 1, 3650, [&](int v) { options.retentionDays = v; }},
        {summary, 1, 86'400, [&](int v) { options.summaryInterval = std::chrono::seconds(v); }},
    };
    for (const Numeric& numeric : numerics) {
        if (!parser.isSet(numeric.option))
            continue;
        bool ok = false;
        const int value = parser.value(numeric.option).toInt(&ok);
        if (!ok || value < numeric.low || value > numeric.high)
            return usageError(u"--%1 takes a number from %2 to %3"_s.arg(
                numeric.option.names().first(), QString::number(numeric.low),
                QString::number(numeric.high)));
        numeric.set(value);
    }
    options.drain = parser.isSet(drain);
    metrics = parser.value(metricsAt);
    options.owner = parser.isSet(name) ? parser.value(name).trimmed()
                                       : QHostInfo::localHostName() + u':' +
                                             QString::number(QCoreApplication::applicationPid());
    if (options.owner.isEmpty() || options.owner.size() > 200)
        return usageError(u"--name takes 1 to 200 characters"_s);
    options.dsn = parser.isSet(dsn) ? parser.value(dsn) : Dsn::resolve();
    if (const auto invalid = Dsn::validate(options.dsn))
        return usageError(u"bad connection string: "_s + *invalid);
    return std::nullopt;
}

} // namespace

int runDetect(const QStringList& arguments)
{
    DetectionEngine::Options options;
    QString metricsAt;
    if (const std::optional<int> status = parseOptions(arguments, options, metricsAt))
        return *status;
    StopSignals stopSignals;
    DetectionEngine engine(options);
    SqlGauges downtimes(options.dsn, {"payops_detect_open_downtimes",
                                      "Open downtimes in the store, by severity.", "severity",
                                      u"SELECT severity, count(*) FROM payops.downtimes "
                                      u"WHERE resolved_at IS NULL GROUP BY 1"_s});
    MetricsServer metrics(
        [&engine, &downtimes]() -> QByteArray {
            return engine.metrics().prometheus() + downtimes.render();
        },
        [&engine] {
            return engine.metrics().storeConnected ? QString() : u"store: not connected"_s;
        });
    QString metricsError;
    if (!metricsAt.isEmpty() && !metrics.listen(metricsAt, &metricsError)) {
        err() << "payops detect: " << metricsError << Qt::endl;
        return 1;
    }
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &engine, &DetectionEngine::stop);
    QObject::connect(&engine, &DetectionEngine::finished, qApp, &QCoreApplication::exit);
    err() << "payops detect: " << options.owner << " on " << Dsn::describe(options.dsn)
          << (options.drain ? ", draining" : "") << Qt::endl;
    EngineHeartbeat heartbeat(u"detect"_s, options.dsn, QStringLiteral(PAYOPS_VERSION), [&engine] {
        const DetectMetrics now = engine.metrics();
        return EngineHeartbeat::Reading{now.lagSeconds, now.events};
    });
    engine.start();
    heartbeat.start();
    return QCoreApplication::exec();
}
