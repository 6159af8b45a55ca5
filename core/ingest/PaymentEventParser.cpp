#include "PaymentEventParser.h"

#include "JsonText.h"
#include "Rfc3339.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <simdjson.h>

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

constexpr std::int64_t microsPerDay = 86'400'000'000;

enum class Kind
{
    RequiredText,
    OptionalText,
    Amount,
    Time
};

struct FieldSpec
{
    std::string_view name;
    Kind kind;
    std::string PaymentEvent::*required = nullptr;
    std::optional<std::string> PaymentEvent::*optional = nullptr;
};

const std::array fields{
    FieldSpec{"id", Kind::RequiredText, &PaymentEvent::id},
    FieldSpec{"payment_id", Kind::RequiredText, &PaymentEvent::paymentId},
    FieldSpec{"merchant_id", Kind::RequiredText, &PaymentEvent::merchantId},
    FieldSpec{"status", Kind::RequiredText, &PaymentEvent::status},
    FieldSpec{"method", Kind::RequiredText, &PaymentEvent::method},
    FieldSpec{"currency", Kind::RequiredText, &PaymentEvent::currency},
    FieldSpec{"amount", Kind::Amount},
    FieldSpec{"occurred_at", Kind::Time},
    FieldSpec{"issuer", Kind::OptionalText, nullptr, &PaymentEvent::issuer},
    FieldSpec{"network", Kind::OptionalText, nullptr, &PaymentEvent::network},
    FieldSpec{"card_type", Kind::OptionalText, nullptr, &PaymentEvent::cardType},
    FieldSpec{"gateway", Kind::OptionalText, nullptr, &PaymentEvent::gateway},
    FieldSpec{"error_code", Kind::OptionalText, nullptr, &PaymentEvent::errorCode},
    FieldSpec{"error_source", Kind::OptionalText, nullptr, &PaymentEvent::errorSource},
};
constexpr std::size_t requiredCount = 8;

constexpr std::array<std::string_view, 5> statuses{"created", "authorized", "captured", "failed",
                                                   "refunded"};
constexpr std::array<std::string_view, 5> errorSources{"bank", "gateway", "internal", "customer",
                                                       "merchant"};

const char* typeName(element_type type)
{
    switch (type) {
    case element_type::ARRAY:
        return "an array";
    case element_type::OBJECT:
        return "an object";
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        return "a number";
    case element_type::STRING:
        return "a string";
    case element_type::BOOL:
        return "a boolean";
    case element_type::NULL_VALUE:
        return "null";
    }
    return "something else";
}

// Text for a message: at most 60 bytes cut at a character boundary, control characters
// (NUL among them, which the store refuses in a quarantine reason) replaced.
std::string printable(std::string_view text)
{
    std::size_t length = std::min<std::size_t>(text.size(), 60);
    while (length < text.size() && length > 0 && (text[length] & 0xC0) == 0x80)
        --length;
    std::string out;
    for (char c : text.substr(0, length))
        out += (unsigned char)c < 0x20 ? '?' : c;
    return out + (length < text.size() ? "..." : "");
}

std::string quotedValue(std::string_view text)
{
    return '"' + printable(text) + '"';
}

std::string field(std::string_view name, std::string_view problem)
{
    return std::string(name) + ": " + std::string(problem);
}

template<std::size_t N>
bool oneOf(std::string_view value, const std::array<std::string_view, N>& allowed)
{
    for (std::string_view candidate : allowed) {
        if (value == candidate)
            return true;
    }
    return false;
}

bool hasNul(std::string_view text)
{
    return std::memchr(text.data(), 0, text.size()) != nullptr;
}

bool containsNul(element value)
{
    switch (value.type()) {
    case element_type::STRING:
        return hasNul(value.get_string().value_unsafe());
    case element_type::ARRAY: {
        const simdjson::dom::array array = value.get_array().value_unsafe();
        for (element item : array) {
            if (containsNul(item))
                return true;
        }
        return false;
    }
    case element_type::OBJECT: {
        const simdjson::dom::object object = value.get_object().value_unsafe();
        for (auto [key, item] : object) {
            if (hasNul(key) || containsNul(item))
                return true;
        }
        return false;
    }
    default:
        return false;
    }
}

// Offset of the first byte that breaks UTF-8, for the refusal message.
std::size_t firstInvalidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = (unsigned char)text[i];
        const std::size_t length = lead < 0x80         ? 1
                                   : (lead >> 5) == 6  ? 2
                                   : (lead >> 4) == 14 ? 3
                                   : (lead >> 3) == 30 ? 4
                                                       : 0;
        if (length == 0 || i + length > text.size() ||
            !simdjson::validate_utf8(text.data() + i, length))
            return i;
        i += length;
    }
    return i;
}

class EventReader
{
public:
    EventReader(PaymentEvent& event, std::int64_t earliest, std::int64_t latest)
        : m_event(event)
        , m_earliest(earliest)
        , m_latest(latest)
    {}

    std::string read(simdjson::dom::object object)
    {
        m_event.extra.clear();
        for (auto [key, value] : object) {
            std::string reason = readField(key, value);
            if (!reason.empty())
                return reason;
        }
        if (!m_event.extra.empty())
            m_event.extra += '}';
        return checkComplete();
    }

private:
    std::string readField(std::string_view key, element value)
    {
        for (std::size_t index = 0; index < fields.size(); ++index) {
            if (fields[index].name != key)
                continue;
            if (m_seen & (1u << index))
                return field(key, "given twice");
            m_seen |= 1u << index;
            return readKnown(fields[index], value);
        }
        return keepExtra(key, value);
    }

