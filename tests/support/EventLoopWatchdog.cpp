#include "EventLoopWatchdog.h"

#include <QtGlobal>
#include <algorithm>

namespace {

constexpr qint64 StuckMs = 20'000;

} // namespace

EventLoopWatchdog::EventLoopWatchdog(std::chrono::milliseconds beat)
    : m_periodMs(beat.count())
    , m_lastBeat(nowMs())
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(beat);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = nowMs();
        const qint64 gap = now - m_lastBeat.exchange(now);
        qint64 longest = m_longestGap.load();
        while (gap > longest && !m_longestGap.compare_exchange_weak(longest, gap)) {
        }
        ++m_beats;
    });
    m_timer.start();
    m_watcher = std::thread([this] { watch(); });
}

EventLoopWatchdog::~EventLoopWatchdog()
{
    m_stop = true;
    m_watcher.join();
}

void EventLoopWatchdog::reset()
{
    m_lastBeat = nowMs();
    m_longestGap = 0;
    m_beats = 0;
}

qint64 EventLoopWatchdog::longestStallMs() const
{
    return std::max<qint64>(0, m_longestGap.load() - m_periodMs);
}

qint64 EventLoopWatchdog::nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

// A beat that is late right now counts already: a loop stuck for good is still measured.
void EventLoopWatchdog::watch()
{
    while (!m_stop) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        const qint64 gap = nowMs() - m_lastBeat.load();
        if (gap > StuckMs)
            qFatal("the event loop has not turned for %lld ms: its thread is blocked", gap);
        qint64 longest = m_longestGap.load();
        while (gap > longest && !m_longestGap.compare_exchange_weak(longest, gap)) {
        }
    }
}
