#include "CashbackComputer.h"

#include "CashbackCounters.h"
#include "CreditQueue.h"
#include "EngineRetry.h"
#include "metrics/EngineLog.h"
#include "store/PgConnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <poll.h>
#include <thread>

using namespace Qt::StringLiterals;

struct CashbackComputer::Event
{
    QString tx;
    qint64 seq = 0;
    QString paymentId;
    QString merchantId;
    QString status;
    qint64 amount = 0;
    QString currency;
    qint64 occurredAt = 0;
    QString customerId;
};

namespace {

constexpr auto confirmTimeout = std::chrono::seconds(30);

QString isoMicros(qint64 micros)
{
    qint64 seconds = micros / 1'000'000, rest = micros % 1'000'000;
    if (rest < 0) {
        --seconds;
        rest += 1'000'000;
    }
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s) +
           u'.' + QString::number(rest).rightJustified(6, u'0') + u'Z';
}

QString usageKey(qint64 campaignId, const QString& account, qint64 periodStart)
{
    return QString::number(campaignId) + u'|' + account + u'|' + QString::number(periodStart);
}

void log(const QString& line)
{
    EngineLog::line(u"payops cashback: "_s + line);
}

} // namespace

CashbackComputer::CashbackComputer(Options options, CashbackCounters& counters,
                                   const std::atomic<bool>& stop)
    : m_options(std::move(options))
    , m_counters(counters)
    , m_stop(stop)
{}

void CashbackComputer::run()
{
    EngineRetry::runReconnecting("compute", m_stop, m_counters.reconnects,
                                 [this] { return session(); });
}

