#pragma once

#include "store/PgConnection.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>
#include <cmath>
#include <functional>
#include <optional>

// An engine instance's row in payops.engine_instances (013_engine_health.sql): registers on
// start, beats every `every` with its lag and rate, deregisters on stop() (a clean exit). A
// kill -9 stops the beats: payops.engine_health shows the instance stale after three missed
// ones. Its own store connection, reopened (and the instance registered again) after a
// failure; a store that is away only delays the beats.
class EngineHeartbeat : public QObject
{
    Q_OBJECT
public:
    struct Reading
    {
        double lagSeconds = NAN; // NaN: not known (stored NULL)
        qint64 processed = -1;   // a running total; rate = its change per second
    };
    using Probe = std::function<Reading()>;

    EngineHeartbeat(QString kind, QString dsn, QString version, Probe probe,
                    std::chrono::milliseconds every = std::chrono::seconds(5),
                    QObject* parent = nullptr);
    ~EngineHeartbeat() override;

    void start();
    void stop();
    std::optional<qint64> instanceId() const { return m_id; }

private:
    void beat();
    void ensureRegistered();
    double rate(const Reading& reading);

    QString m_kind;
    QString m_dsn;
    QString m_version;
    Probe m_probe;
    std::chrono::milliseconds m_every;
    QTimer m_timer;
    std::optional<PgConnection> m_db;
    std::optional<qint64> m_id;
    QElapsedTimer m_since;
    qint64 m_lastProcessed = -1;
};
