#include "BalanceLedgerQuery.h"

namespace BalanceLedgerQuery {

Query balances(const QString& accountId)
{
    return {QStringLiteral(
                "SELECT b.currency, b.balance, b.updated_at,"
                " (SELECT coalesce(sum(l.amount), 0) FROM payops.ledger_entries AS l"
                "   WHERE l.account_id = b.account_id AND l.currency = b.currency) AS ledger_sum"
                "  FROM payops.balances AS b WHERE b.account_id = $1 ORDER BY b.currency"),
            {accountId}};
}

Query ledger(const QString& accountId, int limit)
{
    return {QStringLiteral("SELECT l.id, l.created_at, l.kind, l.amount, l.currency, l.cashback_id,"
                           " c.payment_id, l.idempotency_key, l.balance_after"
                           "  FROM (SELECT l.*, sum(l.amount) OVER (PARTITION BY l.currency"
                           "                 ORDER BY l.created_at, l.id) AS balance_after"
                           "          FROM payops.ledger_entries AS l WHERE l.account_id = $1) AS l"
                           "  LEFT JOIN payops.cashbacks AS c ON c.id = l.cashback_id"
                           " ORDER BY l.created_at DESC, l.id DESC LIMIT $2::integer"),
            {accountId, limit}};
}

} // namespace BalanceLedgerQuery
