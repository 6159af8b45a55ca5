// The rule backtest over every stored event: a stored rule's current version against an
// edited one (open_below raised by 0.05), as the console's Backtest tab runs it, timed.
// usage: backtest_timing DSN [RULE_NAME...]
#include "backtest/Backtest.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

std::optional<DetectionRule> stored(PgConnection& db, const QString& name, double raise)
{
    const PgResult row = db.exec(u"SELECT rule_id, version, definition::text FROM "
                                 u"payops.current_rules WHERE name = $1"_s,
                                 {name});
    if (row.rows() == 0)
        return std::nullopt;
    QJsonObject definition = QJsonDocument::fromJson(row.text(0, 2).toUtf8()).object();
    definition[u"open_below"_s] = definition[u"open_below"_s].toDouble() + raise;
    QString error;
    auto rule = DetectionRule::parse(row.toInt(0, 0), int(row.toInt(0, 1)) + (raise ? 1 : 0), name,
                                     definition, &error);
    if (!rule)
        QTextStream(stderr) << name << ": " << error << '\n';
    return rule;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        QTextStream(stderr) << "usage: backtest_timing DSN [RULE_NAME...]\n";
        return 2;
    }
    const QString dsn = args.takeFirst();
    if (args.isEmpty())
        args = {u"Method × issuer"_s, u"Merchant"_s};
    QTextStream out(stdout);
    try {
        PgConnection db = PgConnection::open(dsn);
        const PgResult range =
            db.exec(u"SELECT (extract(epoch FROM min(occurred_at)) * 1000000)::bigint, "
                    u"(extract(epoch FROM max(occurred_at)) * 1000000)::bigint + 1 "
                    u"FROM payops.payment_events"_s);
        for (const QString& name : std::as_const(args)) {
            BacktestRequest request;
            request.conninfo = dsn;
            request.from = range.toInt(0, 0);
            request.to = range.toInt(0, 1);
            request.current = stored(db, name, 0);
            const auto edited = stored(db, name, 0.05);
            if (!request.current || !edited)
                return 1;
            request.edited = *edited;
            BacktestResult result;
            const std::atomic_bool cancelled = false;
            QElapsedTimer clock;
            clock.start();
            Backtest::run(request, result, cancelled);
            const double seconds = double(clock.nsecsElapsed()) / 1e9;
            out << u"backtest %1: %2 events over %3 min of event time in %4 s (%5 events/s; "
                   "target: a simulated day under 10 s); downtimes current %6, edited %7; "
                   "windows %8 + %9\n"_s.arg(name)
                       .arg(result.events)
                       .arg((request.to - request.from) / 60'000'000)
                       .arg(seconds, 0, 'f', 2)
                       .arg(double(result.events) / seconds, 0, 'f', 0)
                       .arg(result.of(BacktestDowntime::Current).size())
                       .arg(result.of(BacktestDowntime::Edited).size())
                       .arg(result.currentWindows)
                       .arg(result.editedWindows);
            out.flush();
        }
    } catch (const StoreError& error) {
        QTextStream(stderr) << "backtest_timing: " << error.message() << '\n';
        return 1;
    }
    return 0;
}
