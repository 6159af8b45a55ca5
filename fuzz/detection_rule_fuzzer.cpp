// libFuzzer target: a detection rule's definition (payops.rules.definition) as the detector
// (StoredRules), the rule editor and the backtest read it, and the version diff of the rules page.

#include "FuzzCheck.h"
#include "detect/DetectionRule.h"
#include "rules/RuleVersionDiff.h"

#include <QJsonDocument>
#include <QSet>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

void checkAccepted(const DetectionRule& rule)
{
    if (rule.windowKind == DetectionRule::WindowKind::Time) {
        FUZZ_CHECK(rule.sizeSeconds >= 1 && rule.sizeSeconds <= 604800);
        FUZZ_CHECK(rule.stepSeconds >= 1 && rule.stepSeconds <= rule.sizeSeconds);
    } else {
        FUZZ_CHECK(rule.countN >= 1 && rule.countN <= 1000000);
    }
    FUZZ_CHECK(rule.minVolume >= 1);
    FUZZ_CHECK(rule.openBelow > 0 && rule.openBelow < rule.recoverAbove && rule.recoverAbove <= 1);
    FUZZ_CHECK(rule.openAfter >= 1 && rule.resolveAfter >= 1);
    FUZZ_CHECK(!rule.severity.isEmpty());
    QSet<QString> names;
    for (const SeverityBand& band : rule.severity) {
        FUZZ_CHECK(band.below > 0 && band.below <= rule.openBelow);
        FUZZ_CHECK(!names.contains(band.name));
        names.insert(band.name);
    }
    QSet<int> dimensions;
    for (int dimension : rule.groupBy) {
        FUZZ_CHECK(dimension >= 0 && dimension < Cohort::DimensionCount);
        FUZZ_CHECK(!dimensions.contains(dimension));
        dimensions.insert(dimension);
    }
    for (double sr : {0.0, rule.openBelow / 2, rule.openBelow, 1.0})
        FUZZ_CHECK(names.contains(rule.severityFor(sr)));
    FUZZ_CHECK(rule.sameWindow(rule));
    FUZZ_CHECK(!rule.filterCohort().key().isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonObject definition = QJsonDocument::fromJson(text).object();
    QString error;
    const auto rule = DetectionRule::parse(7, 3, u"fuzz"_s, definition, &error);
    if (rule)
        checkAccepted(*rule);
    else
        FUZZ_CHECK(error.contains(u": "_s));

    const RuleVersionDiff::Version version{u"fuzz"_s, true, definition};
    for (const auto& field : RuleVersionDiff::compare(version, version))
        FUZZ_CHECK(!field.changed);
    const auto fromNothing = RuleVersionDiff::compare({u"fuzz"_s, true, {}}, version);
    FUZZ_CHECK(RuleVersionDiff::changedPaths(fromNothing).size() ==
               std::count_if(fromNothing.begin(), fromNothing.end(),
                             [](const auto& field) { return field.changed; }));
    return 0;
}
