#pragma once

#include "Incident.h"
#include "evaluate/TruthIncident.h"

#include <QByteArray>
#include <QList>
#include <optional>

// The incident scenario of `payops simulate --scenario` (README.md: JSON with "incidents",
// times relative to the run's start), checked in full: errors name the line and the field.
class Scenario
{
public:
    static std::optional<Scenario> parse(const QByteArray& json, QString* error);
    static std::optional<Scenario> load(const QString& fileName, QString* error);
    // "90" or 90 (seconds), "90s", "15m", "2h", "1h30m": microseconds, or nothing (also beyond
    // maxDurationSeconds, so that times added to a run's start stay far from overflowing).
    static std::optional<qint64> parseDuration(const QString& text);
    static constexpr qint64 maxDurationSeconds = 365 * 24 * 3600;

    const QString& description() const { return m_description; }
    const QList<Incident>& incidents() const { return m_incidents; }
    // The ground truth of a run that starts at startMicros: one incident a line; a flapping
    // gateway is one incident from its first down period to its end.
    QList<TruthIncident> truth(qint64 startMicros) const;

private:
    QString m_description;
    QList<Incident> m_incidents;
};
