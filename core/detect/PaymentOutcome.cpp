#include "PaymentOutcome.h"

#include "DetectionEvent.h"
#include "SuccessDedup.h"

using namespace std::string_view_literals;

PaymentOutcome::Kind PaymentOutcome::classify(std::string_view status, std::string_view errorSource,
                                              std::uint64_t paymentHash, std::int64_t occurredAt,
                                              SuccessDedup& dedup)
{
    if (status == "authorized"sv || status == "captured"sv)
        return dedup.firstSuccess(paymentHash, occurredAt) ? Success : Ignored;
    if (status == "failed"sv &&
        (errorSource == "bank"sv || errorSource == "gateway"sv || errorSource == "internal"sv))
        return Failure;
    return Ignored;
}

PaymentOutcome::Kind PaymentOutcome::classify(const PaymentEvent& event, SuccessDedup& dedup)
{
    const DetectionEvent view = DetectionEvent::from(event);
    return classify(view.status, view.errorSource, view.paymentHash, view.occurredAt, dedup);
}

std::uint64_t PaymentOutcome::paymentHash(std::string_view paymentId)
{
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (unsigned char c : paymentId) {
        hash ^= c;
        hash *= 0x100000001b3ull;
    }
    return hash;
}
