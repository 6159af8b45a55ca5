#include "EventCursor.h"

#include "store/PgConnection.h"
#include "store/PgResult.h"

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    Tx,
    Seq,
    Id,
    PaymentId,
    MerchantId,
    Status,
    Method,
    Issuer,
    Network,
    CardType,
    Gateway,
    ErrorSource,
    OccurredAt
};

void assign(std::string& target, const PGresult* result, int row, Column column)
{
    target.assign(PQgetvalue(result, row, column), size_t(PQgetlength(result, row, column)));
}

void assign(std::optional<std::string>& target, const PGresult* result, int row, Column column)
{
    if (PQgetisnull(result, row, column))
        target.reset();
    else
        target.emplace(PQgetvalue(result, row, column), size_t(PQgetlength(result, row, column)));
}

} // namespace

EventCursor::EventCursor(PgConnection& connection)
    : m_connection(connection)
{}

const QString selectEvents =
    u"SELECT e.tx::text AS tx_text, e.seq, e.id, e.payment_id, e.merchant_id, e.status, "
    u"e.method, e.issuer, e.network, e.card_type, e.gateway, e.error_source, "
    u"(extract(epoch FROM e.occurred_at) * 1000000)::bigint AS occurred_us "
    u"FROM payops.payment_events AS e "_s;

void EventCursor::next(const EventPosition& after, int limit, std::vector<Item>& out)
{
    // ORDER BY the table's columns (not the text forms selected), so that the per-partition
    // (tx, seq) indexes serve it.
    const PgResult result =
        m_connection.exec(selectEvents + u"WHERE (e.tx, e.seq) > ($1::xid8, $2::bigint) "
                                         u"AND e.tx < pg_snapshot_xmin(pg_current_snapshot()) "
                                         u"ORDER BY e.tx, e.seq LIMIT $3"_s,
                          {after.txText(), qint64(after.seq), limit});
    fill(result, out);
}

void EventCursor::successesUpTo(const EventPosition& upTo, std::int64_t horizonMicros,
                                std::vector<Item>& out)
{
    const PgResult result = m_connection.exec(
        selectEvents +
            u"WHERE (e.tx, e.seq) <= ($1::xid8, $2::bigint) "
            u"AND e.status IN ('authorized', 'captured') "
            u"AND e.occurred_at >= (SELECT l.occurred_at FROM payops.payment_events AS l "
            u"WHERE (l.tx, l.seq) <= ($1::xid8, $2::bigint) ORDER BY l.tx DESC, l.seq DESC LIMIT "
            u"1) "
            u"- make_interval(secs => $3::bigint / 1000000.0) "
            u"ORDER BY e.tx, e.seq"_s,
        {upTo.txText(), qint64(upTo.seq), qint64(horizonMicros)});
    fill(result, out);
}

void EventCursor::fill(const PgResult& result, std::vector<Item>& out)
{
    const PGresult* raw = result.get();
    const int rows = result.rows();
    out.resize(size_t(rows));
    for (int row = 0; row < rows; ++row) {
        Item& item = out[size_t(row)];
        item.position.tx = std::strtoull(PQgetvalue(raw, row, Tx), nullptr, 10);
        item.position.seq = std::strtoll(PQgetvalue(raw, row, Seq), nullptr, 10);
        PaymentEvent& event = item.event;
        assign(event.id, raw, row, Id);
        assign(event.paymentId, raw, row, PaymentId);
        assign(event.merchantId, raw, row, MerchantId);
        assign(event.status, raw, row, Status);
        assign(event.method, raw, row, Method);
        assign(event.issuer, raw, row, Issuer);
        assign(event.network, raw, row, Network);
        assign(event.cardType, raw, row, CardType);
        assign(event.gateway, raw, row, Gateway);
        assign(event.errorSource, raw, row, ErrorSource);
        event.occurredAt = std::strtoll(PQgetvalue(raw, row, OccurredAt), nullptr, 10);
    }
}

std::uint64_t EventCursor::horizon(PgConnection& connection)
{
    return connection.exec(u"SELECT pg_snapshot_xmax(pg_current_snapshot())::text"_s)
        .text(0, 0)
        .toULongLong();
}

bool EventCursor::finishedBefore(PgConnection& connection, std::uint64_t horizon)
{
    return connection
               .exec(u"SELECT pg_snapshot_xmin(pg_current_snapshot()) >= $1::xid8"_s,
                     {QString::number(horizon)})
               .text(0, 0) == u"t";
}
