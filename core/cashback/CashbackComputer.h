#pragma once

#include "AmqpConnection.h"
#include "CashbackCalculator.h"

#include <QHash>
#include <QString>
#include <atomic>
#include <map>
#include <vector>

class PgConnection;
struct CashbackCounters;

// The compute stage of `payops cashback`: reads captured and refunded payment events after its
// durable cursor ((tx, seq) below the snapshot's xmin, so nothing commits behind it), computes
// each payment's cashback once with CashbackCalculator, records refunds for reversal, and
// commits cashbacks, usage and cursor in one transaction (payops.commit_cashback_batch). Then it
// publishes the outbox (cashbacks not yet confirmed) to payops.credits, persistent, with
// publisher confirms, and marks what the broker confirmed. One compute stage works at a time
// (a session advisory lock); others wait. Store and broker losses: reconnect with backoff.
class CashbackComputer
{
public:
    struct Options
    {
        QString dsn;
        AmqpEndpoint broker;
        int batch = 2000;
        bool drain = false;
    };

    CashbackComputer(Options options, CashbackCounters& counters, const std::atomic<bool>& stop);
    void run();

private:
    struct Event;
    struct Earned
    {
        qint64 campaignId = 0;
        QString accountId;
        qint64 periodStart = 0;
        qint64 amount = 0;
        bool refunded = false;
    };

    bool session();
    bool lock(PgConnection& store);
    bool heldBack(PgConnection& store);
    void loadCampaigns(PgConnection& store);
    std::vector<Event> readEvents(PgConnection& store);
    void computeBatch(PgConnection& store, const std::vector<Event>& events);
    void loadEarned(PgConnection& store, const std::vector<Event>& events);
    void loadUsage(PgConnection& store, const std::vector<Event>& events);
    void loadEarlierRefunds(PgConnection& store, const std::vector<Event>& events);
    int publishOutbox(PgConnection& store, AmqpConnection& broker);
    bool campaignsChanged(PgConnection& store);
    void wait(PgConnection& store);

    Options m_options;
    CashbackCounters& m_counters;
    const std::atomic<bool>& m_stop;
    QString m_cursorTx;
    qint64 m_cursorSeq = 0;
    std::map<qint64, CampaignTerms> m_campaigns;
    QHash<QString, std::vector<qint64>> m_byMerchant;
    QHash<QString, Earned> m_earned; // payment id → its cashback, for this batch
    QHash<QString, qint64> m_usage;  // campaign|account|period → earned so far
    // Payments of the batch refunded by an event that came before their capture.
    QHash<QString, qint64> m_refundedEarlier; // payment id → refund time
};
