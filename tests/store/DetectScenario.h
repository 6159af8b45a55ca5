#pragma once

#include "ingest/PaymentEvent.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class PgConnection;

// What the detection store tests share: payment traffic by the second from a fixed start
// (2026-11-24T16:00:00Z), loaded through ingest's EventLoader, and `payops detect` runs.
namespace DetectScenario {

// 2026-11-24T16:00:00Z in microseconds since the epoch, and the same as SQL text.
constexpr std::int64_t t0 = 1'795'536'000'000'000;
QString at(std::int64_t secondsAfterT0);

struct Traffic
{
    std::string merchant = "m_1";
    std::string issuer = "HDFC";
    int perSecond = 2;
    // Spread over the second; false: all at its start (equal timestamps).
    bool spread = true;
    // Failed share (error_source bank) in the given second after t0.
    std::function<double(int)> failing = [](int) { return 0.0; };
};

// Seconds [from, to) of each traffic: authorized or failed events, spread within each second.
std::vector<PaymentEvent> events(const std::vector<Traffic>& traffic, int from, int to);
// Loads them as the engine login would, in batches of `batch` (one transaction each).
void load(const QString& dsn, const std::vector<PaymentEvent>& events, int batch = 2000);

// A rule definition over group_by (a JSON list text) with the given window and thresholds.
QString rule(const QString& groupBy, int size = 60, int step = 10, int minVolume = 20,
             double openBelow = 0.8, double recoverAbove = 0.9);
// Disables the default rules (as admin) and saves `definition` as a new rule; its id.
qint64 onlyRule(const QString& adminDsn, const QString& definition);

// `payops detect ARGS` with PAYOPS_DSN = dsn, started (not waited for), a child of `parent`.
QProcess* startDetect(const QString& dsn, const QStringList& arguments, QObject* parent);
// Kills (-9) the detectors still running among parent's children: a failed check must not
// leave one behind to meddle with the next test's store.
void killLeftovers(QObject* parent);
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
Run finish(QProcess* process, int timeoutMs = 120'000);
Run detect(const QString& dsn, const QStringList& arguments);
// The number before `word` in a summary line ("detect: 10 events, 4 windows, ...").
qint64 figure(const QString& summary, const QString& word);

// Whether every shard's cursor has reached the newest event (the detectors caught up).
bool caughtUp(PgConnection& db);

} // namespace DetectScenario
