// libFuzzer target: one line of `payops ingest` input (design.md's payment events), read as
// BatchBuilder reads it, then encoded for COPY as an accepted event or a quarantined line.

#include "FuzzCheck.h"
#include "ingest/CopyEncoder.h"
#include "ingest/PaymentEventParser.h"
#include "ingest/Rfc3339.h"

#include <algorithm>
#include <cstdint>
#include <simdjson.h>
#include <string>

namespace {

// What PostgreSQL's COPY text format takes: valid UTF-8 without NUL, one row a line.
void checkCopyRow(const std::string& row, std::size_t columns)
{
    FUZZ_CHECK(!row.empty() && row.back() == '\n');
    FUZZ_CHECK(std::count(row.begin(), row.end(), '\n') == 1);
    FUZZ_CHECK(std::size_t(std::count(row.begin(), row.end(), '\t')) == columns - 1);
    FUZZ_CHECK(row.find('\0') == std::string::npos);
    FUZZ_CHECK(simdjson::validate_utf8(row.data(), row.size()));
}

void checkAccepted(const PaymentEvent& event, const PaymentEventParser& parser)
{
    for (const std::string* text : {&event.id, &event.paymentId, &event.merchantId, &event.status,
                                    &event.method, &event.currency})
        FUZZ_CHECK(!text->empty());
    FUZZ_CHECK(event.currency.size() == 3);
    FUZZ_CHECK(event.amount >= 0);
    FUZZ_CHECK(event.occurredAt >= parser.earliest() && event.occurredAt <= parser.latest());
    if (!event.extra.empty()) {
        simdjson::dom::parser json;
        simdjson::dom::element extra;
        FUZZ_CHECK(!json.parse(event.extra).get(extra) && extra.is_object());
    }
    std::string row;
    CopyEncoder::appendEvent(row, event);
    checkCopyRow(row, 15);
}

void checkRefused(const std::string& reason, std::string_view line)
{
    FUZZ_CHECK(reason.size() < 1024);
    std::string row;
    CopyEncoder::appendQuarantine(row, "fuzz.jsonl", 1, reason, line, std::int64_t(line.size()));
    checkCopyRow(row, 5);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // A fixed "now" (2026-11-26) so that an input replays the same way any day.
    static PaymentEventParser parser(Rfc3339::microsOfDate(2026, 11, 26));
    std::string padded(reinterpret_cast<const char*>(data), size);
    padded.append(PaymentEventParser::padding, '\0');
    const std::string_view line(padded.data(), size);
    PaymentEvent event;
    const std::string reason = parser.parsePadded(line, event);
    if (reason.empty())
        checkAccepted(event, parser);
    else
        checkRefused(reason, line);
    return 0;
}
