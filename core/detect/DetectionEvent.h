#pragma once

#include <array>
#include <cstdint>
#include <string_view>

struct PaymentEvent;

// A light view of a payment event, all the detector reads. Dimension values in Cohort's fixed
// order (method, issuer, network, card_type, gateway, merchant_id); an empty view is a
// missing value. The views must outlive Detector::add only.
struct DetectionEvent
{
    std::int64_t occurredAt = 0;
    std::uint64_t paymentHash = 0;
    std::string_view status;
    std::string_view errorSource;
    std::array<std::string_view, 6> dimensions;

    static DetectionEvent from(const PaymentEvent& event);
};
