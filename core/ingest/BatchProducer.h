#pragma once

#include "IngestBatch.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

// Runs a batch source on a thread of its own, a few batches ahead of the consumer, so that
// reading and checking the next lines overlaps the store's work on the previous ones.
class BatchProducer
{
public:
    using Source = std::function<std::optional<IngestBatch>()>;

    explicit BatchProducer(Source source, std::size_t ahead = 2);
    ~BatchProducer();
    BatchProducer(const BatchProducer&) = delete;
    BatchProducer& operator=(const BatchProducer&) = delete;

    // The next batch, or nothing when the source is done. Rethrows what the source threw.
    std::optional<IngestBatch> take();

private:
    void run(std::stop_token stop);

    Source m_source;
    std::size_t m_ahead;
    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::deque<IngestBatch> m_ready;
    bool m_done = false;
    std::exception_ptr m_error;
    std::jthread m_thread; // last: starts after the members above exist
};
