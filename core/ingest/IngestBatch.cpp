#include "IngestBatch.h"

#include "CopyEncoder.h"
#include "PaymentEvent.h"
#include "Rfc3339.h"

void IngestBatch::addEvent(const PaymentEvent& event)
{
    CopyEncoder::appendEvent(events, event);
    months.insert(Rfc3339::monthIndex(event.occurredAt));
    ++eventCount;
}
