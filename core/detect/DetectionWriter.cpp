#include "DetectionWriter.h"

#include "store/PgConnection.h"
#include "store/PgResult.h"
#include "store/PgTransaction.h"

#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// Rows per INSERT: a step after a long catch-up may close many windows at once.
constexpr size_t windowsPerStatement = 2000;

QString micros(std::int64_t value)
{
    return QString::number(value);
}

QString kindName(DowntimeChange::Kind kind)
{
    switch (kind) {
    case DowntimeChange::Opened:
        return u"opened"_s;
    case DowntimeChange::Updated:
        return u"updated"_s;
    case DowntimeChange::Resolved:
        break;
    }
    return u"resolved"_s;
}

QVariant timestampOrNull(std::int64_t value)
{
    return value ? QVariant(micros(value)) : QVariant();
}

} // namespace

DetectionWriter::DetectionWriter(QString owner)
    : m_owner(std::move(owner))
{}

DetectionWriter::Written DetectionWriter::write(PgConnection& connection, const Step& step) const
{
    Written written;
    PgTransaction transaction(connection);
    const QSet<int> held = fence(connection, step);
    for (const Progress& progress : step.shards) {
        if (!held.contains(progress.shard))
            written.lost.insert(progress.shard);
    }
    written.windows = writeWindows(connection, step.windows, held);
    // An update that a later change of the same downtime supersedes is not written: a
    // catching-up step may hold one per window of every open downtime.
    QHash<QString, size_t> last;
    for (size_t i = 0; i < step.changes.size(); ++i)
        last.insert(QString::number(step.changes[i].ruleId) % u' ' % step.changes[i].cohortKey, i);
    qint64 changes = 0;
    for (size_t i = 0; i < step.changes.size(); ++i) {
        const DowntimeChange& change = step.changes[i];
        if (!held.contains(change.shard))
            continue;
        if (change.kind == DowntimeChange::Updated &&
            last.value(QString::number(change.ruleId) % u' ' % change.cohortKey) != i)
            continue;
        writeChange(connection, change);
        ++changes;
        written.opened += change.kind == DowntimeChange::Opened;
        written.resolved += change.kind == DowntimeChange::Resolved;
    }
    saveShards(connection, step.shards, held);
    if (written.windows > 0 || changes > 0)
        connection.exec(u"SELECT pg_notify('payops_detection', $1)"_s,
                        {u"windows:%1,downtimes:%2"_s.arg(written.windows).arg(changes)});
    transaction.commit();
    return written;
}

QSet<int> DetectionWriter::fence(PgConnection& connection, const Step& step) const
{
    QList<qint64> shards;
    for (const Progress& progress : step.shards)
        shards.append(progress.shard);
    const PgResult result =
        connection.exec(u"SELECT payops.fence_detector_shards($1, $2::integer[])"_s,
                        {m_owner, QVariant::fromValue(shards)});
    QSet<int> held;
    for (int row = 0; row < result.rows(); ++row)
        held.insert(int(result.toInt(row, 0)));
    return held;
}

