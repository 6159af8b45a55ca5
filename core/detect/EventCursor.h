#pragma once

#include "EventPosition.h"
#include "ingest/PaymentEvent.h"

#include <vector>

class PgConnection;
class PgResult;

// Reads payment events after a position in (tx, seq) order, only those of transactions that
// finished before the statement's snapshot (tx < xmin): a transaction that commits late with
// lower seq values is read once it has committed, never skipped.
class EventCursor
{
public:
    struct Item
    {
        EventPosition position;
        PaymentEvent event;
    };

    explicit EventCursor(PgConnection& connection);

    // Up to `limit` events after `after`, oldest position first; the vector is reused.
    void next(const EventPosition& after, int limit, std::vector<Item>& out);
    // The `authorized` and `captured` events at or before `upTo` whose time is at most
    // `horizonMicros` before that of the event at `upTo`, oldest position first: what a
    // detector reading from the start would remember as counted successes there.
    void successesUpTo(const EventPosition& upTo, std::int64_t horizonMicros,
                       std::vector<Item>& out);

    // The next transaction id to be assigned now, and whether every transaction below it
    // has finished (then all they committed is readable).
    static std::uint64_t horizon(PgConnection& connection);
    static bool finishedBefore(PgConnection& connection, std::uint64_t horizon);

private:
    void fill(const PgResult& result, std::vector<Item>& out);

    PgConnection& m_connection;
};
