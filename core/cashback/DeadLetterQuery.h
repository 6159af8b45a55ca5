#pragma once

#include "store/Query.h"

// The credit messages the balance workers could not apply (payops.cashback_dead_letters),
// newest first, with the payment of their cashback when they name one: id, at, cashback_id,
// payment_id, account_id, kind, reason, message_key, body, and still_dead (the cashback is
// still marked dead-lettered: a requeue clears it).
namespace DeadLetterQuery {

Query newest(int limit);

} // namespace DeadLetterQuery
