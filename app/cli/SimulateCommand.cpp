#include "CommandOutput.h"
#include "Commands.h"
#include "StopSignals.h"
#include "evaluate/GroundTruth.h"
#include "ingest/Rfc3339.h"
#include "metrics/EngineHeartbeat.h"
#include "metrics/MetricsServer.h"
#include "metrics/PrometheusText.h"
#include "simulate/MerchantReceiver.h"
#include "simulate/PaymentEventJson.h"
#include "simulate/PaymentTraffic.h"
#include "simulate/Scenario.h"
#include "simulate/TrafficModel.h"
#include "store/Dsn.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const char* const help =
    "usage: payops simulate --out FILE [--truth FILE] [--scenario FILE] [--seed N]\n"
    "                       [--start TIME] [--duration D] [--rate R] [--flat]\n"
    "       payops simulate (--scenario FILE | --rate R) [--truth FILE] [--seed N]\n"
    "                       [--duration D] [--flat] [--engine-dsn DSN] [--merchants FILE ...]\n"
    "       payops simulate --merchants FILE [--listen ADDRESS:PORT] [--register] [--dsn DSN]\n"
    "                       [--traffic RATE] [--engine-dsn DSN] [--every SECONDS]\n"
    "                       [--duration D] [--report FILE] [--ids FILE]\n\n"
    "Realistic payment traffic (methods, dozens of issuers, networks, card types, 8 gateways,\n"
    "300 merchants of Zipf-skewed volume, a diurnal curve, customer failures that do not count)\n"
    "with the scripted incidents of a scenario FILE (README.md: issuer_down, method_degraded,\n"
    "gateway_flapping, merchant_broken) and their ground truth (JSON Lines, design.md). Each\n"
    "event carries the extra field customer_id. The same --seed and --start give the same\n"
    "bytes.\n"
    "  With --out: simulated time, as fast as it goes, events sorted by occurred_at.\n"
    "  Without --out but with --scenario or --rate: live into the store through the ingest\n"
    "  path, on the wall clock; incidents are relative to the moment it starts.\n\n"
    "It also runs simulated merchant webhook endpoints (--merchants): one HTTP/1.1 server,\n"
    "each merchant of the FILE (JSON, see resources/simulate/demo-merchants.json) under its\n"
    "own path, http://ADDRESS:PORT/<path>. Every request's Standard Webhooks signature is\n"
    "verified with the merchant's secret (401 when it does not match) and answered as the\n"
    "merchant's script says at that moment: healthy, slow, flaky (a share of 5xx), down (503,\n"
    "reset or hang), rate_limited (429 with Retry-After) or gone (410).\n\n"
    "Traffic options:\n"
    "  --out FILE         write the events there (JSON Lines; - for stdout)\n"
    "  --truth FILE       write the ground truth there (live: with wall-clock times)\n"
    "  --scenario FILE    the incidents (default: none)\n"
    "  --seed N           the random seed (default 1)\n"
    "  --start TIME       RFC 3339 start of the simulated run (default: now, to the minute)\n"
    "  --duration D       how long: 90, 90s, 30m, 1h30m (default 30m with --out; live: until\n"
    "                     SIGTERM/SIGINT)\n"
    "  --rate R           new payments a second, the day's mean: the diurnal curve (India's\n"
    "                     time zone) makes it about 0.3 R at night and 1.6 R at the evening\n"
    "                     peak (default 200; live up to 20000)\n"
    "  --flat             no diurnal curve: R payments a second all along\n"
    "  --merchant-count N merchants m_0001 ... (default 300)\n\n"
    "Merchant endpoint options:\n"
    "  --merchants FILE   the merchant endpoints\n"
    "  --listen ADDR:PORT where to listen (default 127.0.0.1:8787; port 0 picks a free one)\n"
    "  --register         create or update each merchant's endpoint in the store\n"
    "                     (payops.save_endpoint, found again by its scenario key in the\n"
    "                     description), pointing at this server, with its secret; a disabled\n"
    "                     one is enabled again. Needs an admin login.\n"
    "  --dsn DSN          the store for --register (default: PAYOPS_DSN, otherwise the\n"
    "                     embedded store)\n"
    "  --traffic RATE     also write live payment traffic of the model, flat, for the\n"
    "                     merchants of --merchants only: RATE new payments a second (each\n"
    "                     makes 2 to 4 events), so the webhook outbox fires\n"
    "  --engine-dsn DSN   the store for live traffic, an engine login (default: --dsn's)\n"
    "  --every SECONDS    print the counters on stderr this often (default 5; 0: never)\n"
    "  --metrics HOST:PORT  live traffic: serve Prometheus metrics at http://HOST:PORT/metrics\n"
    "  --report FILE      also write the final report there\n"
    "  --ids FILE         at exit, write every webhook-id each merchant saw there (CSV:\n"
    "                     endpoint,webhook_id,delivered; delivered 1: answered 2xx)\n"
    "  --help             this text\n\n"
    "Live runs print, on SIGTERM or SIGINT (or after --duration), the final report, JSON, on\n"
    "stdout: the traffic's payments and events, and per merchant endpoint: received\n"
    "(requests), verified, bad_signatures, accepted (2xx), unique_ids (distinct webhook-ids),\n"
    "delivered_ids (distinct ids answered 2xx), repeats (requests with an id seen before),\n"
    "duplicates (2xx answers for an id already answered 2xx) and answers (a histogram of\n"
    "statuses, 'reset' and 'hang'); and the totals.\n\n"
    "Exit status: 0 done or stopped, 1 failed (cannot listen or write, store refused\n"
    "--register), 2 bad arguments or scenario.\n";

