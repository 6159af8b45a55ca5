#pragma once

#include <QString>
#include <atomic>
#include <functional>

class PgConnection;
struct DetectionEvent;

// Reads the stored payment events with occurred_at in [from, to) in occurred_at order (then
// seq), as a backfill needs them: in slices of event time sized to about `batch` rows each
// (the BRIN index on occurred_at serves each slice), only the columns detection reads, each
// row handed over as a DetectionEvent viewing the result without copying.
class BacktestEventReader
{
public:
    using Sink = std::function<void(const DetectionEvent&)>;
    using Progress = std::function<void(double fraction)>;

    explicit BacktestEventReader(PgConnection& connection, int batch = 50'000);

    // Returns the number of events read; stops early (false in *completed) once cancelled.
    qint64 read(qint64 from, qint64 to, const Sink& sink, const Progress& progress,
                const std::atomic_bool& cancelled, bool* completed);

    // A time as PostgreSQL reads a timestamptz, to the microsecond.
    static QString sqlTime(qint64 micros);

private:
    int readSlice(qint64 from, qint64 to, const Sink& sink);

    PgConnection& m_connection;
    int m_batch;
};
