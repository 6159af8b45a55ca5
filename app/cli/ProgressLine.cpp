#include "ProgressLine.h"

#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <unistd.h>

namespace {
constexpr int firstDrawMs = 1000;
constexpr auto redrawEvery = std::chrono::milliseconds(250);
} // namespace

ProgressLine::ProgressLine(std::int64_t totalBytes)
    : m_totalBytes(totalBytes)
{
    m_clock.start();
    if (isatty(STDERR_FILENO))
        m_thread = std::jthread([this](std::stop_token stop) { run(stop); });
}

ProgressLine::~ProgressLine()
{
    finish();
}

void ProgressLine::update(std::int64_t lines, std::int64_t bytes)
{
    m_lines = lines;
    m_bytes = bytes;
}

void ProgressLine::finish()
{
    if (!m_thread.joinable())
        return;
    m_thread.request_stop();
    m_thread.join();
    if (m_drawn)
        std::fprintf(stderr, "\r\033[K");
}

void ProgressLine::run(std::stop_token stop)
{
    std::mutex mutex;
    std::condition_variable_any wake;
    std::unique_lock lock(mutex);
    while (!wake.wait_for(lock, stop, redrawEvery, [] { return false; })) {
        if (stop.stop_requested())
            return;
        if (m_clock.elapsed() >= firstDrawMs)
            draw();
    }
}

void ProgressLine::draw()
{
    const std::int64_t lines = m_lines;
    const double seconds = double(m_clock.elapsed()) / 1000.0;
    const auto rate = std::int64_t(double(lines) / seconds);
    if (m_totalBytes > 0)
        std::fprintf(stderr, "\r%lld lines  %3d%%  %lld lines/s\033[K", (long long)lines,
                     int(100 * m_bytes / m_totalBytes), (long long)rate);
    else
        std::fprintf(stderr, "\r%lld lines  %lld lines/s\033[K", (long long)lines, (long long)rate);
    std::fflush(stderr);
    m_drawn = true;
}