// One connected session; true when it ended because the work is done (--drain) or stopped.
bool CashbackComputer::session()
{
    PgConnection store = PgConnection::open(m_options.dsn);
    while (!lock(store)) {
        if (m_stop)
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
    AmqpConnection broker = AmqpConnection::open(m_options.broker);
    CreditQueue::declare(broker);
    broker.enableConfirms();
    store.listen(u"payops_events"_s);
    store.listen(u"payops_cashback"_s);
    const PgResult cursor = store.exec(u"SELECT tx::text, seq FROM payops.cashback_cursor"_s);
    m_cursorTx = cursor.rows() ? cursor.text(0, 0) : u"0"_s;
    m_cursorSeq = cursor.rows() ? cursor.toInt(0, 1) : 0;
    loadCampaigns(store);
    while (!m_stop) {
        const std::vector<Event> events = readEvents(store);
        if (campaignsChanged(store))
            loadCampaigns(store);
        if (!events.empty())
            computeBatch(store, events);
        const int published = publishOutbox(store, broker);
        if (events.empty() && published == 0) {
            if (m_options.drain && !heldBack(store))
                return true;
            wait(store);
        }
    }
    return true;
}

// Committed events past the cursor that a transaction still running (in any database of the
// cluster) keeps below the snapshot's xmin: --drain waits for them.
bool CashbackComputer::heldBack(PgConnection& store)
{
    return store
               .exec(u"SELECT EXISTS (SELECT FROM payops.payment_events AS e"
                     " WHERE (e.tx, e.seq) > ($1::xid8, $2::bigint))"_s,
                     {m_cursorTx, m_cursorSeq})
               .text(0, 0) == u"t";
}

bool CashbackComputer::lock(PgConnection& store)
{
    return store
               .exec(
                   u"SELECT pg_try_advisory_lock(hashtextextended('payops.cashback.compute', 0))"_s)
               .text(0, 0) == u"t";
}

bool CashbackComputer::campaignsChanged(PgConnection& store)
{
    bool changed = false;
    const QList<PgNotification> notifications = store.takeNotifications();
    for (const PgNotification& notification : notifications)
        changed = changed || notification.payload.startsWith(u"campaign:") ||
                  notification.payload.startsWith(u"merchant_group:");
    return changed;
}

void CashbackComputer::loadCampaigns(PgConnection& store)
{
    const PgResult rows = store.exec(
        u"SELECT c.id, coalesce(c.merchant_id, m.merchant_id), (c.percent * 100)::integer,"
        " c.cap_amount, coalesce(c.customer_cap, 0), c.cap_period, c.min_amount, c.currency,"
        " (extract(epoch FROM c.valid_from) * 1000000)::bigint,"
        " (extract(epoch FROM c.valid_to) * 1000000)::bigint"
        " FROM payops.cashback_campaigns AS c"
        " LEFT JOIN payops.merchant_group_members AS m ON m.group_name = c.merchant_group"
        " WHERE c.enabled AND coalesce(c.merchant_id, m.merchant_id) IS NOT NULL"_s);
    m_campaigns.clear();
    m_byMerchant.clear();
    for (int row = 0; row < rows.rows(); ++row) {
        CampaignTerms terms;
        terms.id = rows.toInt(row, 0);
        terms.basisPoints = int(rows.toInt(row, 2));
        terms.capPerPayment = rows.toInt(row, 3);
        terms.customerCap = rows.toInt(row, 4);
        terms.period = CampaignTerms::periodFromName(rows.text(row, 5))
                           .value_or(CampaignTerms::Period::Campaign);
        terms.minAmount = rows.toInt(row, 6);
        terms.currency = rows.text(row, 7);
        terms.validFrom = rows.toInt(row, 8);
        terms.validTo = rows.toInt(row, 9);
        m_campaigns[terms.id] = terms;
        m_byMerchant[rows.text(row, 1)].push_back(terms.id);
    }
}

std::vector<CashbackComputer::Event> CashbackComputer::readEvents(PgConnection& store)
{
    const PgResult rows = store.exec(
        u"SELECT e.tx::text, e.seq, e.payment_id, e.merchant_id, e.status, e.amount, e.currency,"
        " (extract(epoch FROM e.occurred_at) * 1000000)::bigint, e.extra ->> 'customer_id'"
        " FROM payops.payment_events AS e"
        " WHERE (e.tx, e.seq) > ($1::xid8, $2::bigint)"
        " AND e.tx < (SELECT pg_snapshot_xmin(pg_current_snapshot()))"
        " ORDER BY e.tx, e.seq LIMIT $3"_s,
        {m_cursorTx, m_cursorSeq, m_options.batch});
    std::vector<Event> events;
    events.reserve(size_t(rows.rows()));
    for (int row = 0; row < rows.rows(); ++row) {
        events.push_back(Event{rows.text(row, 0), rows.toInt(row, 1), rows.text(row, 2),
                               rows.text(row, 3), rows.text(row, 4), rows.toInt(row, 5),
                               rows.text(row, 6), rows.toInt(row, 7), rows.text(row, 8)});
    }
    m_counters.eventsRead += qint64(events.size());
    return events;
}

// The cashbacks already earned by the batch's payments (a payment earns once).
void CashbackComputer::loadEarned(PgConnection& store, const std::vector<Event>& events)
{
    QStringList payments;
    for (const Event& event : events) {
        if (event.status == u"captured" || event.status == u"refunded")
            payments.append(event.paymentId);
    }
    m_earned.clear();
    if (payments.isEmpty())
        return;
    const PgResult rows = store.exec(
        u"SELECT c.payment_id, c.campaign_id, c.account_id,"
        " (extract(epoch FROM coalesce(c.period_start, c.created_at)) * 1000000)::bigint,"
        " c.amount, c.refunded_at IS NOT NULL"
        " FROM payops.cashbacks AS c WHERE c.payment_id = ANY ($1::text[])"_s,
        {payments});
    for (int row = 0; row < rows.rows(); ++row)
        m_earned.insert(rows.text(row, 0),
                        Earned{rows.toInt(row, 1), rows.text(row, 2), rows.toInt(row, 3),
                               rows.toInt(row, 4), rows.text(row, 5) == u"t"});
}

// Refunds that reached the store before their payment's capture (another ingest, out of
// order): the cashback is reversed as soon as it is made.
void CashbackComputer::loadEarlierRefunds(PgConnection& store, const std::vector<Event>& events)
{
    QStringList payments;
    for (const Event& event : events) {
        if (event.status == u"captured" && !m_earned.contains(event.paymentId))
            payments.append(event.paymentId);
    }
    m_refundedEarlier.clear();
    if (payments.isEmpty())
        return;
    const PgResult rows = store.exec(
        u"SELECT e.payment_id, (extract(epoch FROM max(e.occurred_at)) * 1000000)::bigint"
        " FROM payops.payment_events AS e"
        " WHERE e.payment_id = ANY ($1::text[]) AND e.status = 'refunded'"
        " AND (e.tx, e.seq) <= ($2::xid8, $3::bigint) GROUP BY 1"_s,
        // Up to the batch's last event: a refund read before its capture in this very batch
        // is earlier too (one after it finds the cashback already reversed).
        {payments, events.back().tx, events.back().seq});
    for (int row = 0; row < rows.rows(); ++row)
        m_refundedEarlier.insert(rows.text(row, 0), rows.toInt(row, 1));
}

// What each customer already earned in the periods the batch's payments fall in.
void CashbackComputer::loadUsage(PgConnection& store, const std::vector<Event>& events)
{
    QList<qint64> campaignIds, periods;
    QStringList accounts;
    for (const Event& event : events) {
        if (event.status != u"captured" || event.customerId.isEmpty())
            continue;
        for (const qint64 id : m_byMerchant.value(event.merchantId)) {
            const CampaignTerms& terms = m_campaigns.at(id);
            if (terms.customerCap <= 0)
                continue;
            campaignIds.append(id);
            accounts.append(event.customerId);
            periods.append(CashbackCalculator::periodStart(terms, event.occurredAt));
        }
    }
    m_usage.clear();
    if (campaignIds.isEmpty())
        return;
    const PgResult rows = store.exec(
        u"SELECT k.campaign_id, k.account_id, k.period, u.amount"
        " FROM unnest($1::bigint[], $2::text[], $3::bigint[]) AS k(campaign_id, account_id, period)"
        " JOIN payops.cashback_customer_usage AS u ON u.campaign_id = k.campaign_id"
        " AND u.account_id = k.account_id"
        " AND u.period_start = 'epoch'::timestamptz + k.period * interval '1 microsecond'"_s,
        {QVariant::fromValue(campaignIds), accounts, QVariant::fromValue(periods)});
    for (int row = 0; row < rows.rows(); ++row)
        m_usage.insert(usageKey(rows.toInt(row, 0), rows.text(row, 1), rows.toInt(row, 2)),
                       rows.toInt(row, 3));
}

void CashbackComputer::computeBatch(PgConnection& store, const std::vector<Event>& events)
{
    loadEarned(store, events);
    loadEarlierRefunds(store, events);
    loadUsage(store, events);
    QJsonArray cashbacks, refunds;
    QHash<QString, qint64> deltas;
    int made = 0, reversed = 0;
    for (const Event& event : events) {
        if (event.status == u"captured") {
            if (m_earned.contains(event.paymentId))
                continue;
            std::vector<const CampaignTerms*> candidates;
            for (const qint64 id : m_byMerchant.value(event.merchantId))
                candidates.push_back(&m_campaigns.at(id));
            const CashbackPayment payment{event.amount, event.currency, event.occurredAt};
            const auto chosen =
                event.customerId.isEmpty()
                    ? std::nullopt
                    : CashbackCalculator::best(
                          candidates, payment, [&](const CampaignTerms& terms, qint64 start) {
                              return m_usage.value(usageKey(terms.id, event.customerId, start));
                          });
            if (!chosen) {
                ++m_counters.noCashback;
                continue;
            }
            const auto& [terms, decision] = *chosen;
            const QString key = usageKey(terms->id, event.customerId, decision.periodStart);
            m_usage[key] += decision.amount;
            deltas[key] += decision.amount;
            m_earned.insert(event.paymentId, Earned{terms->id, event.customerId,
                                                    decision.periodStart, decision.amount, false});
            cashbacks.append(
                QJsonObject{{u"payment_id"_s, event.paymentId},
                            {u"campaign_id"_s, terms->id},
                            {u"merchant_id"_s, event.merchantId},
                            {u"account_id"_s, event.customerId},
                            {u"payment_amount"_s, event.amount},
                            {u"amount"_s, decision.amount},
                            {u"currency"_s, event.currency},
                            {u"percent"_s, QString::number(terms->basisPoints / 100.0, 'f', 2)},
                            {u"period_start"_s, isoMicros(decision.periodStart)},
                            {u"captured_at"_s, isoMicros(event.occurredAt)}});
            ++made;
            if (m_refundedEarlier.contains(event.paymentId)) {
                m_earned[event.paymentId].refunded = true;
                m_usage[key] -= decision.amount;
                deltas[key] -= decision.amount;
                refunds.append(QJsonObject{
                    {u"payment_id"_s, event.paymentId},
                    {u"refunded_at"_s, isoMicros(m_refundedEarlier.value(event.paymentId))}});
                ++reversed;
            }
        } else if (event.status == u"refunded") {
            auto earned = m_earned.find(event.paymentId);
            if (earned == m_earned.end() || earned->refunded)
                continue;
            earned->refunded = true;
            const QString key =
                usageKey(earned->campaignId, earned->accountId, earned->periodStart);
            if (m_campaigns.count(earned->campaignId) == 0 ||
                m_campaigns.at(earned->campaignId).customerCap > 0) {
                m_usage[key] -= earned->amount;
                deltas[key] -= earned->amount;
            }
            refunds.append(QJsonObject{{u"payment_id"_s, event.paymentId},
                                       {u"refunded_at"_s, isoMicros(event.occurredAt)}});
            ++reversed;
        }
    }
    QJsonArray usage;
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        const QStringList parts = it.key().split(u'|');
        if (it.value() == 0 || parts.size() != 3)
            continue;
        usage.append(QJsonObject{{u"campaign_id"_s, parts[0].toLongLong()},
                                 {u"account_id"_s, parts[1]},
                                 {u"period_start"_s, isoMicros(parts[2].toLongLong())},
                                 {u"amount"_s, it.value()}});
    }
    const Event& last = events.back();
    auto json = [](const QJsonArray& array) {
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    };
    EngineRetry::execRetryingConflicts(
        store,
        u"SELECT payops.commit_cashback_batch($1::jsonb, $2::jsonb, $3::jsonb, $4::xid8,"
        " $5::bigint)"_s,
        {json(cashbacks), json(refunds), json(usage), last.tx, last.seq});
    m_cursorTx = last.tx;
    m_cursorSeq = last.seq;
    m_counters.computed += made;
    m_counters.reversals += reversed;
}

