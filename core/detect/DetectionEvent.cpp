#include "DetectionEvent.h"

#include "PaymentOutcome.h"

#include <ingest/PaymentEvent.h>

namespace {

std::string_view viewOf(const std::optional<std::string>& value)
{
    return value ? std::string_view(*value) : std::string_view();
}

} // namespace

DetectionEvent DetectionEvent::from(const PaymentEvent& event)
{
    DetectionEvent view;
    view.occurredAt = event.occurredAt;
    view.paymentHash = PaymentOutcome::paymentHash(event.paymentId);
    view.status = event.status;
    view.errorSource = viewOf(event.errorSource);
    view.dimensions = {event.method,           viewOf(event.issuer),  viewOf(event.network),
                       viewOf(event.cardType), viewOf(event.gateway), event.merchantId};
    return view;
}
