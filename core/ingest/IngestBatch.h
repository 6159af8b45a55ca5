#pragma once

#include <cstdint>
#include <set>
#include <string>

struct PaymentEvent;

// Consecutive lines of the input, checked and encoded for COPY, loaded in one transaction.
struct IngestBatch
{
    std::string events;     // COPY text rows, CopyEncoder::eventColumns
    std::string quarantine; // COPY text rows, CopyEncoder::quarantineColumns
    std::int64_t eventCount = 0;
    std::int64_t quarantined = 0;
    std::int64_t duplicates = 0; // ids repeated inside the batch (the first one is kept)
    std::int64_t blank = 0;
    std::int64_t lines = 0;
    std::int64_t position = 0; // input bytes consumed up to the end of this batch
    std::set<int> months;      // of the events' occurred_at, as Rfc3339::monthIndex

    // Encodes the event for COPY and notes its month, whose partition must exist.
    void addEvent(const PaymentEvent& event);
};
