#include "CommandOutput.h"
#include "Commands.h"
#include "ProgressLine.h"
#include "ingest/BatchBuilder.h"
#include "ingest/BatchProducer.h"
#include "ingest/ConcurrentLoader.h"
#include "ingest/IngestSummary.h"
#include "ingest/LineReader.h"
#include "ingest/PaymentEventParser.h"
#include "store/Dsn.h"
#include "store/PgConnection.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <cstdio>

namespace {

const char* const help =
    "usage: payops ingest [--dsn DSN] [--source NAME] [--batch N] [FILE|-]\n\n"
    "Loads payment events (JSON Lines, one object a line, design.md's format) from FILE, or\n"
    "from stdin when FILE is '-' or absent, into payops.payment_events.\n\n"
    "- An event whose id the store already has, or that appeared earlier in the input, is\n"
    "  a duplicate: dropped and counted, not an error. Of concurrent ingests of one id,\n"
    "  exactly one loads it.\n"
    "- A bad line goes to payops.ingest_quarantine with the source, its line number\n"
    "  (1-based), a reason naming the field, and its raw bytes: invalid JSON or UTF-8, not\n"
    "  an object, a required field missing or of the wrong type, an unknown status or\n"
    "  error_source, an amount that is negative or not written as an integer (49900.0 and\n"
    "  4.99e4 are refused), a currency that is not three capital letters, an occurred_at\n"
    "  that is not RFC 3339 with a zone or lies before 2000-01-01 or more than a day in the\n"
    "  future, a NUL character. A line over 1 MiB is quarantined with its full length in\n"
    "  raw_bytes and only its first 64 KiB in raw.\n"
    "- Blank lines are skipped and counted. Unknown fields are kept in the extra column.\n"
    "- Timestamps are stored in UTC, to the microsecond (further digits are truncated).\n\n"
    "Lines are loaded in batches, each in one transaction with COPY (two at a time by\n"
    "default, over two connections); every committed batch\n"
    "sends NOTIFY payops_events 'ingested:<n>'. When a run fails, the batches committed\n"
    "before stay: running the same input again loads the rest (duplicates are skipped),\n"
    "though bad lines are quarantined once per run.\n\n"
    "Options:\n"
    "  --dsn DSN       libpq connection string of the store (default: PAYOPS_DSN, otherwise\n"
    "                  the embedded store)\n"
    "  --source NAME   the source named in quarantine rows (default: FILE as given, or\n"
    "                  'stdin')\n"
    "  --batch N       events per transaction, 1 to 1000000 (default 50000)\n"
    "  --connections N batches loaded at once, over N connections, 1 to 8 (default 2)\n"
    "  --help          this text\n\n"
    "Prints 'N loaded, N duplicates, N quarantined (...)' on stdout at the end; on a\n"
    "terminal, a progress line on stderr while a long run goes on.\n\n"
    "Exit status: 0 every line loaded or a duplicate, 3 some lines quarantined (the others\n"
    "loaded), 1 failed (store unreachable or refusing, input unreadable; the reason on\n"
    "stderr), 2 bad arguments.\n";

struct Options
{
    QString dsn;
    QString path; // "-" for stdin
    QString source;
    qint64 batch = 50'000;
    int connections = 2;
};

int usageError(const QString& message)
{
    return ::usageError("ingest", message);
}

std::optional<int> parseOptions(const QStringList& arguments, Options& options)
{
    QCommandLineParser parser;
    const QCommandLineOption dsn(QStringLiteral("dsn"), QString(), QStringLiteral("DSN"));
    const QCommandLineOption source(QStringLiteral("source"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption batch(QStringLiteral("batch"), QString(), QStringLiteral("N"));
    const QCommandLineOption connections(QStringLiteral("connections"), QString(),
                                         QStringLiteral("N"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({dsn, source, batch, connections, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("payops ingest")} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << help;
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(u"unexpected argument '" % positional.at(1) % u'\'');
    options.path = positional.value(0, QStringLiteral("-"));
    options.source = parser.isSet(source)   ? parser.value(source)
                     : options.path == u"-" ? QStringLiteral("stdin")
                                            : options.path;
    bool ok = true;
    if (parser.isSet(batch))
        options.batch = parser.value(batch).toLongLong(&ok);
    if (!ok || options.batch < 1 || options.batch > 1'000'000)
        return usageError(QStringLiteral("--batch takes a number from 1 to 1000000"));
    if (parser.isSet(connections))
        options.connections = parser.value(connections).toInt(&ok);
    if (!ok || options.connections < 1 || options.connections > 8)
        return usageError(QStringLiteral("--connections takes a number from 1 to 8"));
    options.dsn = parser.isSet(dsn) ? parser.value(dsn) : Dsn::resolve();
    if (const auto invalid = Dsn::validate(options.dsn))
        return usageError(u"bad connection string: " % *invalid);
    return std::nullopt;
}

bool openInput(QFile& file, const QString& path)
{
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered)
                                     : file.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (!opened)
        err() << "payops ingest: cannot open " << path << ": " << file.errorString() << '\n';
    return opened;
}

// Loads every batch; throws what the store or the input threw.
void ingest(QFile& input, const Options& options, IngestSummary& summary)
{
    ConcurrentLoader loader([&options] { return PgConnection::open(options.dsn); },
                            options.connections);
    PaymentEventParser parser(QDateTime::currentMSecsSinceEpoch() * 1000);
    LineReader reader(input, PaymentEventParser::padding);
    BatchBuilder builder(reader, parser, {options.source.toStdString(), options.batch});
    ProgressLine progress(input.isSequential() ? -1 : input.size());
    BatchProducer producer([&builder] { return builder.next(); });
    loader.run(producer, summary, [&progress](const IngestSummary& sofar, qint64 position) {
        progress.update(sofar.lines, position);
    });
}

} // namespace

int runIngest(const QStringList& arguments)
{
    Options options;
    if (const std::optional<int> status = parseOptions(arguments, options))
        return *status;
    QFile input(options.path);
    if (!openInput(input, options.path))
        return IngestSummary::Failed;
    IngestSummary summary;
    QElapsedTimer clock;
    clock.start();
    try {
        ingest(input, options, summary);
    } catch (const StoreError& error) {
        err() << "payops ingest: " << Dsn::describe(options.dsn) << ": " << error.message() << '\n';
        summary.failed = true;
    } catch (const std::exception& error) {
        err() << "payops ingest: " << options.path << ": " << error.what() << '\n';
        summary.failed = true;
    }
    summary.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (summary.failed && summary.lines > 0)
        err() << "payops ingest: stopped; the " << summary.lines
              << " lines of the summary are in the store: run the same input again to load the"
                 " rest (duplicates are skipped)\n";
    err().flush();
    QTextStream(stdout) << summary.text() << '\n';
    return summary.status();
}
