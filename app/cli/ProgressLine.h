#pragma once

#include <QElapsedTimer>
#include <atomic>
#include <cstdint>
#include <thread>

// A one-line progress display on stderr ("1200000 lines  41%  152000 lines/s"), redrawn
// with '\r' at most four times a second by a thread of its own. It appears only when
// stderr is a terminal and the work has taken more than a second, and is erased by
// finish().
class ProgressLine
{
public:
    // totalBytes: the input's size, or -1 when unknown (no percentage then).
    explicit ProgressLine(std::int64_t totalBytes);
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    // Thread-safe.
    void update(std::int64_t lines, std::int64_t bytes);
    void finish();

private:
    void run(std::stop_token stop);
    void draw();

    std::int64_t m_totalBytes;
    std::atomic<std::int64_t> m_lines = 0;
    std::atomic<std::int64_t> m_bytes = 0;
    QElapsedTimer m_clock;
    bool m_drawn = false;
    std::jthread m_thread;
};
