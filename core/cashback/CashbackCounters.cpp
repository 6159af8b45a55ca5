#include "CashbackCounters.h"

namespace {

void metric(QByteArray& out, const char* name, const char* help, std::int64_t value)
{
    out.append("# HELP payops_cashback_").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE payops_cashback_").append(name).append(" counter\n");
    out.append("payops_cashback_").append(name).append(' ').append(QByteArray::number(value));
    out.append('\n');
}

} // namespace

QByteArray CashbackCounters::prometheus() const
{
    QByteArray out;
    metric(out, "events_read_total", "Payment events read by the compute stage.", eventsRead);
    metric(out, "computed_total", "Cashbacks computed.", computed);
    metric(out, "no_cashback_total", "Captured payments that earned no cashback.", noCashback);
    metric(out, "reversals_total", "Refunds that reverse a cashback.", reversals);
    metric(out, "published_total", "Credit and reversal messages confirmed by the broker.",
           published);
    metric(out, "publish_failures_total", "Messages the broker nacked or returned.",
           publishFailures);
    metric(out, "credited_total", "Ledger entries written by the balance workers.", credited);
    metric(out, "duplicates_total", "Redelivered messages that changed nothing.", duplicates);
    metric(out, "dead_lettered_total", "Messages sent to the dead-letter queue.", deadLettered);
    metric(out, "reconnects_total", "Reconnections to the store or the broker.", reconnects);
    return out;
}

QByteArray CashbackCounters::summary() const
{
    const std::pair<std::int64_t, const char*> parts[] = {
        {computed, " computed, "},     {reversals, " reversals, "},
        {published, " published, "},   {credited, " credited, "},
        {duplicates, " duplicates, "}, {deadLettered, " dead-lettered, "},
        {reconnects, " reconnects"},
    };
    QByteArray line("cashback: ");
    for (const auto& [value, label] : parts)
        line.append(QByteArray::number(value)).append(label);
    return line;
}
