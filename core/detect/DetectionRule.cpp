#include "DetectionRule.h"

#include <QJsonArray>
#include <QJsonValue>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Raised by the checks below; parse() turns it into "field: reason".
struct Refusal
{
    QString field;
    QString reason;
};

[[noreturn]] void refuse(const QString& field, const QString& reason)
{
    throw Refusal{field, reason};
}

void checkKeys(const QJsonValue& value, const QString& field, const QStringList& allowed)
{
    if (!value.isObject())
        refuse(field, u"must be a JSON object"_s);
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            refuse(field == u"definition"_s ? it.key() : field + u'.' + it.key(),
                   u"unknown field (expected one of: "_s + allowed.join(u", "_s) + u')');
        }
    }
}

qint64 checkInteger(const QJsonValue& value, const QString& field, qint64 low, qint64 high)
{
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::trunc(number) || number < double(low) ||
        number > double(high))
        refuse(field, u"must be an integer from %1 to %2"_s.arg(low).arg(high));
    return qint64(number);
}

double checkFraction(const QJsonValue& value, const QString& field)
{
    if (!value.isDouble() || value.toDouble() <= 0 || value.toDouble() > 1)
        refuse(field, u"must be a number greater than 0 and at most 1"_s);
    return value.toDouble();
}

QString checkString(const QJsonValue& value, const QString& field)
{
    if (!value.isString() || value.toString().trimmed().isEmpty())
        refuse(field, u"must be a non-empty string"_s);
    return value.toString();
}

void parseFilters(const QJsonValue& filters, DetectionRule& rule)
{
    if (filters.isUndefined()) // JSON null is checked (and refused) as the SQL check does
        return;
    checkKeys(filters, u"cohort.filters"_s, Cohort::dimensionNames());
    const QJsonObject object = filters.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = u"cohort.filters."_s + it.key();
        QStringList& values = rule.filters[std::size_t(Cohort::dimensionIndex(it.key()))];
        if (!it.value().isArray()) {
            values.append(checkString(it.value(), field));
            continue;
        }
        const QJsonArray list = it.value().toArray();
        if (list.isEmpty())
            refuse(field, u"must not be an empty list"_s);
        for (qsizetype i = 0; i < list.size(); ++i)
            values.append(checkString(list[i], u"%1[%2]"_s.arg(field).arg(i)));
    }
}

void parseGroupBy(const QJsonValue& groupBy, DetectionRule& rule)
{
    if (groupBy.isUndefined())
        return;
    if (!groupBy.isArray())
        refuse(u"cohort.group_by"_s, u"must be a list of dimensions"_s);
    const QJsonArray list = groupBy.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString field = u"cohort.group_by[%1]"_s.arg(i);
        const QString name = checkString(list[i], field);
        const int dimension = Cohort::dimensionIndex(name);
        if (dimension < 0) {
            refuse(field, u"unknown dimension %1 (expected one of: %2)"_s.arg(
                              name, Cohort::dimensionNames().join(u", "_s)));
        }
        if (rule.groupBy.contains(dimension))
            refuse(field, u"%1 is listed twice"_s.arg(name));
        rule.groupBy.append(dimension);
    }
}

void parseWindow(const QJsonValue& value, DetectionRule& rule)
{
    if (!value.isObject())
        refuse(u"window"_s, u"must be a JSON object"_s);
    const QJsonObject window = value.toObject();
    const QString kind = window.value("kind"_L1).toString();
    if (kind == u"time"_s) {
        checkKeys(window, u"window"_s, {u"kind"_s, u"size_seconds"_s, u"step_seconds"_s});
        rule.windowKind = DetectionRule::WindowKind::Time;
        rule.sizeSeconds =
            checkInteger(window["size_seconds"_L1], u"window.size_seconds"_s, 1, 604800);
        rule.stepSeconds =
            checkInteger(window["step_seconds"_L1], u"window.step_seconds"_s, 1, rule.sizeSeconds);
    } else if (kind == u"count"_s) {
        checkKeys(window, u"window"_s, {u"kind"_s, u"n"_s});
        rule.windowKind = DetectionRule::WindowKind::Count;
        rule.countN = int(checkInteger(window["n"_L1], u"window.n"_s, 1, 1000000));
    } else {
        refuse(u"window.kind"_s, u"must be \"time\" or \"count\""_s);
    }
}

