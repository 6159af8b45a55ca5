#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

// RFC 3339 date-times with a zone ("2026-11-24T16:00:00.123Z", "...+05:30"), as microseconds
// since the Unix epoch in UTC. Fractions beyond microseconds are truncated; 't', 'z' and a
// "-00:00" offset are accepted as RFC 3339 allows; a leap second (":60") is refused.
namespace Rfc3339 {

// Microseconds since the epoch, or why the text is not a valid RFC 3339 date-time.
std::variant<std::int64_t, std::string> parse(std::string_view text);

// "YYYY-MM-DD HH:MM:SS.ffffff+00": the form PostgreSQL reads for timestamptz in COPY.
void appendUtc(std::string& out, std::int64_t micros);
// "YYYY-MM-DDTHH:MM:SS.mmmZ": RFC 3339 in UTC to the millisecond (the rest is truncated).
void appendMillis(std::string& out, std::int64_t micros);

// Microseconds since the epoch of midnight UTC on that day (proleptic Gregorian calendar).
std::int64_t microsOfDate(int year, int month, int day);

// Months since January 1970 of a time, and the first microsecond of such a month.
int monthIndex(std::int64_t micros);
std::int64_t microsOfMonth(int monthIndex);

} // namespace Rfc3339