    std::string readKnown(const FieldSpec& spec, element value)
    {
        switch (spec.kind) {
        case Kind::RequiredText:
            return readText(spec.name, value, m_event.*spec.required);
        case Kind::OptionalText:
            return readOptionalText(spec.name, value, m_event.*spec.optional);
        case Kind::Amount:
            return readAmount(value);
        case Kind::Time:
            return readTime(value);
        }
        return {};
    }

    static std::string readText(std::string_view name, element value, std::string& out)
    {
        if (!value.is_string())
            return field(name, std::string("expected a string, got ") + typeName(value.type()));
        const std::string_view text = value.get_string().value_unsafe();
        if (text.empty())
            return field(name, "empty");
        if (hasNul(text))
            return field(name, "contains a NUL character, which the store cannot keep");
        out.assign(text);
        return {};
    }

    static std::string readOptionalText(std::string_view name, element value,
                                        std::optional<std::string>& out)
    {
        if (value.is_null())
            return {};
        if (!value.is_string())
            return field(name,
                         std::string("expected a string or null, got ") + typeName(value.type()));
        const std::string_view text = value.get_string().value_unsafe();
        if (hasNul(text))
            return field(name, "contains a NUL character, which the store cannot keep");
        out.emplace(text);
        return {};
    }

    std::string readAmount(element value)
    {
        switch (value.type()) {
        case element_type::INT64:
            m_event.amount = value.get_int64().value_unsafe();
            if (m_event.amount < 0)
                return field("amount",
                             "must not be negative, got " + std::to_string(m_event.amount));
            return {};
        case element_type::UINT64:
            return field("amount",
                         "too large, got " + std::to_string(value.get_uint64().value_unsafe()));
        case element_type::DOUBLE:
            return field("amount", "must be an integer in minor units (no fraction or exponent),"
                                   " got " +
                                       simdjson::minify(value));
        default:
            return field("amount",
                         std::string("expected an integer, got ") + typeName(value.type()));
        }
    }

    std::string readTime(element value)
    {
        if (!value.is_string())
            return field("occurred_at",
                         std::string("expected an RFC 3339 string, got ") + typeName(value.type()));
        const std::string_view text = value.get_string().value_unsafe();
        auto parsed = Rfc3339::parse(text);
        if (auto* reason = std::get_if<std::string>(&parsed))
            return field("occurred_at", *reason + ", got " + quotedValue(text));
        m_event.occurredAt = std::get<std::int64_t>(parsed);
        if (m_event.occurredAt < m_earliest)
            return field("occurred_at", "before 2000-01-01, got " + quotedValue(text));
        if (m_event.occurredAt > m_latest)
            return field("occurred_at", "more than a day in the future, got " + quotedValue(text));
        return {};
    }

    std::string keepExtra(std::string_view key, element value)
    {
        if (hasNul(key) || containsNul(value))
            return field(printable(key), "contains a NUL character, which the store cannot keep");
        m_event.extra += m_event.extra.empty() ? '{' : ',';
        JsonText::appendString(m_event.extra, key);
        m_event.extra += ':';
        m_event.extra += simdjson::minify(value);
        return {};
    }

    std::string checkComplete()
    {
        for (std::size_t index = 0; index < requiredCount; ++index) {
            if (!(m_seen & (1u << index)))
                return field(fields[index].name, "missing");
        }
        if (!oneOf(m_event.status, statuses))
            return field("status", "unknown value " + quotedValue(m_event.status) +
                                       " (expected created, authorized, captured, failed or "
                                       "refunded)");
        if (m_event.errorSource && !oneOf(*m_event.errorSource, errorSources))
            return field("error_source", "unknown value " + quotedValue(*m_event.errorSource) +
                                             " (expected bank, gateway, internal, customer or "
                                             "merchant)");
        const std::string& c = m_event.currency;
        if (c.size() != 3 ||
            !std::all_of(c.begin(), c.end(), [](char x) { return x >= 'A' && x <= 'Z'; }))
            return field("currency",
                         "expected three capital letters (ISO 4217), got " + quotedValue(c));
        return {};
    }

    PaymentEvent& m_event;
    std::int64_t m_earliest;
    std::int64_t m_latest;
    unsigned m_seen = 0;
};

void resetOptionals(PaymentEvent& event)
{
    for (const FieldSpec& spec : fields) {
        if (spec.optional)
            (event.*spec.optional).reset();
    }
}

std::string jsonError(simdjson::error_code error, std::string_view line)
{
    if (error == simdjson::UTF8_ERROR)
        return "invalid UTF-8 at byte " + std::to_string(firstInvalidUtf8(line) + 1);
    return std::string("invalid JSON: ") + simdjson::error_message(error);
}

} // namespace

PaymentEventParser::PaymentEventParser(std::int64_t nowMicros)
    : m_parser(std::make_unique<simdjson::dom::parser>())
    , m_earliest(Rfc3339::microsOfDate(2000, 1, 1))
    , m_latest(nowMicros + microsPerDay)
{}

PaymentEventParser::~PaymentEventParser() = default;

std::string PaymentEventParser::parsePadded(std::string_view line, PaymentEvent& event)
{
    element root;
    if (const auto error = m_parser->parse(line.data(), line.size(), false).get(root))
        return jsonError(error, line);
    if (!root.is_object())
        return std::string("expected a JSON object, got ") + typeName(root.type());
    resetOptionals(event);
    return EventReader(event, m_earliest, m_latest).read(root.get_object().value_unsafe());
}

std::variant<PaymentEvent, std::string> PaymentEventParser::parse(std::string_view line)
{
    m_padded.assign(line);
    m_padded.append(padding, '\0');
    PaymentEvent event;
    std::string reason = parsePadded(std::string_view(m_padded.data(), line.size()), event);
    if (!reason.empty())
        return reason;
    return event;
}