void parseSeverity(const QJsonValue& value, DetectionRule& rule)
{
    if (!value.isArray() || value.toArray().isEmpty())
        refuse(u"severity"_s, u"must be a non-empty list of {\"name\", \"below\"} bands"_s);
    const QJsonArray bands = value.toArray();
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const QString field = u"severity[%1]"_s.arg(i);
        checkKeys(bands[i], field, {u"name"_s, u"below"_s});
        const QJsonObject item = bands[i].toObject();
        SeverityBand band{checkString(item["name"_L1], field + u".name"_s), 0};
        for (const SeverityBand& other : std::as_const(rule.severity)) {
            if (other.name == band.name)
                refuse(field + u".name"_s, u"%1 is used twice"_s.arg(band.name));
        }
        band.below = checkFraction(item["below"_L1], field + u".below"_s);
        if (band.below > rule.openBelow) {
            refuse(field + u".below"_s,
                   u"must be at most open_below (a band above it never applies)"_s);
        }
        for (const SeverityBand& other : std::as_const(rule.severity)) {
            if (other.below == band.below)
                refuse(field + u".below"_s, u"two bands share the same threshold"_s);
        }
        rule.severity.append(band);
    }
}

void parseDefinition(const QJsonObject& definition, DetectionRule& rule)
{
    const QStringList required = {u"cohort"_s,        u"window"_s,        u"min_volume"_s,
                                  u"open_below"_s,    u"recover_above"_s, u"open_after"_s,
                                  u"resolve_after"_s, u"severity"_s};
    checkKeys(definition, u"definition"_s, required);
    for (const QString& key : required) {
        if (!definition.contains(key))
            refuse(key, u"is required"_s);
    }
    checkKeys(definition["cohort"_L1], u"cohort"_s, {u"filters"_s, u"group_by"_s});
    parseFilters(definition["cohort"_L1]["filters"_L1], rule);
    parseGroupBy(definition["cohort"_L1]["group_by"_L1], rule);
    parseWindow(definition["window"_L1], rule);
    rule.minVolume = checkInteger(definition["min_volume"_L1], u"min_volume"_s, 1, 1000000000);
    rule.openBelow = checkFraction(definition["open_below"_L1], u"open_below"_s);
    rule.recoverAbove = checkFraction(definition["recover_above"_L1], u"recover_above"_s);
    if (rule.recoverAbove <= rule.openBelow)
        refuse(u"recover_above"_s, u"must be greater than open_below (hysteresis)"_s);
    rule.openAfter = int(checkInteger(definition["open_after"_L1], u"open_after"_s, 1, 1000));
    rule.resolveAfter =
        int(checkInteger(definition["resolve_after"_L1], u"resolve_after"_s, 1, 1000));
    parseSeverity(definition["severity"_L1], rule);
}

} // namespace

std::optional<DetectionRule> DetectionRule::parse(qint64 ruleId, int version, const QString& name,
                                                  const QJsonObject& definition, QString* error)
{
    DetectionRule rule;
    rule.id = ruleId;
    rule.version = version;
    rule.name = name;
    try {
        parseDefinition(definition, rule);
    } catch (const Refusal& refusal) {
        if (error)
            *error = refusal.field + u": "_s + refusal.reason;
        return std::nullopt;
    }
    return rule;
}

bool DetectionRule::sameWindow(const DetectionRule& other) const
{
    if (windowKind != other.windowKind)
        return false;
    if (windowKind == WindowKind::Count)
        return countN == other.countN;
    return sizeSeconds == other.sizeSeconds && stepSeconds == other.stepSeconds;
}

QString DetectionRule::severityFor(double sr) const
{
    const SeverityBand* best = nullptr;
    const SeverityBand* mildest = nullptr;
    for (const SeverityBand& band : severity) {
        if (band.below > sr && (!best || band.below < best->below))
            best = &band;
        if (!mildest || band.below > mildest->below)
            mildest = &band;
    }
    if (best)
        return best->name;
    return mildest ? mildest->name : QString();
}

Cohort DetectionRule::filterCohort() const
{
    Cohort cohort;
    for (int i = 0; i < Cohort::DimensionCount; ++i) {
        if (filters[std::size_t(i)].size() == 1)
            cohort.setValue(i, filters[std::size_t(i)].first());
    }
    return cohort;
}
