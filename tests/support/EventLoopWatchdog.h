#pragma once

#include <QObject>
#include <QTimer>
#include <atomic>
#include <chrono>
#include <thread>

// Watches the event loop of the thread it lives on (the GUI thread) from a thread of its own:
// a timer there beats every few milliseconds; the watcher notes the longest time between two
// beats. A loop that waits on the network, a lock or a sleep stops beating, and the watcher
// sees it even while the loop is still stuck; a loop stuck for 20 s (say, waiting for a lock
// that only the test, on that very loop, would release) ends the test with a message instead
// of a hang.
class EventLoopWatchdog : public QObject
{
    Q_OBJECT
public:
    explicit EventLoopWatchdog(std::chrono::milliseconds beat = std::chrono::milliseconds(10));
    ~EventLoopWatchdog() override;

    // Forgets what was measured; measuring goes on from now.
    void reset();
    // The longest time the loop went without a beat since reset(), beyond the beat's period.
    qint64 longestStallMs() const;
    int beats() const { return m_beats; }

private:
    static qint64 nowMs();
    void watch();

    QTimer m_timer;
    qint64 m_periodMs;
    std::atomic<qint64> m_lastBeat;
    std::atomic<qint64> m_longestGap{0};
    std::atomic<int> m_beats{0};
    std::atomic_bool m_stop{false};
    std::thread m_watcher;
};