int CashbackComputer::publishOutbox(PgConnection& store, AmqpConnection& broker)
{
    const PgResult rows = store.exec(
        u"(SELECT c.id, 'credit' AS kind, c.account_id, c.amount, c.currency, c.payment_id"
        " FROM payops.cashbacks AS c WHERE c.published_at IS NULL ORDER BY c.id LIMIT $1)"
        " UNION ALL"
        " (SELECT c.id, 'reversal', c.account_id, c.amount, c.currency, c.payment_id"
        " FROM payops.cashbacks AS c"
        " WHERE c.refunded_at IS NOT NULL AND c.reversal_published_at IS NULL"
        " ORDER BY c.id LIMIT $1)"_s,
        {m_options.batch});
    if (rows.rows() == 0)
        return 0;
    std::map<quint64, int> sequenceRow;
    for (int row = 0; row < rows.rows(); ++row) {
        const QString kind = rows.text(row, 1);
        const QString key = kind + u':' + rows.text(row, 0);
        const QJsonObject message{{u"key"_s, key},
                                  {u"cashback_id"_s, rows.toInt(row, 0)},
                                  {u"kind"_s, kind},
                                  {u"account_id"_s, rows.text(row, 2)},
                                  {u"amount"_s, rows.toInt(row, 3)},
                                  {u"currency"_s, rows.text(row, 4)},
                                  {u"payment_id"_s, rows.text(row, 5)}};
        sequenceRow[broker.publish(QByteArray(), CreditQueue::name, key.toUtf8(),
                                   QJsonDocument(message).toJson(QJsonDocument::Compact))] = row;
    }
    const std::vector<quint64> failed = broker.waitForConfirms(confirmTimeout);
    for (const quint64 sequence : failed)
        sequenceRow.erase(sequence);
    QList<qint64> credits, reversals;
    for (const auto& [sequence, row] : sequenceRow)
        (rows.text(row, 1) == u"credit" ? credits : reversals).append(rows.toInt(row, 0));
    EngineRetry::execRetryingConflicts(
        store, u"SELECT payops.mark_cashbacks_published($1::bigint[], $2::bigint[])"_s,
        {QVariant::fromValue(credits), QVariant::fromValue(reversals)});
    m_counters.published += credits.size() + reversals.size();
    m_counters.publishFailures += qint64(failed.size());
    if (!failed.empty())
        log(u"compute: the broker refused %1 messages; they are sent again"_s.arg(failed.size()));
    return int(credits.size() + reversals.size());
}

// Sleeps until a NOTIFY arrives (new events, campaign changes) or a short while passes.
void CashbackComputer::wait(PgConnection& store)
{
    pollfd descriptor{store.socket(), POLLIN, 0};
    ::poll(&descriptor, 1, 200);
}
