#pragma once

#include <QObject>
#include <memory>

class QSocketNotifier;

// SIGTERM and SIGINT delivered in the event loop (a signalfd): stopRequested() instead of
// the default death. Construct it before any thread starts, so that all threads block them.
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject* parent = nullptr);
    ~StopSignals() override;

    bool isValid() const { return m_fd >= 0; }

signals:
    void stopRequested(int signal);

private:
    void readSignals();

    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
};
