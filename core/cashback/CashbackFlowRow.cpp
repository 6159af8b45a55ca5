#include "CashbackFlowRow.h"

QList<CashbackFlowRow> CashbackFlowRow::fromResult(const QueryResult& result)
{
    const auto column = [&result](const char* name) {
        return result.column(QString::fromLatin1(name));
    };
    const int id = column("id");
    const int payment = column("payment_id");
    const int merchant = column("merchant_id");
    const int account = column("account_id");
    const int campaign = column("campaign_id");
    const int campaignName = column("campaign_name");
    const int paymentAmount = column("payment_amount");
    const int amount = column("amount");
    const int currency = column("currency");
    const int percent = column("percent");
    const int state = column("state");
    const int capturedAt = column("captured_at");
    const int createdAt = column("created_at");
    const int createdKey = column("created_key");
    const int publishedAt = column("published_at");
    const int creditedAt = column("credited_at");
    const int refundedAt = column("refunded_at");
    const int reversalPublishedAt = column("reversal_published_at");
    const int reversedAt = column("reversed_at");
    const int deadLetteredAt = column("dead_lettered_at");
    const int deadReason = column("dead_reason");
    const int deadKind = column("dead_kind");
    QList<CashbackFlowRow> rows;
    rows.reserve(result.rows.size());
    for (const QVariantList& values : result.rows) {
        CashbackFlowRow row;
        row.id = values.value(id).toLongLong();
        row.paymentId = values.value(payment).toString();
        row.merchantId = values.value(merchant).toString();
        row.accountId = values.value(account).toString();
        row.campaignId = values.value(campaign).toLongLong();
        row.campaignName = values.value(campaignName).toString();
        row.paymentAmount = values.value(paymentAmount).toLongLong();
        row.amount = values.value(amount).toLongLong();
        row.currency = values.value(currency).toString();
        row.percent = values.value(percent).toString();
        row.state = values.value(state).toString();
        row.capturedAt = values.value(capturedAt).toDateTime();
        row.createdAt = values.value(createdAt).toDateTime();
        row.createdKey = values.value(createdKey).toString();
        row.publishedAt = values.value(publishedAt).toDateTime();
        row.creditedAt = values.value(creditedAt).toDateTime();
        row.refundedAt = values.value(refundedAt).toDateTime();
        row.reversalPublishedAt = values.value(reversalPublishedAt).toDateTime();
        row.reversedAt = values.value(reversedAt).toDateTime();
        row.deadLetteredAt = values.value(deadLetteredAt).toDateTime();
        row.deadReason = values.value(deadReason).toString();
        row.deadKind = values.value(deadKind).toString();
        rows.append(row);
    }
    return rows;
}

QString CashbackFlowRow::stage() const
{
    return isDeadLettered() ? QStringLiteral("dead_lettered") : state;
}
