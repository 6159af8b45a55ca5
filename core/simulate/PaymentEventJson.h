#pragma once

#include <string>

struct PaymentEvent;

// A payment event as one line of design.md's JSON Lines (occurred_at to the millisecond, the
// extra fields after the known ones), what `payops ingest` reads back.
namespace PaymentEventJson {

void appendLine(std::string& out, const PaymentEvent& event);

} // namespace PaymentEventJson
