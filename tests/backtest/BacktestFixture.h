#pragma once

#include "detect/DetectionRule.h"

#include <QString>

class PgConnection;
class TestStore;

// What the backtest tests share: simulated traffic with the scripted incidents of
// resources/simulate/incidents-day.json (payops simulate --out, then payops ingest), and the
// stored rules.
namespace BacktestFixture {

struct Range
{
    qint64 from = 0; // the oldest event
    qint64 to = 0;   // just after the newest
};

// Simulates `duration` ("12m") from 2026-11-24T10:30:00Z at `rate` payments a second into
// dir/events.jsonl and dir/truth.jsonl and ingests it over one connection (the store's commit
// order is then the events' time order, and payops detect sees no late event: two loading
// connections interleave their batches); an empty string or the failure.
QString simulate(const TestStore& store, const QString& dir, const QString& duration, int rate);
Range storedRange(PgConnection& connection);
// The current version of the stored rule named `name`.
DetectionRule rule(PgConnection& connection, const QString& name);
// `rule` with another definition (a field replaced), its id kept and the next version.
DetectionRule edited(const DetectionRule& rule, const QJsonObject& definition);
QJsonObject definition(PgConnection& connection, const QString& name);

} // namespace BacktestFixture
