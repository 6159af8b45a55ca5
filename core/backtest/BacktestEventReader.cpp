#include "BacktestEventReader.h"

#include "detect/DetectionEvent.h"
#include "detect/PaymentOutcome.h"
#include "ingest/Rfc3339.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"

#include <algorithm>
#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    PaymentId,
    Status,
    ErrorSource,
    OccurredAt,
    FirstDimension // method, issuer, network, card_type, gateway, merchant_id
};

constexpr qint64 firstSliceMicros = 60'000'000;
constexpr qint64 shortestSliceMicros = 1'000'000;
constexpr qint64 longestSliceMicros = 3600'000'000;

std::string_view view(const PGresult* result, int row, int column)
{
    return {PQgetvalue(result, row, column), size_t(PQgetlength(result, row, column))};
}

} // namespace

QString BacktestEventReader::sqlTime(qint64 micros)
{
    std::string text;
    Rfc3339::appendUtc(text, micros);
    return QString::fromStdString(text);
}

BacktestEventReader::BacktestEventReader(PgConnection& connection, int batch)
    : m_connection(connection)
    , m_batch(std::max(1, batch))
{}

qint64 BacktestEventReader::read(qint64 from, qint64 to, const Sink& sink, const Progress& progress,
                                 const std::atomic_bool& cancelled, bool* completed)
{
    qint64 events = 0;
    qint64 slice = firstSliceMicros;
    for (qint64 start = from; start < to;) {
        if (cancelled) {
            *completed = false;
            return events;
        }
        const qint64 end = std::min(to, start + slice);
        const int rows = readSlice(start, end, sink);
        events += rows;
        // Next slice: about `batch` rows at this slice's density.
        const double perMicro = double(std::max(rows, 1)) / double(end - start);
        slice =
            std::clamp(qint64(double(m_batch) / perMicro), shortestSliceMicros, longestSliceMicros);
        start = end;
        progress(double(start - from) / double(to - from));
    }
    *completed = !cancelled;
    return events;
}

int BacktestEventReader::readSlice(qint64 from, qint64 to, const Sink& sink)
{
    const PgResult result = m_connection.execPrepared(
        "backtest_events",
        u"SELECT payment_id, status, error_source, "
        u"(extract(epoch FROM occurred_at) * 1000000)::bigint, "
        u"method, issuer, network, card_type, gateway, merchant_id "
        u"FROM payops.payment_events "
        u"WHERE occurred_at >= $1::timestamptz AND occurred_at < $2::timestamptz "
        u"ORDER BY occurred_at, seq"_s,
        {sqlTime(from), sqlTime(to)});
    const PGresult* raw = result.get();
    const int rows = result.rows();
    DetectionEvent event;
    for (int row = 0; row < rows; ++row) {
        event.paymentHash = PaymentOutcome::paymentHash(view(raw, row, PaymentId));
        event.status = view(raw, row, Status);
        event.errorSource = view(raw, row, ErrorSource);
        event.occurredAt = std::strtoll(PQgetvalue(raw, row, OccurredAt), nullptr, 10);
        for (size_t d = 0; d < event.dimensions.size(); ++d)
            event.dimensions[d] = view(raw, row, FirstDimension + int(d));
        sink(event);
    }
    return rows;
}
