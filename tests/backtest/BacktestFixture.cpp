#include "BacktestFixture.h"

#include "PayopsRun.h"
#include "TestStore.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace BacktestFixture {

QString simulate(const TestStore& store, const QString& dir, const QString& duration, int rate)
{
    const PayopsRun simulated = PayopsRun::of(
        {u"simulate"_s, u"--scenario"_s,
         qEnvironmentVariable("PAYOPS_SOURCE_DIR") + u"/resources/simulate/incidents-day.json"_s,
         u"--seed"_s, u"11"_s, u"--start"_s, u"2026-11-24T10:30:00Z"_s, u"--duration"_s, duration,
         u"--rate"_s, QString::number(rate), u"--out"_s, dir + u"/events.jsonl"_s, u"--truth"_s,
         dir + u"/truth.jsonl"_s});
    if (simulated.exitCode != 0)
        return u"simulate: "_s + QString::fromUtf8(simulated.err);
    const PayopsRun ingested =
        PayopsRun::of({u"ingest"_s, u"--dsn"_s, store.dsnAs(u"engine"_s), u"--connections"_s,
                       u"1"_s, dir + u"/events.jsonl"_s});
    if (ingested.exitCode != 0)
        return u"ingest: "_s + QString::fromUtf8(ingested.err);
    return {};
}

Range storedRange(PgConnection& connection)
{
    const PgResult row =
        connection.exec(u"SELECT (extract(epoch FROM min(occurred_at)) * 1000000)::bigint, "
                        u"(extract(epoch FROM max(occurred_at)) * 1000000)::bigint + 1 "
                        u"FROM payops.payment_events"_s);
    return {row.toInt(0, 0), row.toInt(0, 1)};
}

QJsonObject definition(PgConnection& connection, const QString& name)
{
    const PgResult row = connection.exec(
        u"SELECT definition::text FROM payops.current_rules WHERE name = $1"_s, {name});
    return QJsonDocument::fromJson(row.text(0, 0).toUtf8()).object();
}

DetectionRule rule(PgConnection& connection, const QString& name)
{
    const PgResult row = connection.exec(
        u"SELECT rule_id, version FROM payops.current_rules WHERE name = $1"_s, {name});
    QString error;
    const auto parsed = DetectionRule::parse(row.toInt(0, 0), int(row.toInt(0, 1)), name,
                                             definition(connection, name), &error);
    if (!parsed)
        qFatal("rule %s: %s", qPrintable(name), qPrintable(error));
    return *parsed;
}

DetectionRule edited(const DetectionRule& rule, const QJsonObject& definition)
{
    QString error;
    const auto parsed =
        DetectionRule::parse(rule.id, rule.version + 1, rule.name, definition, &error);
    if (!parsed)
        qFatal("edited rule: %s", qPrintable(error));
    return *parsed;
}

} // namespace BacktestFixture
