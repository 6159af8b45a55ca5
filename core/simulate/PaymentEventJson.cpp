#include "PaymentEventJson.h"

#include "ingest/JsonText.h"
#include "ingest/PaymentEvent.h"
#include "ingest/Rfc3339.h"

#include <optional>
#include <string_view>

namespace PaymentEventJson {

namespace {

using JsonText::appendString;

void appendNullable(std::string& out, std::string_view key, const std::optional<std::string>& value)
{
    out += ",\"";
    out += key;
    out += "\":";
    if (value)
        appendString(out, *value);
    else
        out += "null";
}

void appendField(std::string& out, std::string_view key, std::string_view value)
{
    out += ",\"";
    out += key;
    out += "\":";
    appendString(out, value);
}

} // namespace

void appendLine(std::string& out, const PaymentEvent& event)
{
    out += "{\"id\":";
    appendString(out, event.id);
    appendField(out, "payment_id", event.paymentId);
    appendField(out, "merchant_id", event.merchantId);
    appendField(out, "status", event.status);
    appendField(out, "method", event.method);
    appendNullable(out, "issuer", event.issuer);
    appendNullable(out, "network", event.network);
    appendNullable(out, "card_type", event.cardType);
    appendNullable(out, "gateway", event.gateway);
    out += ",\"amount\":";
    out += std::to_string(event.amount);
    appendField(out, "currency", event.currency);
    appendNullable(out, "error_code", event.errorCode);
    appendNullable(out, "error_source", event.errorSource);
    out += ",\"occurred_at\":\"";
    Rfc3339::appendMillis(out, event.occurredAt);
    out += '"';
    if (event.extra.size() > 2) { // "{...}": its members go on after ours
        out += ',';
        out.append(event.extra, 1, event.extra.size() - 2);
    }
    out += "}\n";
}

} // namespace PaymentEventJson
