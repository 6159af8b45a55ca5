#include "CommandOutput.h"
#include "Commands.h"
#include "evaluate/DetectionEvaluation.h"
#include "evaluate/GroundTruth.h"
#include "ingest/Rfc3339.h"
#include "store/Dsn.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

const char* const help =
    "usage: payops evaluate --truth FILE [--from TIME] [--to TIME] [--json] [--dsn DSN]\n\n"
    "Detection accuracy: the downtimes in the store against the ground truth FILE (JSON Lines,\n"
    "one incident a line, as payops simulate --truth writes it). A downtime matches an\n"
    "incident when their times overlap and no dimension that both cohorts fix differs\n"
    "(issuer=HDFC matches method=card,issuer=HDFC and gateway=gw_a; it does not match\n"
    "issuer=SBI). Incidents no downtime matches are false negatives; downtimes that match no\n"
    "incident are false positives, and so is every downtime an operator labelled\n"
    "false_positive (it detects nothing). Precision = matching downtimes / downtimes; recall =\n"
    "detected incidents / incidents; an incident's delay = the start of its first matching\n"
    "downtime - its start (median; p95 by nearest rank), where downtimes that began before\n"
    "the incident (an earlier incident's tail) come only when no other matches: the delay\n"
    "is then negative.\n\n"
    "Options:\n"
    "  --truth FILE  the ground truth (required)\n"
    "  --from TIME   only incidents and downtimes that last past TIME (RFC 3339)\n"
    "  --to TIME     only incidents and downtimes that start before TIME\n"
    "  --json        print the evaluation as JSON instead of a table\n"
    "  --dsn DSN     the store (default: PAYOPS_DSN, otherwise the embedded store); a\n"
    "                viewer login is enough\n"
    "  --help        this text\n\n"
    "Exit status: 0 evaluated, 1 the store failed, 2 bad arguments or truth file.\n";

constexpr qint64 unbounded = std::numeric_limits<qint64>::max();

struct Options
{
    QString truth;
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = unbounded;
    bool json = false;
    QString dsn;
};

std::optional<QString> parseTime(const QCommandLineParser& parser, const QString& name,
                                 qint64& target)
{
    if (!parser.isSet(name))
        return std::nullopt;
    const auto parsed = Rfc3339::parse(parser.value(name).toStdString());
    if (const auto* reason = std::get_if<std::string>(&parsed))
        return u"--"_s + name + u": "_s + QString::fromStdString(*reason);
    target = std::get<std::int64_t>(parsed);
    return std::nullopt;
}

std::optional<int> parseOptions(const QStringList& arguments, Options& options)
{
    QCommandLineParser parser;
    for (const QString& name : {u"truth"_s, u"from"_s, u"to"_s, u"dsn"_s})
        parser.addOption(QCommandLineOption(name, QString(), u"VALUE"_s));
    parser.addOption(QCommandLineOption(u"json"_s));
    parser.addOption(QCommandLineOption(QStringList{u"h"_s, u"help"_s}));
    if (!parser.parse(QStringList{u"payops evaluate"_s} + arguments))
        return usageError("evaluate", parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << help;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError("evaluate", u"unexpected argument '"_s +
                                          parser.positionalArguments().first() + u'\'');
    options.truth = parser.value(u"truth"_s);
    if (options.truth.isEmpty())
        return usageError("evaluate", u"--truth FILE is required"_s);
    for (const auto& [name, target] :
         {std::pair{u"from"_s, &options.from}, std::pair{u"to"_s, &options.to}}) {
        if (const auto problem = parseTime(parser, name, *target))
            return usageError("evaluate", *problem);
    }
    if (options.to <= options.from)
        return usageError("evaluate", u"--to must be later than --from"_s);
    options.json = parser.isSet(u"json"_s);
    options.dsn = parser.isSet(u"dsn"_s) ? parser.value(u"dsn"_s) : Dsn::resolve();
    if (const auto invalid = Dsn::validate(options.dsn))
        return usageError("evaluate", u"bad connection string: "_s + *invalid);
    return std::nullopt;
}

QString timeText(qint64 micros)
{
    std::string text;
    Rfc3339::appendUtc(text, micros);
    return QString::fromStdString(text);
}

QList<DetectedDowntime> loadDowntimes(const Options& options)
{
    PgConnection store = PgConnection::open(options.dsn);
    const QVariant from =
        options.from == std::numeric_limits<qint64>::min() ? QVariant() : timeText(options.from);
    const QVariant to = options.to == unbounded ? QVariant() : timeText(options.to);
    const PgResult rows = store.exec(
        u"SELECT id, cohort::text, (extract(epoch FROM started_at) * 1000000)::bigint, "
        "(extract(epoch FROM resolved_at) * 1000000)::bigint, label IS NOT DISTINCT FROM "
        "'false_positive' FROM payops.downtimes "
        "WHERE ($1::timestamptz IS NULL OR resolved_at IS NULL OR resolved_at > $1) "
        "AND ($2::timestamptz IS NULL OR started_at < $2) ORDER BY started_at, id"_s,
        {from, to});
    QList<DetectedDowntime> downtimes;
    for (int row = 0; row < rows.rows(); ++row) {
        DetectedDowntime downtime;
        downtime.id = rows.toInt(row, 0);
        const QJsonObject cohort = QJsonDocument::fromJson(rows.text(row, 1).toUtf8()).object();
        for (auto it = cohort.begin(); it != cohort.end(); ++it)
            downtime.cohort.insert(it.key(), it.value().toString());
        downtime.startedAt = rows.toInt(row, 2);
        if (!rows.isNull(row, 3))
            downtime.resolvedAt = rows.toInt(row, 3);
        downtime.labelledFalsePositive = rows.value(row, 4).toBool();
        downtimes.append(downtime);
    }
    return downtimes;
}

} // namespace

int runEvaluate(const QStringList& arguments)
{
    Options options;
    if (const auto exit = parseOptions(arguments, options))
        return *exit;
    QString error;
    const auto truth = GroundTruth::load(options.truth, &error);
    if (!truth) {
        err() << "payops evaluate: " << error << '\n';
        return 2;
    }
    QList<TruthIncident> incidents;
    for (const TruthIncident& incident : *truth) {
        if (incident.endsAt > options.from && incident.startsAt < options.to)
            incidents.append(incident);
    }
    QList<DetectedDowntime> downtimes;
    try {
        downtimes = loadDowntimes(options);
    } catch (const StoreError& failure) {
        err() << "payops evaluate: " << Dsn::describe(options.dsn) << ": " << failure.message()
              << '\n';
        return 1;
    }
    const DetectionEvaluation evaluation = DetectionEvaluation::evaluate(incidents, downtimes);
    QTextStream out(stdout);
    if (options.json)
        out << QJsonDocument(evaluation.toJson()).toJson(QJsonDocument::Indented);
    else
        out << evaluation.table();
    return 0;
}
