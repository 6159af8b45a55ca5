#pragma once

#include "PaymentEvent.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Rows in PostgreSQL's COPY text format: tab-separated, \N for NULL, backslash escapes for
// backslash, tab, newline and carriage return. Text must be valid UTF-8 without NUL.
namespace CopyEncoder {

// Column order of eventColumns.
void appendEvent(std::string& out, const PaymentEvent& event);
// Column order of quarantineColumns; raw goes out as bytea (hex).
void appendQuarantine(std::string& out, std::string_view source, std::int64_t line,
                      std::string_view reason, std::string_view raw, std::int64_t rawBytes);

inline constexpr std::string_view eventColumns =
    "id, payment_id, merchant_id, status, method, issuer, network, card_type, gateway, amount, "
    "currency, error_code, error_source, occurred_at, extra";
inline constexpr std::string_view quarantineColumns = "source, line, reason, raw, raw_bytes";

void appendText(std::string& out, std::string_view text);
void appendNullable(std::string& out, const std::optional<std::string>& text);

} // namespace CopyEncoder
