#include "CopyEncoder.h"

#include "Rfc3339.h"

#include <algorithm>
#include <charconv>

namespace CopyEncoder {

namespace {

bool needsEscape(char c)
{
    return c == '\\' || c == '\t' || c == '\n' || c == '\r';
}

void appendEscaped(std::string& out, std::string_view text)
{
    for (char c : text) {
        if (!needsEscape(c)) {
            out += c;
            continue;
        }
        out += '\\';
        out += c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
    }
}

void appendInteger(std::string& out, std::int64_t value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end);
}

void appendHex(std::string& out, std::string_view bytes)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += "\\\\x";
    for (char c : bytes) {
        out += hex[(unsigned char)c >> 4];
        out += hex[(unsigned char)c & 15];
    }
}

} // namespace

void appendText(std::string& out, std::string_view text)
{
    const auto clean = [](char c) { return !needsEscape(c); };
    if (std::all_of(text.begin(), text.end(), clean))
        out += text;
    else
        appendEscaped(out, text);
}

void appendNullable(std::string& out, const std::optional<std::string>& text)
{
    if (text)
        appendText(out, *text);
    else
        out += "\\N";
}

void appendEvent(std::string& out, const PaymentEvent& event)
{
    for (const std::string* text :
         {&event.id, &event.paymentId, &event.merchantId, &event.status, &event.method}) {
        appendText(out, *text);
        out += '\t';
    }
    for (const auto* text : {&event.issuer, &event.network, &event.cardType, &event.gateway}) {
        appendNullable(out, *text);
        out += '\t';
    }
    appendInteger(out, event.amount);
    out += '\t';
    appendText(out, event.currency);
    out += '\t';
    appendNullable(out, event.errorCode);
    out += '\t';
    appendNullable(out, event.errorSource);
    out += '\t';
    Rfc3339::appendUtc(out, event.occurredAt);
    out += '\t';
    if (event.extra.empty())
        out += "\\N";
    else
        appendText(out, event.extra);
    out += '\n';
}

void appendQuarantine(std::string& out, std::string_view source, std::int64_t line,
                      std::string_view reason, std::string_view raw, std::int64_t rawBytes)
{
    appendText(out, source);
    out += '\t';
    appendInteger(out, line);
    out += '\t';
    appendText(out, reason);
    out += '\t';
    appendHex(out, raw);
    out += '\t';
    appendInteger(out, rawBytes);
    out += '\n';
}

} // namespace CopyEncoder
