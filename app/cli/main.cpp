#include "Commands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <array>

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
           "string) when set, otherwise the embedded store under the checkout's var/.\n";
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
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
    for (const Command& command : commands) {
        if (name == QLatin1String(command.name))
            return command.run(arguments);
    }
    QTextStream(stderr) << "payops: unknown command '" << name << "' (see payops --help)\n";
    return 2;
}
