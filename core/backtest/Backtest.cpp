#include "Backtest.h"

#include "BacktestEventReader.h"
#include "BacktestReplay.h"
#include "BacktestScore.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"
#include "store/StoreError.h"

#include <QElapsedTimer>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const int resultType = qRegisterMetaType<BacktestResult>();

} // namespace

Backtest::Backtest(QObject* parent)
    : QObject(parent)
{
    Q_UNUSED(resultType);
}

Backtest::~Backtest()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool Backtest::isRunning() const
{
    return m_busy;
}

bool Backtest::start(const BacktestRequest& request)
{
    if (isRunning() || request.to <= request.from)
        return false;
    if (m_thread)
        m_thread->wait();
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> flag = m_cancel;
    // Emitting from the worker thread queues the signals to the receivers' threads; `this`
    // outlives the thread (the destructor waits for it).
    m_thread.reset(QThread::create([this, request, flag] {
        BacktestResult result;
        double reported = -1;
        auto onProgress = [this, &reported](double fraction) {
            if (fraction - reported >= 0.01 || fraction >= 1) {
                reported = fraction;
                emit progress(fraction);
            }
        };
        // Not busy any more from the moment the outcome is known: a receiver may start the
        // next run at once (start() then waits the microseconds this thread has left).
        try {
            const bool completed = run(request, result, *flag, onProgress);
            m_busy = false;
            if (completed)
                emit finished(result);
            else
                emit cancelled();
        } catch (const StoreError& error) {
            m_busy = false;
            emit failed(error.message());
        }
    }));
    m_thread->setObjectName(u"backtest"_s);
    m_thread->start(QThread::LowPriority);
    return true;
}

void Backtest::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

bool Backtest::run(const BacktestRequest& request, BacktestResult& result,
                   const std::atomic_bool& cancelled, const std::function<void(double)>& progress)
{
    QElapsedTimer clock;
    clock.start();
    result = BacktestResult{};
    result.from = request.from;
    result.to = request.to;
    result.hasCurrent = request.current.has_value();
    PgConnection connection = PgConnection::open(request.conninfo);
    BacktestReplay replay(request.current, request.edited, request.detector);
    BacktestEventReader reader(connection);
    bool completed = false;
    result.events = reader.read(
        request.from, request.to, [&replay](const DetectionEvent& event) { replay.add(event); },
        [&progress](double fraction) {
            if (progress)
                progress(fraction);
        },
        cancelled, &completed);
    if (!completed)
        return false;
    replay.finish();
    result.downtimes = replay.downtimes();
    result.currentWindows = replay.windows(BacktestDowntime::Current);
    result.editedWindows = replay.windows(BacktestDowntime::Edited);
    result.lateEvents = replay.lateEvents();
    loadLabels(connection, request.edited.id, result);
    result.elapsedMs = clock.elapsed();
    return !cancelled;
}

void Backtest::loadLabels(PgConnection& connection, qint64 ruleId, BacktestResult& result)
{
    const PgResult rows = connection.exec(
        u"SELECT id, label, cohort::text, (extract(epoch FROM started_at) * 1000000)::bigint, "
        u"(extract(epoch FROM resolved_at) * 1000000)::bigint FROM payops.downtimes "
        u"WHERE label IS NOT NULL AND ($1::bigint = 0 OR rule_id = $1::bigint) "
        u"AND started_at < $3::timestamptz "
        u"AND (resolved_at IS NULL OR resolved_at > $2::timestamptz) ORDER BY started_at, id"_s,
        {ruleId, BacktestEventReader::sqlTime(result.from),
         BacktestEventReader::sqlTime(result.to)});
    for (int row = 0; row < rows.rows(); ++row) {
        TruthIncident incident;
        incident.name = u"downtime %1"_s.arg(rows.toInt(row, 0));
        incident.kind = rows.text(row, 1);
        incident.cohort =
            BacktestScore::cohortMap(QJsonDocument::fromJson(rows.text(row, 2).toUtf8()).object());
        incident.startsAt = rows.toInt(row, 3);
        incident.endsAt = rows.isNull(row, 4) ? result.to : rows.toInt(row, 4);
        if (incident.kind == u"true_positive")
            result.labelledTrue.append(incident);
        else
            result.labelledFalse.append(incident);
    }
}

Query Backtest::newestEventQuery()
{
    return {u"SELECT (extract(epoch FROM occurred_at) * 1000000)::bigint AS newest_us "
            u"FROM payops.payment_events ORDER BY tx DESC, seq DESC LIMIT 1"_s,
            {}};
}