constexpr qint64 second = 1'000'000;

struct Options
{
    QString merchantsFile;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8787;
    bool registerEndpoints = false;
    QString dsn;
    QString engineDsn;
    double traffic = 0;
    int every = 5;
    QString metrics;     // HOST:PORT, live traffic only
    qint64 duration = 0; // microseconds; 0: until stopped
    QString report;
    QString ids;
    // The traffic model
    QString out;
    QString truth;
    QString scenarioFile;
    std::uint64_t seed = 1;
    qint64 start = 0;
    double rate = 0;
    bool flat = false;
    int merchantCount = 300;
    bool live = false;
};

int usageError(const QString& message)
{
    return ::usageError("simulate", message);
}

bool parseListen(const QString& text, Options& options)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535 || !options.address.setAddress(host))
        return false;
    options.port = quint16(port);
    return true;
}

qint64 nowToTheMinute()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000;
    return now / (60 * second) * (60 * second);
}

// The traffic options; a message when one is wrong.
std::optional<QString> parseTrafficOptions(const QCommandLineParser& parser, Options& options)
{
    options.out = parser.value(u"out"_s);
    options.truth = parser.value(u"truth"_s);
    options.scenarioFile = parser.value(u"scenario"_s);
    options.flat = parser.isSet(u"flat"_s);
    bool ok = true;
    if (parser.isSet(u"seed"_s))
        options.seed = parser.value(u"seed"_s).toULongLong(&ok);
    if (!ok)
        return u"--seed takes a whole number"_s;
    options.start = nowToTheMinute();
    if (parser.isSet(u"start"_s)) {
        const auto parsed = Rfc3339::parse(parser.value(u"start"_s).toStdString());
        if (const auto* reason = std::get_if<std::string>(&parsed))
            return u"--start: "_s + QString::fromStdString(*reason);
        options.start = std::get<std::int64_t>(parsed);
    }
    options.rate = parser.isSet(u"rate"_s) ? parser.value(u"rate"_s).toDouble(&ok) : 200;
    if (!ok || options.rate <= 0 || options.rate > 20'000)
        return u"--rate takes payments a second, more than 0 and at most 20000"_s;
    if (parser.isSet(u"merchant-count"_s))
        options.merchantCount = parser.value(u"merchant-count"_s).toInt(&ok);
    if (!ok || options.merchantCount < 1 || options.merchantCount > 9999)
        return u"--merchant-count takes 1 to 9999"_s;
    options.live =
        options.out.isEmpty() && (parser.isSet(u"scenario"_s) || parser.isSet(u"rate"_s));
    if (!options.out.isEmpty() && options.duration == 0)
        options.duration = 30 * 60 * second;
    if (options.live && parser.isSet(u"start"_s))
        return u"--start is for --out runs: a live run starts now"_s;
    if (options.live && options.traffic > 0)
        return u"--traffic and --rate/--scenario are two kinds of live traffic: choose one"_s;
    return std::nullopt;
}

std::optional<int> parseOptions(const QStringList& arguments, Options& options)
{
    QCommandLineParser parser;
    const QCommandLineOption merchants(u"merchants"_s, QString(), u"FILE"_s);
    const QCommandLineOption listen(u"listen"_s, QString(), u"ADDRESS:PORT"_s);
    const QCommandLineOption registerOption(u"register"_s);
    const QCommandLineOption dsn(u"dsn"_s, QString(), u"DSN"_s);
    const QCommandLineOption engineDsn(u"engine-dsn"_s, QString(), u"DSN"_s);
    const QCommandLineOption traffic(u"traffic"_s, QString(), u"RATE"_s);
    const QCommandLineOption every(u"every"_s, QString(), u"SECONDS"_s);
    const QCommandLineOption duration(u"duration"_s, QString(), u"D"_s);
    const QCommandLineOption report(u"report"_s, QString(), u"FILE"_s);
    const QCommandLineOption ids(u"ids"_s, QString(), u"FILE"_s);
    const QCommandLineOption metrics(u"metrics"_s, QString(), u"HOST:PORT"_s);
    const QCommandLineOption helpOption(QStringList{u"h"_s, u"help"_s});
    parser.addOptions({merchants, listen, registerOption, dsn, engineDsn, traffic, every, duration,
                       report, ids, metrics, helpOption});
    for (const QString& name : {u"out"_s, u"truth"_s, u"scenario"_s, u"seed"_s, u"start"_s,
                                u"rate"_s, u"merchant-count"_s})
        parser.addOption(QCommandLineOption(name, QString(), u"VALUE"_s));
    parser.addOption(QCommandLineOption(u"flat"_s));
    if (!parser.parse(QStringList{u"payops simulate"_s} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << help;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"unexpected argument '"_s + parser.positionalArguments().first() +
                          u'\'');
    options.merchantsFile = parser.value(merchants);
    if (parser.isSet(listen) && !parseListen(parser.value(listen), options))
        return usageError(u"--listen takes ADDRESS:PORT, such as 127.0.0.1:8787"_s);
    options.registerEndpoints = parser.isSet(registerOption);
    bool ok = true;
    if (parser.isSet(traffic))
        options.traffic = parser.value(traffic).toDouble(&ok);
    if (!ok || options.traffic < 0 || options.traffic > 10'000)
        return usageError(u"--traffic takes payments a second, from 0 to 10000"_s);
    if (parser.isSet(every))
        options.every = parser.value(every).toInt(&ok);
    if (!ok || options.every < 0 || options.every > 3600)
        return usageError(u"--every takes seconds, from 0 to 3600"_s);
    if (parser.isSet(duration)) {
        const auto micros = Scenario::parseDuration(parser.value(duration));
        if (!micros || *micros <= 0)
            return usageError(u"--duration takes a duration such as 90, 90s, 30m or 1h30m"_s);
        options.duration = *micros;
    }
    if (const auto problem = parseTrafficOptions(parser, options))
        return usageError(*problem);
    if (options.out.isEmpty() && !options.live && options.merchantsFile.isEmpty())
        return usageError(u"--merchants FILE, --out FILE or a live --scenario/--rate is "
                          "required"_s);
    options.report = parser.value(report);
    options.ids = parser.value(ids);
    options.metrics = parser.value(metrics);
    options.dsn = parser.isSet(dsn) ? parser.value(dsn) : Dsn::resolve();
    options.engineDsn = parser.isSet(engineDsn) ? parser.value(engineDsn) : options.dsn;
    for (const QString& conninfo : {options.dsn, options.engineDsn}) {
        if (const auto invalid = Dsn::validate(conninfo))
            return usageError(u"bad connection string: "_s + *invalid);
    }
    return std::nullopt;
}

// Endpoints are found again by the scenario key at the start of their description.
void registerEndpoints(const MerchantReceiver& receiver, const QString& dsn)
{
    PgConnection store = PgConnection::open(dsn);
    for (const MerchantSpec& merchant : receiver.script().merchants()) {
        const QString tag = u"payops simulate: "_s + merchant.endpointId + u':';
        const QString description =
            tag + u' ' + (merchant.description.isEmpty() ? merchant.path : merchant.description);
        const PgResult found = store.exec(
            u"SELECT id, enabled FROM payops.endpoints WHERE starts_with(description, $1) "
            "ORDER BY id LIMIT 1"_s,
            {tag});
        const QVariant existing = found.rows() > 0 ? found.value(0, 0) : QVariant();
        const PgResult saved =
            store.exec(u"SELECT payops.save_endpoint($1, $2, $3, $4::text[], $5, $6)"_s,
                       {existing, merchant.merchantId, receiver.urlOf(merchant),
                        merchant.eventTypes, QString::fromLatin1(merchant.secret), description});
        const qint64 id = saved.toInt(0, 0);
        if (found.rows() > 0 && !found.value(0, 1).toBool())
            store.exec(u"SELECT payops.set_endpoint_enabled($1, true, $2)"_s,
                       {id, u"payops simulate --register: the simulated merchant is back"_s});
        err() << "payops simulate: endpoint " << id << " (" << merchant.endpointId << ", "
              << merchant.merchantId << ") -> " << receiver.urlOf(merchant) << '\n';
    }
    err().flush();
}

QString counterLine(const MerchantReceiver& receiver)
{
    const QJsonObject merchants = receiver.report().value(u"merchants"_s).toObject();
    QStringList parts;
    for (const MerchantSpec& merchant : receiver.script().merchants()) {
        const QJsonObject counts = merchants.value(merchant.endpointId).toObject();
        parts.append(u"%1 [%2] %3 recv %4 ids %5 dup %6 badsig"_s.arg(merchant.path)
                         .arg(counts.value(u"phase"_s).toString())
                         .arg(counts.value(u"received"_s).toInteger())
                         .arg(counts.value(u"unique_ids"_s).toInteger())
                         .arg(counts.value(u"duplicates"_s).toInteger())
                         .arg(counts.value(u"bad_signatures"_s).toInteger()));
    }
    return parts.join(u" | "_s);
}

bool writeFile(const QString& what, const QString& fileName, const QByteArray& bytes)
{
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    err() << "payops simulate: cannot write the " << what << " to " << fileName << ": "
          << file.errorString() << '\n';
    return false;
}

std::optional<Scenario> loadScenario(const Options& options)
{
    if (options.scenarioFile.isEmpty())
        return Scenario();
    QString error;
    auto scenario = Scenario::load(options.scenarioFile, &error);
    if (!scenario)
        err() << "payops simulate: " << error << '\n';
    return scenario;
}

TrafficModel::Options modelOptions(const Options& options, qint64 start)
{
    TrafficModel::Options model;
    model.seed = options.seed;
    model.start = start;
    if (options.duration > 0)
        model.end = start + options.duration;
    model.rate = options.rate;
    model.diurnal = !options.flat;
    model.merchantCount = options.merchantCount;
    return model;
}

bool writeTruth(const Options& options, const Scenario& scenario, qint64 start)
{
    if (options.truth.isEmpty())
        return true;
    QString error;
    if (GroundTruth::save(options.truth, scenario.truth(start), &error))
        return true;
    err() << "payops simulate: cannot write the truth: " << error << '\n';
    return false;
}

// Simulated time, as fast as it goes: the events of [start, start + duration) and what is left
// of their payments afterwards.
int runFiles(const Options& options, const Scenario& scenario)
{
    TrafficModel model(modelOptions(options, options.start), scenario);
    if (!model.unknownMerchant().isEmpty()) {
        err() << "payops simulate: " << options.scenarioFile << ": " << model.unknownMerchant()
              << '\n';
        return 2;
    }
    QFile stdoutFile;
    QSaveFile saveFile(options.out);
    QFileDevice& file = options.out == u"-" ? static_cast<QFileDevice&>(stdoutFile) : saveFile;
    const bool opened = options.out == u"-" ? stdoutFile.open(stdout, QIODevice::WriteOnly)
                                            : saveFile.open(QIODevice::WriteOnly);
    QElapsedTimer clock;
    clock.start();
    std::string buffer;
    bool ok = opened;
    const TrafficModel::Sink sink = [&](const PaymentEvent& event) {
        PaymentEventJson::appendLine(buffer, event);
        if (buffer.size() >= (4u << 20)) {
            ok = ok && file.write(buffer.data(), qint64(buffer.size())) == qint64(buffer.size());
            buffer.clear();
        }
    };
    const qint64 end = options.start + options.duration;
    for (qint64 until = options.start; ok && until < end;) {
        until = std::min(end, until + 60 * second);
        model.generate(until, sink);
    }
    model.finish(sink);
    ok = ok && file.write(buffer.data(), qint64(buffer.size())) == qint64(buffer.size());
    ok = ok && (options.out == u"-" ? stdoutFile.flush() : saveFile.commit());
    if (!ok) {
        err() << "payops simulate: cannot write " << options.out << ": " << file.errorString()
              << '\n';
        return 1;
    }
    if (!writeTruth(options, scenario, options.start))
        return 1;
    const double seconds = std::max(1e-3, double(clock.nsecsElapsed()) / 1e9);
    err() << "payops simulate: " << model.events() << " events of " << model.payments()
          << " payments in " << QString::number(seconds, 'f', 2) << " s ("
          << qint64(double(model.events()) / seconds) << " events/s); "
          << scenario.incidents().size() << " incidents\n";
    return 0;
}

QByteArray trafficMetrics(const PaymentTraffic& traffic)
{
    const PaymentTraffic::Totals& totals = traffic.totals();
    PrometheusText text;
    text.counter("payops_simulate_payments_total", "Payments the traffic model made.",
                 double(totals.payments));
    text.family("payops_ingest_events_total", "counter",
                "Payment events sent to the store, by outcome.");
    text.sample("payops_ingest_events_total", double(totals.loaded), {{"outcome", "loaded"}});
    text.sample("payops_ingest_events_total", double(totals.duplicates),
                {{"outcome", "duplicate"}});
    text.counter("payops_ingest_failed_loads_total",
                 "Loads that failed (retried on the next tick).", double(totals.failures));
    text.gauge("payops_ingest_store_connected", "1 when the last load reached the store.",
               totals.storeOk ? 1 : 0);
    return text.text();
}

QString trafficLine(const PaymentTraffic& traffic)
{
    return u"traffic %1 payments, %2 events"_s.arg(traffic.totals().payments)
        .arg(traffic.totals().loaded);
}

} // namespace

int runSimulate(const QStringList& arguments)
{
    Options options;
    if (const auto exit = parseOptions(arguments, options))
        return *exit;
    const std::optional<Scenario> scenario = loadScenario(options);
    if (!scenario)
        return 2;
    if (!options.out.isEmpty())
        return runFiles(options, *scenario);

    QString error;
    std::optional<MerchantScript> script;
    if (!options.merchantsFile.isEmpty()) {
        script = MerchantScript::load(options.merchantsFile, &error);
        if (!script) {
            err() << "payops simulate: " << error << '\n';
            return 2;
        }
    }

    StopSignals stopSignals;
    std::unique_ptr<MerchantReceiver> receiver;
    if (script) {
        receiver = std::make_unique<MerchantReceiver>(*script);
        if (!receiver->listen(options.address, options.port, &error)) {
            err() << "payops simulate: " << error << '\n';
            return 1;
        }
        err() << "payops simulate: " << script->merchants().size() << " merchants on http://"
              << options.address.toString() << ':' << receiver->port() << "/\n";
        err().flush();
    }
    if (receiver && options.registerEndpoints) {
        try {
            registerEndpoints(*receiver, options.dsn);
        } catch (const StoreError& failure) {
            err() << "payops simulate: --register on " << Dsn::describe(options.dsn) << ": "
                  << failure.message() << '\n';
            return 1;
        }
    }

    std::unique_ptr<PaymentTraffic> traffic;
    QString lastTrafficError;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() * 1000;
    if (options.live || options.traffic > 0) {
        TrafficModel::Options model = modelOptions(options, start);
        if (options.traffic > 0) {
            model.rate = options.traffic;
            model.diurnal = false;
            for (const MerchantSpec& merchant : script->merchants()) {
                if (!model.merchants.contains(merchant.merchantId))
                    model.merchants.append(merchant.merchantId);
            }
        }
        traffic = std::make_unique<PaymentTraffic>(options.engineDsn, model, *scenario);
        if (!traffic->model().unknownMerchant().isEmpty()) {
            err() << "payops simulate: " << options.scenarioFile << ": "
                  << traffic->model().unknownMerchant() << '\n';
            return 2;
        }
        if (!writeTruth(options, *scenario, start))
            return 1;
        QObject::connect(traffic.get(), &PaymentTraffic::failed, [&](const QString& message) {
            if (message == lastTrafficError)
                return;
            lastTrafficError = message;
            err() << "payops simulate: traffic: " << Dsn::describe(options.engineDsn) << ": "
                  << message << " (retrying)\n";
            err().flush();
        });
        traffic->start();
        err() << "payops simulate: live traffic into " << Dsn::describe(options.engineDsn) << ", "
              << scenario->incidents().size() << " incidents\n";
        err().flush();
    }

    MetricsServer metricsServer(
        [&traffic] { return traffic ? trafficMetrics(*traffic) : QByteArray(); },
        [&traffic] {
            return !traffic || traffic->totals().storeOk ? QString() : u"store: not reachable"_s;
        });
    if (!options.metrics.isEmpty() && !metricsServer.listen(options.metrics, &error)) {
        err() << "payops simulate: " << error << '\n';
        return 1;
    }

    std::unique_ptr<EngineHeartbeat> heartbeat;
    if (traffic) {
        heartbeat = std::make_unique<EngineHeartbeat>(
            u"simulate"_s, options.engineDsn, QStringLiteral(PAYOPS_VERSION), [&traffic] {
                return EngineHeartbeat::Reading{NAN, traffic->totals().loaded};
            });
        heartbeat->start();
    }

    QTimer counters;
    QObject::connect(&counters, &QTimer::timeout, [&] {
        QStringList parts;
        if (receiver)
            parts.append(counterLine(*receiver));
        if (traffic)
            parts.append(trafficLine(*traffic));
        err() << "payops simulate: " << parts.join(u" | "_s) << '\n';
        err().flush();
    });
    if (options.every > 0)
        counters.start(options.every * 1000);
    if (options.duration > 0)
        QTimer::singleShot(std::chrono::milliseconds(options.duration / 1000), qApp,
                           &QCoreApplication::quit);
    QObject::connect(&stopSignals, &StopSignals::stopRequested, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();

    if (traffic)
        traffic->stop();
    QJsonObject report = receiver ? receiver->report() : QJsonObject();
    if (traffic) {
        const double seconds = double(QDateTime::currentMSecsSinceEpoch() * 1000 - start) / 1e6;
        report.insert(u"traffic"_s,
                      QJsonObject{{u"payments"_s, traffic->totals().payments},
                                  {u"events_loaded"_s, traffic->totals().loaded},
                                  {u"failed_loads"_s, traffic->totals().failures},
                                  {u"seconds"_s, std::round(seconds * 10) / 10},
                                  {u"payments_per_second"_s,
                                   std::round(double(traffic->totals().payments) / seconds)}});
    }
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    QTextStream(stdout) << json;
    if (!options.report.isEmpty() && !writeFile(u"report"_s, options.report, json))
        return 1;
    if (receiver && !options.ids.isEmpty() &&
        !writeFile(u"webhook-ids"_s, options.ids, receiver->seenIdsCsv()))
        return 1;
    return 0;
}
