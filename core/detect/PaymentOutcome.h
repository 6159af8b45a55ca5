#pragma once

#include <cstdint>
#include <string_view>

class SuccessDedup;
struct PaymentEvent;

// What a payment event means for a success rate. Success: the first of a payment's
// `authorized` and `captured` seen within SuccessDedup's memory, whichever order they arrive
// in, so a payment counts once.
// Failure: `failed` caused by the bank, the gateway or us (error_source bank|gateway|internal).
// Everything else (customer and merchant failures, created, refunded) is Ignored.
class PaymentOutcome
{
public:
    enum Kind : std::uint8_t
    {
        Ignored,
        Success,
        Failure
    };

    static Kind classify(std::string_view status, std::string_view errorSource,
                         std::uint64_t paymentHash, std::int64_t occurredAt, SuccessDedup& dedup);
    static Kind classify(const PaymentEvent& event, SuccessDedup& dedup);
    // FNV-1a 64 of the payment id: the key SuccessDedup remembers.
    static std::uint64_t paymentHash(std::string_view paymentId);
};
