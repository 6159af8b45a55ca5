#pragma once

#include "store/Query.h"

// A customer's (an account's) cashback balance and ledger.
namespace BalanceLedgerQuery {

// One row per currency: currency, balance, updated_at, and ledger_sum — the sum of the
// account's ledger entries in that currency, which must equal the balance.
Query balances(const QString& accountId);

// The account's newest ledger entries, newest first: id, created_at, kind (credit |
// reversal), amount (minor units, negative for a reversal), currency, cashback_id,
// payment_id, idempotency_key, balance_after (the running balance in that currency).
Query ledger(const QString& accountId, int limit);

} // namespace BalanceLedgerQuery
