#include "ConcurrentLoader.h"

#include "BatchProducer.h"
#include "EventLoader.h"
#include "store/PgConnection.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace {

struct Shared
{
    Shared(BatchProducer& producer, IngestSummary& summary,
           const ConcurrentLoader::Progress& progress)
        : producer(producer)
        , summary(summary)
        , progress(progress)
    {}

    BatchProducer& producer;
    IngestSummary& summary;
    const ConcurrentLoader::Progress& progress;
    std::mutex mutex;
    std::mutex turn; // taking a batch and its transaction id, one lane at a time
    std::atomic<bool> stopped = false;
    std::exception_ptr error;
    std::int64_t position = 0;
};

void add(Shared& shared, const IngestBatch& batch, const EventLoader::Result& result)
{
    std::lock_guard lock(shared.mutex);
    IngestSummary& summary = shared.summary;
    summary.lines += batch.lines;
    summary.blank += batch.blank;
    summary.loaded += result.loaded;
    summary.duplicates += batch.duplicates + result.duplicates;
    summary.quarantined += batch.quarantined;
    shared.position = std::max(shared.position, batch.position);
    if (shared.progress)
        shared.progress(summary, shared.position);
}

void fail(Shared& shared)
{
    std::lock_guard lock(shared.mutex);
    if (!shared.error)
        shared.error = std::current_exception();
    shared.stopped = true;
}

void lane(Shared& shared, PgConnection& connection)
{
    try {
        EventLoader loader(connection);
        while (!shared.stopped) {
            // Transaction ids in input order: readers that follow (tx, seq), payops detect and
            // payops cashback, then see a file's events in its order, whichever batch commits
            // first.
            std::unique_lock turn(shared.turn);
            const std::optional<IngestBatch> batch = shared.producer.take();
            if (!batch)
                return;
            const auto begun = [&turn] {
                if (turn.owns_lock())
                    turn.unlock();
            };
            add(shared, *batch, loader.load(*batch, begun));
        }
    } catch (...) {
        fail(shared);
    }
}

} // namespace

// Connects at once: an unreachable store fails before any input is read.
ConcurrentLoader::ConcurrentLoader(const Connect& connect, int connections)
{
    for (int i = 0; i < std::max(1, connections); ++i)
        m_connections.push_back(connect());
}

ConcurrentLoader::~ConcurrentLoader() = default;

void ConcurrentLoader::run(BatchProducer& producer, IngestSummary& summary,
                           const Progress& progress)
{
    Shared shared(producer, summary, progress);
    {
        std::vector<std::jthread> lanes;
        for (PgConnection& connection : m_connections)
            lanes.emplace_back([&shared, &connection] { lane(shared, connection); });
    }
    if (shared.error)
        std::rethrow_exception(shared.error);
}