qint64 DetectionWriter::writeWindows(PgConnection& connection,
                                     const std::vector<WindowResult>& windows,
                                     const QSet<int>& held) const
{
    qint64 written = 0;
    size_t next = 0;
    while (next < windows.size()) {
        QList<qint64> ruleIds, versions, starts, ends, attempts, successes;
        QStringList cohorts, keys;
        for (; next < windows.size() && size_t(ruleIds.size()) < windowsPerStatement; ++next) {
            const WindowResult& window = windows[next];
            if (!held.contains(window.shard))
                continue;
            ruleIds.append(window.ruleId);
            versions.append(window.version);
            cohorts.append(
                QString::fromUtf8(QJsonDocument(window.cohort).toJson(QJsonDocument::Compact)));
            keys.append(window.cohortKey);
            starts.append(window.start);
            ends.append(window.end);
            attempts.append(window.attempts);
            successes.append(window.successes);
        }
        if (ruleIds.isEmpty())
            continue;
        const PgResult inserted = connection.exec(
            u"INSERT INTO payops.sr_windows (rule_id, rule_version, cohort, cohort_key, "
            u"window_start, window_end, attempts, successes) "
            // A count window whose payments share one instant still ends after it starts;
            // two count windows of a cohort may end at the same instant: the later one stays
            // (one statement may not upsert a row twice).
            u"SELECT DISTINCT ON (w.r, w.k, w.e) w.r, w.v, w.c, w.k, "
            u"timestamptz 'epoch' + w.s * interval '1 microsecond', "
            u"timestamptz 'epoch' + w.e * interval '1 microsecond', w.a, w.n "
            u"FROM (SELECT u.r, u.v, u.c, u.k, u.s, greatest(u.e, u.s + 1) AS e, u.a, u.n, u.i "
            u"FROM unnest($1::bigint[], $2::integer[], $3::jsonb[], $4::text[], $5::bigint[], "
            u"$6::bigint[], $7::integer[], $8::integer[]) WITH ORDINALITY "
            u"AS u (r, v, c, k, s, e, a, n, i)) AS w ORDER BY w.r, w.k, w.e, w.i DESC "
            // Only a detector replaying what it had not saved meets its own rows again.
            u"ON CONFLICT (rule_id, cohort_key, window_end) DO UPDATE SET "
            u"rule_version = excluded.rule_version, cohort = excluded.cohort, "
            u"window_start = excluded.window_start, attempts = excluded.attempts, "
            u"successes = excluded.successes, computed_at = now()"_s,
            {QVariant::fromValue(ruleIds), QVariant::fromValue(versions), cohorts, keys,
             QVariant::fromValue(starts), QVariant::fromValue(ends), QVariant::fromValue(attempts),
             QVariant::fromValue(successes)});
        written += inserted.affected();
    }
    return written;
}

void DetectionWriter::writeChange(PgConnection& connection, const DowntimeChange& change) const
{
    connection.exec(
        u"SELECT payops.record_downtime_change($1, $2, $3, $4::jsonb, $5, "
        u"timestamptz 'epoch' + $6::bigint * interval '1 microsecond', "
        u"timestamptz 'epoch' + $7::bigint * interval '1 microsecond', $8, $9, $10, $11)"_s,
        {kindName(change.kind), change.ruleId, change.version,
         QString::fromUtf8(QJsonDocument(change.cohort).toJson(QJsonDocument::Compact)),
         change.cohortKey, micros(change.startedAt), timestampOrNull(change.resolvedAt),
         change.severity, change.lowestSr, qint64(change.volume),
         change.reason.isEmpty() ? u"recovered"_s : change.reason});
}

void DetectionWriter::saveShards(PgConnection& connection, const std::vector<Progress>& shards,
                                 const QSet<int>& held) const
{
    QList<qint64> numbers, seqs, watermarks;
    QStringList txs, states;
    for (const Progress& progress : shards) {
        if (!held.contains(progress.shard))
            continue;
        numbers.append(progress.shard);
        txs.append(progress.cursor.txText());
        seqs.append(progress.cursor.seq);
        watermarks.append(progress.watermark);
        states.append(QString::fromLatin1(progress.state.toHex()));
    }
    if (numbers.isEmpty())
        return;
    connection.exec(
        u"SELECT count(*) FILTER (WHERE payops.save_detector_shard($1, u.shard, u.tx::xid8, "
        u"u.seq, timestamptz 'epoch' + nullif(u.wm, $7::bigint) * interval '1 microsecond', "
        u"nullif(decode(u.state, 'hex'), '')))"
        u"FROM unnest($2::integer[], $3::text[], $4::bigint[], $5::bigint[], $6::text[]) "
        u"AS u (shard, tx, seq, wm, state)"_s,
        {m_owner, QVariant::fromValue(numbers), txs, QVariant::fromValue(seqs),
         QVariant::fromValue(watermarks), states, QString::number(INT64_MIN)});
}
