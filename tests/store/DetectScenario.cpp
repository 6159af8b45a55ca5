#include "DetectScenario.h"

#include "ingest/EventLoader.h"
#include "ingest/IngestBatch.h"
#include "ingest/Rfc3339.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"

#include <QProcessEnvironment>
#include <QRegularExpression>
#include <cmath>

using namespace Qt::StringLiterals;

namespace DetectScenario {

QString at(std::int64_t secondsAfterT0)
{
    std::string text;
    Rfc3339::appendUtc(text, t0 + secondsAfterT0 * 1'000'000);
    return QString::fromStdString(text);
}

std::vector<PaymentEvent> events(const std::vector<Traffic>& traffic, int from, int to)
{
    std::vector<PaymentEvent> out;
    for (int second = from; second < to; ++second) {
        for (size_t t = 0; t < traffic.size(); ++t) {
            const Traffic& flow = traffic[t];
            const int failed = int(std::lround(flow.perSecond * flow.failing(second)));
            for (int i = 0; i < flow.perSecond; ++i) {
                PaymentEvent event;
                event.paymentId = "pay_" + flow.merchant + '_' + flow.issuer + '_' +
                                  std::to_string(second) + '_' + std::to_string(i);
                event.id = "evt_" + event.paymentId;
                event.merchantId = flow.merchant;
                event.method = "card";
                event.issuer = flow.issuer;
                event.network = "visa";
                event.cardType = "credit";
                event.gateway = "gw_a";
                event.amount = 1000;
                event.currency = "INR";
                event.status = i < failed ? "failed" : "authorized";
                if (i < failed)
                    event.errorSource = "bank";
                event.occurredAt = t0 + std::int64_t(second) * 1'000'000 +
                                   (flow.spread ? std::int64_t(i) * 1'000'000 / flow.perSecond : 0);
                out.push_back(std::move(event));
            }
        }
    }
    return out;
}

void load(const QString& dsn, const std::vector<PaymentEvent>& events, int batch)
{
    PgConnection connection = PgConnection::open(dsn);
    EventLoader loader(connection);
    for (size_t first = 0; first < events.size(); first += size_t(batch)) {
        IngestBatch ingest;
        for (size_t i = first; i < std::min(events.size(), first + size_t(batch)); ++i)
            ingest.addEvent(events[i]);
        loader.load(ingest);
    }
}

QString rule(const QString& groupBy, int size, int step, int minVolume, double openBelow,
             double recoverAbove)
{
    return uR"({"cohort": {"group_by": %1},
        "window": {"kind": "time", "size_seconds": %2, "step_seconds": %3},
        "min_volume": %4, "open_below": %5, "recover_above": %6,
        "open_after": 2, "resolve_after": 3,
        "severity": [{"name": "critical", "below": %7}, {"name": "major", "below": %8},
                     {"name": "minor", "below": %5}]})"_s.arg(groupBy)
        .arg(size)
        .arg(step)
        .arg(minVolume)
        .arg(openBelow)
        .arg(recoverAbove)
        .arg(openBelow * 0.4)
        .arg(openBelow * 0.75);
}

qint64 onlyRule(const QString& adminDsn, const QString& definition)
{
    PgConnection admin = PgConnection::open(adminDsn);
    admin.exec(u"SELECT payops.save_rule(rule_id, name, definition, 'off for this test', false) "
               u"FROM payops.current_rules WHERE enabled"_s);
    return admin
        .exec(u"SELECT (payops.save_rule(NULL, 'test rule', $1::jsonb, 'test')).rule_id"_s,
              {definition})
        .toInt(0, 0);
}

QProcess* startDetect(const QString& dsn, const QStringList& arguments, QObject* parent)
{
    auto* process = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PAYOPS_DSN"_s, dsn);
    process->setProcessEnvironment(env);
    process->start(qEnvironmentVariable("PAYOPS_BIN"), QStringList{u"detect"_s} + arguments);
    process->waitForStarted();
    return process;
}

Run finish(QProcess* process, int timeoutMs)
{
    Run run;
    if (process->waitForFinished(timeoutMs) && process->exitStatus() == QProcess::NormalExit)
        run.exitCode = process->exitCode();
    run.out = QString::fromUtf8(process->readAllStandardOutput()).trimmed();
    run.err = QString::fromUtf8(process->readAllStandardError());
    delete process;
    return run;
}

void killLeftovers(QObject* parent)
{
    const QList<QProcess*> processes = parent->findChildren<QProcess*>();
    for (QProcess* process : processes) {
        process->kill();
        process->waitForFinished();
        delete process;
    }
}

Run detect(const QString& dsn, const QStringList& arguments)
{
    return finish(startDetect(dsn, arguments, nullptr));
}

qint64 figure(const QString& summary, const QString& word)
{
    const QRegularExpression pattern(u"(\\d+) "_s + QRegularExpression::escape(word));
    const QRegularExpressionMatch match = pattern.match(summary);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

bool caughtUp(PgConnection& db)
{
    return db.exec(u"SELECT count(*) FROM payops.detector_shards AS s, "
                   u"(SELECT tx, seq FROM payops.payment_events ORDER BY tx DESC, seq DESC "
                   u"LIMIT 1) AS newest "
                   u"WHERE (s.cursor_tx, s.cursor_seq) >= (newest.tx, newest.seq)"_s)
               .toInt(0, 0) == 16;
}

} // namespace DetectScenario
