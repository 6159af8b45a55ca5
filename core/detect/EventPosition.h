#pragma once

#include <QString>
#include <compare>
#include <cstdint>

// Where an event sits in the order detectors read payment_events: the inserting transaction
// (payment_events.tx, an xid8) and then seq. Every transaction below the snapshot's xmin has
// finished, so nothing can still commit behind a position read under it.
struct EventPosition
{
    std::uint64_t tx = 0;
    std::int64_t seq = 0;

    auto operator<=>(const EventPosition&) const = default;

    QString txText() const { return QString::number(tx); }
};
