#include "DeadLetterQuery.h"

namespace DeadLetterQuery {

Query newest(int limit)
{
    return {QStringLiteral(
                "SELECT d.id, d.at, d.cashback_id, c.payment_id, c.account_id, d.kind, d.reason,"
                " d.message_key, left(d.body, 500) AS body,"
                " (c.id IS NULL OR c.dead_lettered_at IS NOT NULL) AS still_dead"
                "  FROM (SELECT * FROM payops.cashback_dead_letters ORDER BY at DESC, id DESC"
                "         LIMIT $1::integer) AS d"
                "  LEFT JOIN payops.cashbacks AS c ON c.id = d.cashback_id"
                " ORDER BY d.at DESC, d.id DESC"),
            {limit}};
}

} // namespace DeadLetterQuery
