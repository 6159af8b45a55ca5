#include "Commands.h"
#include "metrics/EngineLog.h"

#include <QCoreApplication>
#include <QTextStream>
#include <array>
#include <optional>
#include <string_view>

namespace {

struct Command
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList&);
};

constexpr std::array commands{
    Command{"migrate", "create or upgrade the store's schema", runMigrate},
    Command{"ingest", "load payment events (JSON Lines) from FILE or stdin", runIngest},
    Command{"dispatch", "deliver webhooks to merchant endpoints", runDispatch},
    Command{"detect", "detect payment downtimes from cohort success rates", runDetect},
    Command{"simulate", "realistic payment traffic with scripted incidents; merchant endpoints",
            runSimulate},
    Command{"evaluate", "detection accuracy: detected downtimes against a ground truth",
            runEvaluate},
    Command{"cashback", "compute cashbacks and credit balances over RabbitMQ", runCashback},
};

int usage(QTextStream& out)
{
    out << "usage: payops COMMAND [OPTIONS]\n\n"
           "The operations system of a payment gateway: engines and tools around one store.\n\n"
           "Commands:\n";
    for (const Command& command : commands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(10) << command.summary
            << '\n';
    out << "\n'payops COMMAND --help' tells more. The store is PAYOPS_DSN (a libpq connection\n"
           "string) when set, otherwise the embedded store under the checkout's var/.\n"
           "Every command takes --log-format human|json: its stderr as lines (default) or JSON\n"
           "objects, one a line (ts, level, engine, msg, and the delivery, endpoint, shard or\n"
           "credit the line is about). DSN passwords and signing secrets are masked in both.\n";
    return 0;
}

// `--log-format human|json`, taken by every command: the engines' stderr lines (EngineLog).
std::optional<int> takeLogFormat(QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments[i].startsWith(u"--log-format="))
            value = arguments.takeAt(i).mid(13);
        else if (arguments[i] == u"--log-format" && i + 1 < arguments.size())
            value = arguments.takeAt(i + 1), arguments.removeAt(i);
        else
            continue;
        if (value != u"human" && value != u"json") {
            QTextStream(stderr) << "payops: --log-format takes human or json\n";
            return 2;
        }
        EngineLog::setFormat(value == u"json" ? EngineLog::Format::Json : EngineLog::Format::Human);
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

int main(int argc, char* argv[])
{
    // payops dispatch turns the write notifiers of hundreds of sockets on and off at every
    // request: under GLib's event loop each change costs an eventfd write (two of its three
    // system calls a delivery); Qt's own event dispatcher has none of them.
    if (argc > 1 && std::string_view(argv[1]) == "dispatch")
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("payops"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYOPS_VERSION));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h")
        return usage(out);
    if (arguments.first() == u"--version") {
        out << "payops " << PAYOPS_VERSION << '\n';
        return 0;
    }
    const QString name = arguments.takeFirst();
    if (const auto status = takeLogFormat(arguments))
        return *status;
    for (const Command& command : commands) {
        if (name == QLatin1String(command.name))
            return command.run(arguments);
    }
    QTextStream(stderr) << "payops: unknown command '" << name << "' (see payops --help)\n";
    return 2;
}
