#include "CashbackFlow.h"

#include "MinorAmount.h"

namespace {

CashbackStage stage(CashbackStage::Kind kind, const QDateTime& at, const QString& detail = {})
{
    return {kind, at.isValid() ? CashbackStage::Done : CashbackStage::Waiting, at, detail};
}

QDateTime either(const QDateTime& first, const QDateTime& second)
{
    return first.isValid() ? first : second;
}

// The stage a dead letter stopped, or the stage itself when it was reached.
CashbackStage applied(CashbackStage::Kind kind, const QDateTime& at, const CashbackFlowRow& c,
                      const QString& messageKind, const QString& detail = {})
{
    if (!at.isValid() && c.isDeadLettered() && (c.deadKind == messageKind || c.deadKind.isEmpty()))
        return {CashbackStage::DeadLettered, CashbackStage::Failed, c.deadLetteredAt, c.deadReason};
    return stage(kind, at, detail);
}

} // namespace

QList<CashbackStage> CashbackFlow::stages() const
{
    const QDateTime captured =
        either(cashback ? cashback->capturedAt : QDateTime(), capturedEventAt);
    QList<CashbackStage> stages;
    stages << stage(CashbackStage::Captured, captured,
                    capturedEventAt.isValid() ? MinorAmount::text(capturedAmount, currency)
                                              : QString());
    if (!cashback) {
        if (captured.isValid())
            stages << CashbackStage{CashbackStage::NoCashback, CashbackStage::Done, {}, merchantId};
        return stages;
    }
    const CashbackFlowRow& c = *cashback;
    // the view adds the percentage in its language's format (c.percent)
    stages << stage(CashbackStage::Computed, c.createdAt, MinorAmount::text(c.amount, c.currency));
    stages << stage(CashbackStage::Queued, c.publishedAt);
    const bool reversing = c.refundedAt.isValid() || refundedEventAt.isValid() ||
                           c.state == u"reversal_pending" || c.state == u"reversed";
    stages << applied(CashbackStage::Credited, either(c.creditedAt, creditEntryAt), c,
                      QStringLiteral("credit"), c.accountId);
    if (reversing) {
        stages << stage(CashbackStage::Refunded, either(c.refundedAt, refundedEventAt));
        stages << stage(CashbackStage::ReversalQueued, c.reversalPublishedAt);
        stages << applied(CashbackStage::Reversed, either(c.reversedAt, reversalEntryAt), c,
                          QStringLiteral("reversal"), c.accountId);
    }
    return stages;
}

CashbackFlow CashbackFlow::fromResult(const QueryResult& result)
{
    CashbackFlow flow;
    if (!result.ok() || result.rows.isEmpty())
        return flow;
    const QVariantList& row = result.rows.first();
    const auto value = [&](const char* name) {
        return row.value(result.column(QString::fromLatin1(name)));
    };
    flow.paymentId = value("searched_payment").toString();
    flow.capturedEventAt = value("captured_event_at").toDateTime();
    flow.refundedEventAt = value("refunded_event_at").toDateTime();
    flow.merchantId = value("payment_merchant").toString();
    flow.capturedAmount = value("captured_amount").toLongLong();
    flow.currency = value("payment_currency").toString();
    flow.customerId = value("customer_id").toString();
    flow.creditEntryAt = value("credit_entry_at").toDateTime();
    flow.reversalEntryAt = value("reversal_entry_at").toDateTime();
    if (!value("id").isNull())
        flow.cashback = CashbackFlowRow::fromResult(result).first();
    return flow;
}
