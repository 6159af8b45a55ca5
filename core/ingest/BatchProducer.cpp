#include "BatchProducer.h"

BatchProducer::BatchProducer(Source source, std::size_t ahead)
    : m_source(std::move(source))
    , m_ahead(ahead)
    , m_thread([this](std::stop_token stop) { run(stop); })
{}

BatchProducer::~BatchProducer()
{
    m_thread.request_stop();
    m_changed.notify_all();
}

void BatchProducer::run(std::stop_token stop)
{
    try {
        while (!stop.stop_requested()) {
            std::optional<IngestBatch> batch = m_source();
            std::unique_lock lock(m_mutex);
            if (!batch)
                break;
            m_changed.wait(lock, stop, [this] { return m_ready.size() < m_ahead; });
            m_ready.push_back(std::move(*batch));
            m_changed.notify_all();
        }
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_error = std::current_exception();
    }
    std::lock_guard lock(m_mutex);
    m_done = true;
    m_changed.notify_all();
}

std::optional<IngestBatch> BatchProducer::take()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
    if (!m_ready.empty()) {
        IngestBatch batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return batch;
    }
    if (m_error)
        std::rethrow_exception(m_error);
    return std::nullopt;
}
