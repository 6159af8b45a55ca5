#pragma once

#include "IngestBatch.h"
#include "LineReader.h"
#include "PaymentEvent.h"
#include "PaymentEventParser.h"

#include <optional>
#include <string>
#include <unordered_set>

// Reads lines, checks them, and cuts them into batches: good events encoded for COPY (the
// first of repeated ids kept), bad lines as quarantine rows, blank lines counted.
class BatchBuilder
{
public:
    struct Options
    {
        std::string source;                // what the quarantine rows name as the input
        std::int64_t batchEvents = 50'000; // events per batch
        std::size_t batchBytes = 64 << 20; // ... or encoded bytes, whichever comes first
    };

    BatchBuilder(LineReader& reader, PaymentEventParser& parser, Options options);

    // The next batch, or nothing at the end of the input. Throws when reading fails.
    std::optional<IngestBatch> next();

private:
    void add(const LineReader::Line& line, IngestBatch& batch);
    void addEvent(IngestBatch& batch);
    void quarantine(const LineReader::Line& line, const std::string& reason, IngestBatch& batch);
    bool full(const IngestBatch& batch) const;

    LineReader& m_reader;
    PaymentEventParser& m_parser;
    Options m_options;
    PaymentEvent m_event;
    std::unordered_set<std::string> m_ids;
};
