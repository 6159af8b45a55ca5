#pragma once

#include "DetectedDowntime.h"
#include "TruthIncident.h"

#include <QJsonObject>
#include <QList>
#include <optional>

// Detected downtimes against the ground truth, by design.md's rule: a downtime matches an
// incident when their times overlap and no dimension that both cohorts fix differs. A
// downtime that an operator labelled false_positive is a false positive whatever it matches
// and detects nothing. Delay of an incident: the start of its first matching downtime minus
// the incident's start, where "first" skips downtimes that began before the incident (the
// tail of an earlier incident's downtime did not react to this one) unless there are only
// such: then the delay is negative. Precision counts downtimes, recall counts incidents.
class DetectionEvaluation
{
public:
    struct IncidentResult
    {
        TruthIncident incident;
        int matchingDowntimes = 0;
        // Of those, the ones whose cohort fixes a dimension of the incident's with its value
        // (the rest are symptoms elsewhere: a gateway or merchant hit by a bank's outage).
        int directMatches = 0;
        std::optional<qint64> firstDowntimeId;
        std::optional<qint64> delayMicros;
    };

    static bool overlaps(const TruthIncident& incident, const DetectedDowntime& downtime);
    static bool cohortsAgree(const QMap<QString, QString>& a, const QMap<QString, QString>& b);
    static bool sharesDimension(const QMap<QString, QString>& a, const QMap<QString, QString>& b);
    static DetectionEvaluation evaluate(const QList<TruthIncident>& truth,
                                        const QList<DetectedDowntime>& downtimes);

    const QList<IncidentResult>& incidents() const { return m_incidents; }
    qint64 truePositives() const { return m_truePositives; } // downtimes that match
    qint64 falsePositives() const { return m_falsePositives; }
    qint64 labelledFalsePositives() const { return m_labelledFalsePositives; }
    qint64 falseNegatives() const { return m_falseNegatives; } // incidents never matched
    qint64 detectedIncidents() const { return qint64(m_incidents.size()) - m_falseNegatives; }
    const QList<qint64>& falsePositiveIds() const { return m_falsePositiveIds; }
    double precision() const; // 1 when nothing was detected
    double recall() const;    // 1 when there was nothing to detect
    std::optional<double> medianDelaySeconds() const { return m_medianDelay; }
    std::optional<double> p95DelaySeconds() const { return m_p95Delay; }

    QJsonObject toJson() const;
    QString table() const;

    // Median (mean of the middle two) and p95 (nearest rank) of sorted values.
    static double median(const QList<double>& sorted);
    static double percentile95(const QList<double>& sorted);

private:
    QJsonObject byKindJson() const;

    QList<IncidentResult> m_incidents;
    qint64 m_truePositives = 0;
    qint64 m_falsePositives = 0;
    qint64 m_labelledFalsePositives = 0;
    qint64 m_falseNegatives = 0;
    QList<qint64> m_falsePositiveIds;
    std::optional<double> m_medianDelay;
    std::optional<double> m_p95Delay;
};
