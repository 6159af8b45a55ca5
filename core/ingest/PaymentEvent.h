#pragma once

#include <cstdint>
#include <optional>
#include <string>

// One payment status event as design.md's JSON Lines describe it, checked and normalised:
// occurredAt in microseconds since the Unix epoch (UTC), amount in minor units, and the
// event's unknown fields as one JSON object text (empty when it has none).
struct PaymentEvent
{
    std::string id;
    std::string paymentId;
    std::string merchantId;
    std::string status;
    std::string method;
    std::optional<std::string> issuer;
    std::optional<std::string> network;
    std::optional<std::string> cardType;
    std::optional<std::string> gateway;
    std::int64_t amount = 0;
    std::string currency;
    std::optional<std::string> errorCode;
    std::optional<std::string> errorSource;
    std::int64_t occurredAt = 0;
    std::string extra;
};
