#pragma once

#include "store/StoreError.h"

#include <QObject>
#include <QStringList>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

class PgConnection;

// A store connection of its own on a thread of its own, running the dispatcher's bulky
// statements (claims, recordings) one job after another so that the event thread keeps
// sending meanwhile. The connection opens at the first job and again after a failure.
class StoreLane : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<void(PgConnection&)>;
    // On the caller's thread: nullopt when the job ran to its end.
    using Done = std::function<void(std::optional<StoreError>)>;

    // `setup`: statements run on every new connection of the lane.
    StoreLane(QString dsn, QString name, QStringList setup = {}, QObject* parent = nullptr);
    ~StoreLane() override; // waits for the running job

    // Runs `job` on the lane; `done` runs on this object's thread afterwards.
    void run(Job job, Done done);
    bool busy() const { return m_running > 0; }

private:
    class Worker;
    QThread m_thread;
    Worker* m_worker = nullptr; // lives on m_thread, deleted when it finishes
    int m_running = 0;
};
