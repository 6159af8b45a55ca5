#pragma once

#include "BacktestRequest.h"
#include "BacktestResult.h"
#include "store/Query.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

class PgConnection;

// Runs a backtest on a thread of its own (it reads a whole range of events: never on the GUI
// thread nor on the StoreSession's), with a connection of its own: the events of the range
// through BacktestEventReader into BacktestReplay (payops detect's Detector), then the
// labelled downtimes of the rule over the range. Signals arrive on the Backtest's thread.
class Backtest : public QObject
{
    Q_OBJECT
public:
    explicit Backtest(QObject* parent = nullptr);
    ~Backtest() override; // cancels and waits for the run

    // false (and nothing happens) while a run is going on or for an empty range.
    bool start(const BacktestRequest& request);
    void cancel();
    bool isRunning() const;

    // The same work on the calling thread (tests, bench); throws StoreError. Returns false
    // when cancelled.
    static bool run(const BacktestRequest& request, BacktestResult& result,
                    const std::atomic_bool& cancelled,
                    const std::function<void(double)>& progress = {});
    // The store's labelled downtimes of rule `ruleId` (any rule when 0) over [from, to).
    static void loadLabels(PgConnection& connection, qint64 ruleId, BacktestResult& result);

    // For the range presets: the time of the newest committed event (microseconds, column
    // newest_us; no row when there are none), cheap on any size (the (tx, seq) index).
    static Query newestEventQuery();

signals:
    void progress(double fraction);
    void finished(const BacktestResult& result);
    void cancelled();
    void failed(const QString& error);

private:
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::atomic_bool m_busy = false;
};
