#pragma once

#include "Cohort.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

struct SeverityBand
{
    QString name;
    double below = 0;
    bool operator==(const SeverityBand&) const = default;
};

// One version of a detection rule, parsed from payops.rules.definition with the checks and
// messages of payops.check_rule_definition (resources/sql/003_checks.sql).
class DetectionRule
{
public:
    enum class WindowKind
    {
        Time,
        Count
    };

    qint64 id = 0;
    int version = 1;
    QString name;
    bool enabled = true;
    // Per dimension: the accepted values; empty = no filter on that dimension.
    std::array<QStringList, Cohort::DimensionCount> filters;
    QList<int> groupBy; // dimension indexes, in the definition's order
    WindowKind windowKind = WindowKind::Time;
    qint64 sizeSeconds = 60; // time windows
    qint64 stepSeconds = 10; // time windows
    int countN = 0;          // count windows
    qint64 minVolume = 1;
    double openBelow = 0;
    double recoverAbove = 0;
    int openAfter = 1;
    int resolveAfter = 1;
    QList<SeverityBand> severity;

    // Refuses with "field: reason" in *error (when not null), as the SQL check does.
    static std::optional<DetectionRule> parse(qint64 ruleId, int version, const QString& name,
                                              const QJsonObject& definition, QString* error);
    // Same window kind and size (and step): buckets can be kept across the two versions.
    bool sameWindow(const DetectionRule& other) const;
    // The band with the smallest `below` greater than sr; the mildest band when none is.
    QString severityFor(double sr) const;
    // The cohort fixed by the filters alone (single-valued filters).
    Cohort filterCohort() const;
};
