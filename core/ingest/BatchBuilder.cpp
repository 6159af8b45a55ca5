#include "BatchBuilder.h"

#include "CopyEncoder.h"

namespace {

bool isBlank(std::string_view bytes)
{
    return bytes.find_first_not_of(" \t\r") == std::string_view::npos;
}

// A UTF-8 byte order mark is tolerated at the very start of the input.
std::string_view withoutBom(const LineReader::Line& line)
{
    if (line.number == 1 && line.bytes.starts_with("\xEF\xBB\xBF"))
        return line.bytes.substr(3);
    return line.bytes;
}

} // namespace

BatchBuilder::BatchBuilder(LineReader& reader, PaymentEventParser& parser, Options options)
    : m_reader(reader)
    , m_parser(parser)
    , m_options(std::move(options))
{}

std::optional<IngestBatch> BatchBuilder::next()
{
    IngestBatch batch;
    m_ids.clear();
    LineReader::Line line;
    while (!full(batch) && m_reader.next(line))
        add(line, batch);
    batch.position = m_reader.position();
    if (batch.lines == 0)
        return std::nullopt;
    return batch;
}

bool BatchBuilder::full(const IngestBatch& batch) const
{
    return batch.eventCount >= m_options.batchEvents ||
           batch.events.size() + batch.quarantine.size() >= m_options.batchBytes;
}

void BatchBuilder::add(const LineReader::Line& line, IngestBatch& batch)
{
    ++batch.lines;
    if (line.tooLong) {
        quarantine(line,
                   "line: " + std::to_string(line.length) + " bytes, over the limit of " +
                       std::to_string(m_reader.maxLine()) + " (raw keeps the first " +
                       std::to_string(line.bytes.size()) + ")",
                   batch);
        return;
    }
    const std::string_view bytes = withoutBom(line);
    if (isBlank(bytes)) {
        ++batch.blank;
        return;
    }
    const std::string reason = m_parser.parsePadded(bytes, m_event);
    if (!reason.empty())
        quarantine(line, reason, batch);
    else
        addEvent(batch);
}

void BatchBuilder::addEvent(IngestBatch& batch)
{
    if (!m_ids.insert(m_event.id).second) {
        ++batch.duplicates;
        return;
    }
    batch.addEvent(m_event);
}

void BatchBuilder::quarantine(const LineReader::Line& line, const std::string& reason,
                              IngestBatch& batch)
{
    CopyEncoder::appendQuarantine(batch.quarantine, m_options.source, line.number, reason,
                                  line.bytes, line.length);
    ++batch.quarantined;
}
