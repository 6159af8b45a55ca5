#include "EngineHeartbeat.h"

#include "store/PgResult.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QVariant>

using namespace Qt::StringLiterals;

EngineHeartbeat::EngineHeartbeat(QString kind, QString dsn, QString version, Probe probe,
                                 std::chrono::milliseconds every, QObject* parent)
    : QObject(parent)
    , m_kind(std::move(kind))
    , m_dsn(std::move(dsn))
    , m_version(std::move(version))
    , m_probe(std::move(probe))
    , m_every(every)
{
    m_timer.setInterval(m_every);
    connect(&m_timer, &QTimer::timeout, this, &EngineHeartbeat::beat);
}

EngineHeartbeat::~EngineHeartbeat()
{
    stop();
}

void EngineHeartbeat::start()
{
    m_timer.start();
    beat();
}

void EngineHeartbeat::stop()
{
    m_timer.stop();
    if (!m_db || !m_id)
        return;
    try {
        m_db->exec(u"SELECT payops.deregister_engine($1)"_s, {*m_id});
    } catch (const StoreError&) {
        // The row goes stale and is deleted a day later.
    }
    m_id.reset();
}

void EngineHeartbeat::ensureRegistered()
{
    if (!m_db)
        m_db.emplace(PgConnection::open(m_dsn));
    if (m_id)
        return;
    const qint64 seconds = std::max<qint64>(1, m_every.count() / 1000);
    m_id = m_db->exec(u"SELECT payops.register_engine($1, $2, $3, $4, $5::integer)"_s,
                      {m_kind, QHostInfo::localHostName(), QCoreApplication::applicationPid(),
                       m_version, seconds})
               .toInt(0, 0);
}

void EngineHeartbeat::beat()
{
    const Reading reading = m_probe ? m_probe() : Reading();
    const double perSecond = rate(reading);
    try {
        ensureRegistered();
        const QVariant lag = std::isnan(reading.lagSeconds) ? QVariant() : reading.lagSeconds;
        const QVariant speed = std::isnan(perSecond) ? QVariant() : perSecond;
        const bool known = m_db->exec(u"SELECT payops.beat_engine($1, $2::float8, $3::float8)"_s,
                                      {*m_id, lag, speed})
                               .text(0, 0) == u"t";
        if (!known)
            m_id.reset(); // deleted after a long silence: register again next beat
    } catch (const StoreError&) {
        // Beats resume (same instance) once the store answers again.
        m_db.reset();
    }
}

double EngineHeartbeat::rate(const Reading& reading)
{
    if (reading.processed < 0)
        return NAN;
    double perSecond = NAN;
    if (m_lastProcessed >= 0 && m_since.isValid() && m_since.elapsed() > 0)
        perSecond =
            double(reading.processed - m_lastProcessed) * 1000.0 / double(m_since.elapsed());
    m_lastProcessed = reading.processed;
    m_since.restart();
    return perSecond;
}
