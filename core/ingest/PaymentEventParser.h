#pragma once

#include "PaymentEvent.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>

namespace simdjson::dom {
class parser;
} // namespace simdjson::dom

// Checks one JSON Lines line against design.md's payment event format. Pure: no I/O.
// A refusal names the field first ("amount: must not be negative, got -5").
//
// Accepted: a JSON object with the required strings id, payment_id, merchant_id, status,
// method, currency (three capital letters) and occurred_at (RFC 3339 with a zone, from
// 2000-01-01 up to one day after `now`), the integer amount (minor units, >= 0; written
// as an integer: 49900.0 and 4.99e4 are refused) and the optional strings issuer, network,
// card_type, gateway, error_code, error_source (null or absent = unknown). Other fields are
// kept in `extra`. Refused: a known field given twice, a NUL character anywhere (the store
// cannot keep one), invalid JSON or UTF-8.
class PaymentEventParser
{
public:
    // Bytes that must be readable after a line handed to parsePadded().
    static constexpr std::size_t padding = 64;

    explicit PaymentEventParser(std::int64_t nowMicros);
    ~PaymentEventParser();
    PaymentEventParser(const PaymentEventParser&) = delete;
    PaymentEventParser& operator=(const PaymentEventParser&) = delete;

    // Fills `event` (reusing its buffers) and returns an empty string, or returns why the
    // line is refused. `line` must be followed by `padding` readable bytes.
    std::string parsePadded(std::string_view line, PaymentEvent& event);
    // The same for any line (copied into a padded buffer first).
    std::variant<PaymentEvent, std::string> parse(std::string_view line);

    std::int64_t earliest() const { return m_earliest; }
    std::int64_t latest() const { return m_latest; }

private:
    std::unique_ptr<simdjson::dom::parser> m_parser;
    std::int64_t m_earliest;
    std::int64_t m_latest;
    std::string m_padded;
};
