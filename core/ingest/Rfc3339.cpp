#include "Rfc3339.h"

#include <cstdio>

namespace Rfc3339 {

namespace {

constexpr std::int64_t microsPerSecond = 1'000'000;
constexpr std::int64_t secondsPerDay = 86'400;

// Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
std::int64_t daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return std::int64_t(era) * 146097 + dayOfEra - 719468;
}

struct Civil
{
    int year;
    int month;
    int day;
};

Civil civilFromDays(std::int64_t days)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const int dayOfEra = int(days - era * 146097);
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int mp = (5 * dayOfYear + 2) / 153;
    const int day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const int month = mp < 10 ? mp + 3 : mp - 9;
    return {int(yearOfEra + era * 400 + (month <= 2)), month, day};
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

// Reads `count` digits at `pos` into `value`; false unless they are all digits.
bool digits(std::string_view text, std::size_t pos, std::size_t count, int& value)
{
    if (pos + count > text.size())
        return false;
    value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

bool expect(std::string_view text, std::size_t pos, char c)
{
    return pos < text.size() && text[pos] == c;
}

struct Fields
{
    int year, month, day, hour, minute, second;
    std::int64_t micros = 0;
    int offsetSeconds = 0;
};

// The fraction after the seconds; returns the position after it.
std::size_t readFraction(std::string_view text, std::size_t pos, Fields& fields)
{
    if (!expect(text, pos, '.'))
        return pos;
    std::size_t end = ++pos;
    std::int64_t scale = 100'000;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') {
        fields.micros += (text[end] - '0') * scale;
        scale /= 10;
        ++end;
    }
    return end == pos ? std::string_view::npos : end;
}

// "Z" or "+HH:MM" / "-HH:MM" at the end of the text.
bool readZone(std::string_view text, std::size_t pos, Fields& fields)
{
    if (pos + 1 == text.size() && (text[pos] == 'Z' || text[pos] == 'z'))
        return true;
    int hours = 0;
    int minutes = 0;
    if (pos + 6 != text.size() || (text[pos] != '+' && text[pos] != '-') ||
        !digits(text, pos + 1, 2, hours) || !expect(text, pos + 3, ':') ||
        !digits(text, pos + 4, 2, minutes) || hours > 23 || minutes > 59)
        return false;
    fields.offsetSeconds = (text[pos] == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    return true;
}

bool readFields(std::string_view text, Fields& f)
{
    if (!digits(text, 0, 4, f.year) || !expect(text, 4, '-') || !digits(text, 5, 2, f.month) ||
        !expect(text, 7, '-') || !digits(text, 8, 2, f.day) ||
        (!expect(text, 10, 'T') && !expect(text, 10, 't')) || !digits(text, 11, 2, f.hour) ||
        !expect(text, 13, ':') || !digits(text, 14, 2, f.minute) || !expect(text, 16, ':') ||
        !digits(text, 17, 2, f.second))
        return false;
    const std::size_t zone = readFraction(text, 19, f);
    return zone != std::string_view::npos && readZone(text, zone, f);
}

} // namespace

std::variant<std::int64_t, std::string> parse(std::string_view text)
{
    Fields f{};
    if (!readFields(text, f))
        return std::string("not an RFC 3339 date-time with a zone (like 2026-11-24T16:00:00Z)");
    if (f.month < 1 || f.month > 12 || f.day < 1 || f.day > daysInMonth(f.year, f.month))
        return std::string("no such date");
    if (f.hour > 23 || f.minute > 59 || f.second > 59)
        return std::string("no such time of day");
    const std::int64_t seconds = daysFromCivil(f.year, f.month, f.day) * secondsPerDay +
                                 f.hour * 3600 + f.minute * 60 + f.second - f.offsetSeconds;
    return seconds * microsPerSecond + f.micros;
}

std::int64_t microsOfDate(int year, int month, int day)
{
    return daysFromCivil(year, month, day) * secondsPerDay * microsPerSecond;
}

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    return a / b - (a % b < 0);
}

} // namespace

int monthIndex(std::int64_t micros)
{
    const Civil date = civilFromDays(floorDiv(micros, secondsPerDay * microsPerSecond));
    return (date.year - 1970) * 12 + date.month - 1;
}

std::int64_t microsOfMonth(int monthIndex)
{
    const int year = 1970 + int(floorDiv(monthIndex, 12));
    return microsOfDate(year, int(monthIndex - (year - 1970) * 12) + 1, 1);
}

namespace {

struct Split
{
    Civil date;
    int secondOfDay;
    int fraction; // microseconds
};

Split split(std::int64_t micros)
{
    const std::int64_t seconds = floorDiv(micros, microsPerSecond);
    const std::int64_t days = floorDiv(seconds, secondsPerDay);
    return {civilFromDays(days), int(seconds - days * secondsPerDay),
            int(micros - seconds * microsPerSecond)};
}

} // namespace

void appendUtc(std::string& out, std::int64_t micros)
{
    const Split t = split(micros);
    char text[40];
    const int length = std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d.%06d+00",
                                     t.date.year, t.date.month, t.date.day, t.secondOfDay / 3600,
                                     t.secondOfDay / 60 % 60, t.secondOfDay % 60, t.fraction);
    out.append(text, std::size_t(length));
}

void appendMillis(std::string& out, std::int64_t micros)
{
    const Split t = split(micros);
    char text[40];
    const int length =
        std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", t.date.year,
                      t.date.month, t.date.day, t.secondOfDay / 3600, t.secondOfDay / 60 % 60,
                      t.secondOfDay % 60, t.fraction / 1000);
    out.append(text, std::size_t(length));
}

} // namespace Rfc3339
