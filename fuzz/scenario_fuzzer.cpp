// libFuzzer target: a scenario file of `payops simulate --scenario` (resources/simulate), read
// by Scenario::parse, then its ground truth and the incidents' schedules that the run uses.

#include "FuzzCheck.h"
#include "simulate/Scenario.h"

#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 second = 1'000'000;
// 2026-11-26T00:00:00Z, a run's start.
constexpr qint64 runStart = 1'764'115'200 * second;

void checkIncident(const Incident& incident)
{
    FUZZ_CHECK(!incident.name.isEmpty());
    FUZZ_CHECK(incident.start >= 0 && incident.end > incident.start);
    FUZZ_CHECK(incident.successRate >= 0 && incident.successRate <= 1);
    if (incident.kind == Incident::Kind::GatewayFlapping)
        FUZZ_CHECK(incident.down >= second && incident.up >= second);
    // Every incident starts active (a flapping gateway starts down) and is over at its end.
    FUZZ_CHECK(incident.activeAt(incident.start));
    FUZZ_CHECK(!incident.activeAt(incident.end));
    FUZZ_CHECK(!incident.activeAt(incident.start - 1));
    incident.activeAt(incident.start + (incident.end - incident.start) / 2);
    FUZZ_CHECK(!incident.cohort().isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const auto scenario = Scenario::parse(json, &error);
    if (!scenario) {
        FUZZ_CHECK(error.startsWith(u"line "_s));
        return 0;
    }
    for (const Incident& incident : scenario->incidents())
        checkIncident(incident);
    const QList<TruthIncident> truth = scenario->truth(runStart);
    FUZZ_CHECK(truth.size() == scenario->incidents().size());
    for (const TruthIncident& incident : truth)
        FUZZ_CHECK(incident.startsAt >= runStart && incident.endsAt > incident.startsAt);
    return 0;
}
