#include "BalanceWorker.h"
#include "metrics/EngineLog.h"

#include "CashbackCounters.h"
#include "CreditQueue.h"
#include "EngineRetry.h"
#include "store/PgConnection.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr auto drainQuiet = std::chrono::milliseconds(1500);

void log(const QString& line)
{
    EngineLog::line(u"payops cashback: "_s + line);
}

bool isInteger(const QJsonValue& value)
{
    const double number = value.toDouble(0.5);
    return value.isDouble() && number == std::floor(number) && std::abs(number) < 9.0e15;
}

// The store's view of one delivery: its fields, or a reason when it cannot be read.
QJsonObject toStoreItem(const AmqpDelivery& delivery)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(delivery.body, &error);
    // jsonb refuses NUL characters: such a message is poison, and is recorded without them.
    const auto text = [](const QByteArray& bytes) {
        return QString::fromUtf8(bytes).replace(QChar(0), QChar(0xFFFD));
    };
    const QString body = text(delivery.body.left(2000));
    QString key = text(delivery.messageId);
    QJsonObject item = document.isObject() ? document.object() : QJsonObject();
    if (key.isEmpty())
        key = item.value(u"key"_s).toString();
    if (key.isEmpty())
        key = u"md5:"_s +
              QString::fromLatin1(
                  QCryptographicHash::hash(delivery.body, QCryptographicHash::Md5).toHex());
    QString reason;
    if (delivery.body.contains('\0') || delivery.body.contains("\\u0000"))
        reason = u"body: contains a NUL character"_s;
    else if (error.error != QJsonParseError::NoError)
        reason = u"body: not JSON ("_s + error.errorString() + u')';
    else if (!document.isObject())
        reason = u"body: not a JSON object"_s;
    else if (item.value(u"key"_s).toString() != key)
        reason = u"key: differs from the message id"_s;
    else if (!isInteger(item.value(u"cashback_id"_s)))
        reason = u"cashback_id: must be an integer"_s;
    else if (!isInteger(item.value(u"amount"_s)))
        reason = u"amount: must be an integer (minor units)"_s;
    if (!reason.isEmpty())
        item = QJsonObject{{u"reason"_s, reason}};
    item.insert(u"key"_s, key);
    item.insert(u"body"_s, body);
    return item;
}

} // namespace

BalanceWorker::BalanceWorker(Options options, CashbackCounters& counters,
                             const std::atomic<bool>& stop)
    : m_options(std::move(options))
    , m_counters(counters)
    , m_stop(stop)
{}

void BalanceWorker::run()
{
    EngineRetry::runReconnecting("credit", m_stop, m_counters.reconnects,
                                 [this] { return session(); });
}

// --drain: done once the publishers are, nothing came for a while since, and the queue has
// nothing ready (asked on a connection of its own: an RPC on the consuming channel would
// interleave with deliveries).
bool BalanceWorker::drained(std::chrono::steady_clock::time_point lastMessage)
{
    if (!m_options.drain || (m_options.publishersDone && !*m_options.publishersDone))
        return false;
    const auto now = std::chrono::steady_clock::now();
    if (!m_publishersDoneAt)
        m_publishersDoneAt = now;
    if (now - std::max(lastMessage, *m_publishersDoneAt) < drainQuiet)
        return false;
    return AmqpConnection::open(m_options.broker).readyMessages(CreditQueue::name) == 0;
}

bool BalanceWorker::session()
{
    PgConnection store = PgConnection::open(m_options.dsn);
    AmqpConnection broker = AmqpConnection::open(m_options.broker);
    CreditQueue::declare(broker);
    broker.setPrefetch(m_options.prefetch);
    broker.consume(CreditQueue::name);
    std::vector<AmqpDelivery> batch;
    auto lastMessage = std::chrono::steady_clock::now();
    while (!m_stop) {
        // Waiting briefly for more fills a batch under load without delaying a lone message.
        const auto timeout = std::chrono::milliseconds(batch.empty() ? 200 : 5);
        std::optional<AmqpDelivery> delivery = broker.next(timeout);
        if (delivery) {
            lastMessage = std::chrono::steady_clock::now();
            batch.push_back(std::move(*delivery));
            if (int(batch.size()) < m_options.batch)
                continue;
        }
        if (!batch.empty()) {
            apply(store, broker, batch);
            batch.clear();
        } else if (drained(lastMessage)) {
            return true;
        }
    }
    return true;
}

void BalanceWorker::apply(PgConnection& store, AmqpConnection& broker,
                          const std::vector<AmqpDelivery>& batch)
{
    QJsonArray items;
    for (const AmqpDelivery& delivery : batch)
        items.append(toStoreItem(delivery));
    const QString json = QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact));
    const PgResult outcomes = EngineRetry::execRetryingConflicts(
        store, u"SELECT item, outcome, reason FROM payops.apply_cashback_credits($1::jsonb)"_s,
        {json});
    quint64 lastGood = 0;
    for (int row = 0; row < outcomes.rows(); ++row) {
        const size_t index = size_t(outcomes.toInt(row, 0) - 1);
        const QString outcome = outcomes.text(row, 1);
        if (index >= batch.size())
            continue;
        if (outcome == u"dead") {
            broker.reject(batch[index].tag, false);
            ++m_counters.deadLettered;
            log(u"credit: dead-lettered %1: %2"_s.arg(
                items[qsizetype(index)].toObject().value(u"key"_s).toString(),
                outcomes.text(row, 2)));
            continue;
        }
        ++(outcome == u"applied" ? m_counters.credited : m_counters.duplicates);
        lastGood = std::max(lastGood, batch[index].tag);
    }
    if (lastGood > 0)
        broker.ack(lastGood, true);
}
