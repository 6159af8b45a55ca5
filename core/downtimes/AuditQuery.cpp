#include "AuditQuery.h"

using namespace Qt::StringLiterals;

namespace AuditQuery {

Query page(const AuditFilter& filter, const AuditCursor& after, int limit)
{
    static const QString sql = uR"sql(
SELECT a.id, a.at, a.actor, a.action, a.target, a.reason, a.before::text AS before,
       a.after::text AS after
  FROM payops.audit_log AS a
 WHERE ($1::text = '' OR a.actor = $1)
   AND ($2::text = '' OR a.action = $2)
   AND ($3::text = '' OR strpos(lower(a.target), lower($3)) > 0)
   AND ($4::timestamptz IS NULL OR a.at >= $4)
   AND ($5::timestamptz IS NULL OR a.at < $5)
   AND ($6::bigint = 0 OR a.id < $6)
 ORDER BY a.id DESC
 LIMIT $7
)sql"_s;
    return {sql,
            {filter.actor.trimmed(), filter.action.trimmed(), filter.target.trimmed(),
             filter.from.isValid() ? QVariant(filter.from) : QVariant(),
             filter.to.isValid() ? QVariant(filter.to) : QVariant(), after.id, limit}};
}

} // namespace AuditQuery
