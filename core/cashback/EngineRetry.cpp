#include "EngineRetry.h"
#include "metrics/EngineLog.h"

#include "AmqpConnection.h"
#include "store/Backoff.h"
#include "store/PgConnection.h"
#include "store/StoreError.h"

#include <QTextStream>
#include <thread>

using namespace Qt::StringLiterals;

namespace EngineRetry {

namespace {

constexpr int conflictRetries = 5;
constexpr auto tick = std::chrono::milliseconds(50);

void log(const char* stage, const QString& line)
{
    EngineLog::line(u"payops cashback: "_s + QLatin1String(stage) + u": "_s + line);
}

} // namespace

void runReconnecting(const char* stage, const std::atomic<bool>& stop,
                     std::atomic<std::int64_t>& reconnects, const std::function<bool()>& session)
{
    Backoff backoff;
    while (!stop) {
        try {
            if (session())
                return;
            backoff.reset();
        } catch (const StoreError& error) {
            log(stage, u"store: "_s + error.message() + u"; reconnecting"_s);
        } catch (const AmqpError& error) {
            log(stage, u"broker: "_s + error.message() + u"; reconnecting"_s);
        }
        ++reconnects;
        const auto delay = backoff.next();
        for (auto slept = std::chrono::milliseconds(0); slept < delay && !stop; slept += tick)
            std::this_thread::sleep_for(tick);
    }
}

PgResult execRetryingConflicts(PgConnection& store, const QString& sql, const QVariantList& params)
{
    for (int attempt = 1;; ++attempt) {
        try {
            return store.exec(sql, params);
        } catch (const StoreError& error) {
            const bool conflict = error.sqlState() == u"40P01" || error.sqlState() == u"40001";
            if (!conflict || attempt >= conflictRetries)
                throw;
        }
    }
}

} // namespace EngineRetry
