#pragma once

#include "BacktestDowntime.h"
#include "detect/Detector.h"

#include <QHash>
#include <QList>
#include <memory>
#include <optional>

struct DetectionEvent;

// Feeds the same events to one Detector per rule version (each owning every shard, with
// payops detect's options) and keeps the downtimes they open, update and resolve. finish()
// closes the windows as `payops detect --drain` does at the end of what it read.
class BacktestReplay
{
public:
    BacktestReplay(const std::optional<DetectionRule>& current, const DetectionRule& edited,
                   DetectorOptions options);

    void add(const DetectionEvent& event);
    void finish();

    QList<BacktestDowntime> downtimes() const; // by start, then side, then cohort
    qint64 windows(BacktestDowntime::Side side) const;
    qint64 lateEvents() const;

private:
    struct Side
    {
        BacktestDowntime::Side side;
        DetectionRule rule;
        std::unique_ptr<Detector> detector;
        QHash<QString, int> open; // cohort key -> index in m_downtimes
        qint64 windows = 0;
    };
    void collect(Side& side);

    std::vector<Side> m_sides;
    QList<BacktestDowntime> m_downtimes;
    qint64 m_sinceCollect = 0;
};
