#include "DispatchMetrics.h"

#include "metrics/PrometheusText.h"

#include <utility>

using namespace Qt::StringLiterals;

QString DispatchMetrics::summary() const
{
    QString line = u"%1 delivered, %2 failed (retry scheduled), %3 dead, %4 in flight"_s.arg(
        QString::number(delivered), QString::number(failed), QString::number(dead),
        QString::number(inFlight));
    if (refused > 0)
        line += u", %1 refused by the URL policy"_s.arg(refused);
    return line;
}

QByteArray DispatchMetrics::prometheus() const
{
    PrometheusText text;
    text.family("payops_dispatch_attempts_total", "counter",
                "Attempts by result: delivered, failed (retry scheduled), dead, refused (not "
                "sent by the URL policy).");
    const std::pair<const char*, qint64> results[] = {
        {"delivered", delivered}, {"failed", failed}, {"dead", dead}, {"refused", refused}};
    for (const auto& [name, value] : results)
        text.sample("payops_dispatch_attempts_total", double(value), {{"result", name}});
    text.family("payops_dispatch_deliveries_total", "counter",
                "Deliveries finished by this dispatcher, by outcome.");
    text.sample("payops_dispatch_deliveries_total", double(delivered), {{"outcome", "succeeded"}});
    text.sample("payops_dispatch_deliveries_total", double(dead), {{"outcome", "dead"}});
    latency.write(text, "payops_dispatch_attempt_duration_seconds",
                  "Time from sending an attempt to its response or error.");
    text.gauge("payops_dispatch_in_flight", "Attempts sent and not answered yet.",
               double(inFlight));
    text.gauge("payops_dispatch_held", "Deliveries claimed and held (queued or in flight).",
               double(held));
    text.gauge("payops_dispatch_unrecorded_attempts",
               "Attempts finished but not yet written to the store.", double(unrecorded));
    text.gauge("payops_dispatch_open_circuits", "Endpoints whose circuit is not closed.",
               double(openCircuits));
    if (dueUnclaimed >= 0)
        text.gauge("payops_dispatch_due_unclaimed_deliveries",
                   "Deliveries due now that no dispatcher holds (read every few seconds).",
                   double(dueUnclaimed));
    if (dueUnclaimed >= 0)
        text.gauge("payops_dispatch_due_lag_seconds",
                   "How long the oldest due, unclaimed delivery has waited.", dueLagSeconds);
    text.gauge("payops_dispatch_store_connected", "1 when connected to the store.",
               storeConnected ? 1 : 0);
    return text.text();
}
