#include "CommandOutput.h"
#include "Commands.h"
#include "StopSignals.h"
#include "simulate/MerchantReceiver.h"
#include "simulate/PaymentTraffic.h"
#include "store/Dsn.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const char* const help =
    "usage: payops simulate --merchants FILE [--listen ADDRESS:PORT] [--register] [--dsn DSN]\n"
    "                       [--traffic RATE] [--engine-dsn DSN] [--every SECONDS]\n"
    "                       [--duration SECONDS] [--report FILE]\n\n"
    "Runs simulated merchant webhook endpoints: one HTTP/1.1 server, each merchant of the\n"
    "scenario FILE (JSON, see resources/simulate/demo-merchants.json) under its own path,\n"
    "http://ADDRESS:PORT/<path>. Every request's Standard Webhooks signature is verified with\n"
    "the merchant's secret (401 when it does not match) and answered as the merchant's script\n"
    "says at that moment: healthy, slow, flaky (a share of 5xx), down (503, reset or hang),\n"
    "rate_limited (429 with Retry-After) or gone (410).\n\n"
    "Options:\n"
    "  --merchants FILE   the scenario (required)\n"
    "  --listen ADDR:PORT where to listen (default 127.0.0.1:8787; port 0 picks a free one)\n"
    "  --register         create or update each merchant's endpoint in the store\n"
    "                     (payops.save_endpoint, found again by its scenario key in the\n"
    "                     description), pointing at this server, with its secret; a disabled\n"
    "                     one is enabled again. Needs an admin login.\n"
    "  --dsn DSN          the store for --register (default: PAYOPS_DSN, otherwise the\n"
    "                     embedded store)\n"
    "  --traffic RATE     also write live payment traffic for the scenario's merchants to\n"
    "                     the store through the ingest path: RATE new payments a second\n"
    "                     (each makes 2 to 4 events), so the webhook outbox fires\n"
    "  --engine-dsn DSN   the store for --traffic, an engine login (default: --dsn's)\n"
    "  --every SECONDS    print the counters on stderr this often (default 5; 0: never)\n"
    "  --duration SECONDS stop by itself after this long (default: run until SIGTERM/SIGINT)\n"
    "  --report FILE      also write the final report there\n"
    "  --help             this text\n\n"
    "On SIGTERM or SIGINT (or after --duration) prints the final report, JSON, on stdout:\n"
    "per merchant endpoint: received (requests), verified, bad_signatures, accepted (2xx),\n"
    "unique_ids (distinct webhook-ids), delivered_ids (distinct ids answered 2xx), repeats\n"
    "(requests with an id seen before), duplicates (2xx answers for an id already answered\n"
    "2xx) and answers (a histogram of statuses, 'reset' and 'hang'); and the totals.\n\n"
    "Exit status: 0 stopped, 1 failed (cannot listen, store refused --register), 2 bad\n"
    "arguments or scenario.\n";

struct Options
{
    QString scenario;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8787;
    bool registerEndpoints = false;
    QString dsn;
    QString engineDsn;
    double traffic = 0;
    int every = 5;
    int duration = 0;
    QString report;
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
    const QCommandLineOption duration(u"duration"_s, QString(), u"SECONDS"_s);
    const QCommandLineOption report(u"report"_s, QString(), u"FILE"_s);
    const QCommandLineOption helpOption(QStringList{u"h"_s, u"help"_s});
    parser.addOptions({merchants, listen, registerOption, dsn, engineDsn, traffic, every, duration,
                       report, helpOption});
    if (!parser.parse(QStringList{u"payops simulate"_s} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << help;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"unexpected argument '"_s + parser.positionalArguments().first() +
                          u'\'');
    if (!parser.isSet(merchants))
        return usageError(u"--merchants FILE is required"_s);
    options.scenario = parser.value(merchants);
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
    if (parser.isSet(duration))
        options.duration = parser.value(duration).toInt(&ok);
    if (!ok || options.duration < 0)
        return usageError(u"--duration takes a number of seconds"_s);
    options.report = parser.value(report);
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

bool writeReport(const QString& fileName, const QByteArray& json)
{
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit())
        return true;
    err() << "payops simulate: cannot write the report to " << fileName << ": "
          << file.errorString() << '\n';
    return false;
}

} // namespace

int runSimulate(const QStringList& arguments)
{
    Options options;
    if (const auto exit = parseOptions(arguments, options))
        return *exit;
    QString error;
    auto script = MerchantScript::load(options.scenario, &error);
    if (!script) {
        err() << "payops simulate: " << error << '\n';
        return 2;
    }

    StopSignals stopSignals;
    MerchantReceiver receiver(*script);
    if (!receiver.listen(options.address, options.port, &error)) {
        err() << "payops simulate: " << error << '\n';
        return 1;
    }
    err() << "payops simulate: " << script->merchants().size() << " merchants on http://"
          << options.address.toString() << ':' << receiver.port() << "/\n";
    err().flush();
    if (options.registerEndpoints) {
        try {
            registerEndpoints(receiver, options.dsn);
        } catch (const StoreError& failure) {
            err() << "payops simulate: --register on " << Dsn::describe(options.dsn) << ": "
                  << failure.message() << '\n';
            return 1;
        }
    }

    std::unique_ptr<PaymentTraffic> traffic;
    QString lastTrafficError;
    if (options.traffic > 0) {
        QStringList merchants;
        for (const MerchantSpec& merchant : script->merchants()) {
            if (!merchants.contains(merchant.merchantId))
                merchants.append(merchant.merchantId);
        }
        traffic = std::make_unique<PaymentTraffic>(options.engineDsn, merchants, options.traffic);
        QObject::connect(traffic.get(), &PaymentTraffic::failed, [&](const QString& message) {
            if (message == lastTrafficError)
                return;
            lastTrafficError = message;
            err() << "payops simulate: traffic: " << Dsn::describe(options.engineDsn) << ": "
                  << message << " (retrying)\n";
            err().flush();
        });
        traffic->start();
    }

    QTimer counters;
    QObject::connect(&counters, &QTimer::timeout, [&] {
        QString line = u"payops simulate: "_s + counterLine(receiver);
        if (traffic) {
            line += u" | traffic %1 payments, %2 events"_s.arg(traffic->totals().payments)
                        .arg(traffic->totals().loaded);
        }
        err() << line << '\n';
        err().flush();
    });
    if (options.every > 0)
        counters.start(options.every * 1000);
    if (options.duration > 0)
        QTimer::singleShot(std::chrono::seconds(options.duration), qApp, &QCoreApplication::quit);
    QObject::connect(&stopSignals, &StopSignals::stopRequested, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();

    if (traffic)
        traffic->stop();
    QJsonObject report = receiver.report();
    if (traffic) {
        report.insert(u"traffic"_s, QJsonObject{{u"payments"_s, traffic->totals().payments},
                                                {u"events_loaded"_s, traffic->totals().loaded},
                                                {u"failed_loads"_s, traffic->totals().failures}});
    }
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    QTextStream(stdout) << json;
    if (!options.report.isEmpty() && !writeReport(options.report, json))
        return 1;
    return 0;
}
