#include "CashbackCounters.h"

#include "metrics/PrometheusText.h"

QByteArray CashbackCounters::prometheus() const
{
    PrometheusText text;
    text.counter("payops_cashback_events_read_total", "Payment events read by the compute stage.",
                 double(eventsRead));
    text.family("payops_cashback_cashbacks_total", "counter",
                "Captured payments and refunds judged by the compute stage, by outcome.");
    text.sample("payops_cashback_cashbacks_total", double(computed), {{"outcome", "earned"}});
    text.sample("payops_cashback_cashbacks_total", double(noCashback), {{"outcome", "none"}});
    text.sample("payops_cashback_cashbacks_total", double(reversals), {{"outcome", "reversed"}});
    text.family("payops_cashback_messages_published_total", "counter",
                "Credit and reversal messages published, by the broker's answer.");
    text.sample("payops_cashback_messages_published_total", double(published),
                {{"outcome", "confirmed"}});
    text.sample("payops_cashback_messages_published_total", double(publishFailures),
                {{"outcome", "failed"}});
    text.family("payops_cashback_credits_total", "counter",
                "Credit messages taken by the balance workers, by outcome.");
    text.sample("payops_cashback_credits_total", double(credited), {{"outcome", "applied"}});
    text.sample("payops_cashback_credits_total", double(duplicates), {{"outcome", "duplicate"}});
    text.sample("payops_cashback_credits_total", double(deadLettered),
                {{"outcome", "dead_lettered"}});
    text.counter("payops_cashback_reconnects_total", "Reconnections to the store or the broker.",
                 double(reconnects));
    return text.text();
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
