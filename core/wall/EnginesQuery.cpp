#include "EnginesQuery.h"

using namespace Qt::StringLiterals;

namespace EnginesQuery {

Query build()
{
    return {uR"sql(
SELECT id, kind, host, pid, version, started_at, health, silent_seconds, lag_seconds, rate,
       beat_seconds
  FROM payops.engine_health
 ORDER BY kind, health, started_at
)sql"_s,
            {}};
}

} // namespace EnginesQuery
