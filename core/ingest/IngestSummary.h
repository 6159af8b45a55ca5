#pragma once

#include <QString>
#include <cstdint>

// What an ingest did, for the closing line and the exit status.
class IngestSummary
{
public:
    // Exit statuses of `payops ingest`.
    enum Status
    {
        AllLoaded = 0,   // every line loaded or a duplicate
        Failed = 1,      // the store or the input failed; committed batches stay
        UsageError = 2,  // bad arguments
        Quarantined = 3, // some lines quarantined, the others loaded
    };

    std::int64_t lines = 0;
    std::int64_t blank = 0;
    std::int64_t loaded = 0;
    std::int64_t duplicates = 0;
    std::int64_t quarantined = 0;
    double seconds = 0;
    bool failed = false;

    // "N loaded, N duplicates, N quarantined (N lines, N blank, 8.4 s, 119,000 lines/s)"
    QString text() const;
    Status status() const;
};
