#pragma once

#include "CashbackCursor.h"
#include "CashbackSearchFilter.h"
#include "store/Query.h"

// The cashback flows of the console.
namespace CashbackFlowQuery {

// One page of cashbacks matching a filter, newest first (created_at DESC, id DESC), starting
// after a keyset cursor; asks for pageSize + 1 rows, the extra one only says that another page
// follows. Columns: see CashbackFlowRow.
Query search(const CashbackSearchFilter& filter, const CashbackCursor& after, int pageSize);

// Everything known of one payment's way to a credit, in one row (see CashbackFlow): its
// captured and refunded events, its cashback if it earned one, the ledger entries and the
// last dead letter of that cashback. A payment the store has never seen still gives a row.
Query flow(const QString& paymentId);

// Sends a dead-lettered (or stuck) credit or reversal again, through the audited
// payops.requeue_cashback (operators and admins; the idempotency key keeps it from crediting
// twice).
Query requeue(qint64 cashbackId, const QString& reason);

} // namespace CashbackFlowQuery
