#include "DetectMetrics.h"

#include "metrics/PrometheusText.h"

#include <utility>

using namespace Qt::StringLiterals;

QString DetectMetrics::summary() const
{
    return u"%1 events, %2 windows, %3 downtimes opened, %4 resolved, %5 late events, "
           u"%6 shards held"_s.arg(QString::number(events), QString::number(windows),
                                   QString::number(opened), QString::number(resolved),
                                   QString::number(late), QString::number(shards));
}

QByteArray DetectMetrics::prometheus() const
{
    PrometheusText text;
    const struct
    {
        const char* name;
        const char* help;
        qint64 value;
    } counters[] = {
        {"payops_detect_events_total", "Payment events read.", events},
        {"payops_detect_windows_total", "Success-rate windows written.", windows},
        {"payops_detect_downtimes_opened_total", "Downtimes opened.", opened},
        {"payops_detect_downtimes_resolved_total", "Downtimes resolved.", resolved},
        {"payops_detect_late_events_total", "Events older than a closed window (not applied).",
         late},
        {"payops_detect_commits_total", "Transactions that saved results and shard state.",
         commits},
        {"payops_detect_shards_claimed_total", "Shards taken (free or expired leases).", takeovers},
        {"payops_detect_shards_lost_total", "Shards lost to an expired lease.", lost},
    };
    for (const auto& counter : counters)
        text.counter(counter.name, counter.help, double(counter.value));
    text.gauge("payops_detect_shards_held", "Shards this detector holds.", double(shards));
    text.gauge("payops_detect_cohorts_watched",
               "(rule, cohort) pairs with a window in the last 10 minutes of event time.",
               double(cohorts));
    text.gauge("payops_detect_lag_seconds",
               "Wall clock minus the newest event time this detector has read.", lagSeconds);
    text.gauge("payops_detect_store_connected", "1 when connected to the store.",
               storeConnected ? 1 : 0);
    return text.text();
}
