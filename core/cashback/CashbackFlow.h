#pragma once

#include "CashbackFlowRow.h"
#include "CashbackStage.h"
#include "store/Query.h"

#include <optional>

// One payment's way from capture to credit (the row of CashbackFlowQuery::flow()), and the
// stages it went through.
struct CashbackFlow
{
    QString paymentId;
    QDateTime capturedEventAt; // of the payment's events, whether or not it earned a cashback
    QDateTime refundedEventAt;
    QString merchantId;
    qint64 capturedAmount = 0;
    QString currency;
    QString customerId; // the events' customer_id, when they carry one
    std::optional<CashbackFlowRow> cashback;
    QDateTime creditEntryAt; // the ledger's entries for the cashback
    QDateTime reversalEntryAt;

    bool paymentSeen() const { return !merchantId.isEmpty(); }
    // In order; stages not reached yet are Waiting. A refund adds Refunded, ReversalQueued
    // and Reversed; a dead letter stands in for the stage it stopped.
    QList<CashbackStage> stages() const;

    // An empty flow (paymentId empty) when the result has no row.
    static CashbackFlow fromResult(const QueryResult& result);
};
