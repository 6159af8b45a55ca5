#include "ShardLeases.h"

#include "store/PgConnection.h"
#include "store/PgResult.h"

using namespace Qt::StringLiterals;

namespace {

QList<qint64> numbers(const QList<int>& values)
{
    return QList<qint64>(values.begin(), values.end());
}

} // namespace

ShardLeases::ShardLeases(QString owner, int leaseSeconds)
    : m_owner(std::move(owner))
    , m_leaseSeconds(leaseSeconds)
{}

QList<ShardLeases::Shard> ShardLeases::renew(PgConnection& connection) const
{
    const PgResult result =
        connection.exec(u"SELECT l.shard, l.claimed, l.surplus, l.cursor_tx::text, l.cursor_seq, "
                        u"(extract(epoch FROM l.watermark) * 1000000)::bigint, l.state "
                        u"FROM payops.lease_detector_shards($1, $2) AS l"_s,
                        {m_owner, m_leaseSeconds});
    QList<Shard> shards;
    for (int row = 0; row < result.rows(); ++row) {
        Shard shard;
        shard.shard = int(result.toInt(row, 0));
        shard.claimed = result.text(row, 1) == u"t";
        shard.surplus = result.text(row, 2) == u"t";
        shard.cursor.tx = result.text(row, 3).toULongLong();
        shard.cursor.seq = result.toInt(row, 4);
        if (!result.isNull(row, 5))
            shard.watermark = result.toInt(row, 5);
        if (!result.isNull(row, 6))
            shard.state = result.value(row, 6).toByteArray();
        shards.append(shard);
    }
    return shards;
}

void ShardLeases::release(PgConnection& connection, const QList<int>& shards) const
{
    connection.exec(u"SELECT payops.release_detector_shards($1, $2::integer[])"_s,
                    {m_owner, QVariant::fromValue(numbers(shards))});
}

qint64 ShardLeases::untilOthersExpire(PgConnection& connection) const
{
    const PgResult result = connection.exec(
        u"SELECT coalesce(ceil(extract(epoch FROM min(lease_until) - clock_timestamp()) * 1000), "
        u"-1)::bigint FROM payops.detector_shards WHERE owner <> $1 "
        u"AND lease_until > clock_timestamp()"_s,
        {m_owner});
    return result.toInt(0, 0);
}

void ShardLeases::leave(PgConnection& connection) const
{
    connection.exec(u"SELECT payops.leave_detector($1)"_s, {m_owner});
}
