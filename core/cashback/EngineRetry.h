#pragma once

#include "store/PgResult.h"

#include <QString>
#include <QVariantList>
#include <atomic>
#include <cstdint>
#include <functional>

class PgConnection;

// How the cashback stages survive a lost store or broker: the session is run again after a
// backoff (core/store/Backoff) until it reports its work done or stop is set. A statement that
// loses a deadlock or a serialization conflict is simply run again.
namespace EngineRetry {

// session: one connected run; true when the work is done. Errors (StoreError, AmqpError)
// are logged as "payops cashback: STAGE: ..." and counted in reconnects.
void runReconnecting(const char* stage, const std::atomic<bool>& stop,
                     std::atomic<std::int64_t>& reconnects, const std::function<bool()>& session);

PgResult execRetryingConflicts(PgConnection& store, const QString& sql,
                               const QVariantList& params = {});

} // namespace EngineRetry
