#pragma once

#include "CashbackCursor.h"
#include "store/Query.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One cashback as the search lists it (the columns of CashbackFlowQuery::search()).
struct CashbackFlowRow
{
    qint64 id = 0;
    QString paymentId;
    QString merchantId;
    QString accountId;
    qint64 campaignId = 0;
    QString campaignName;
    qint64 paymentAmount = 0;
    qint64 amount = 0;
    QString currency;
    QString percent; // as the store wrote it ("2.50"); empty for cashbacks older than 009
    QString state;   // pending, published, credited, reversal_pending, reversed
    // The stage times (009_cashback.sql); invalid until reached.
    QDateTime capturedAt;
    QDateTime createdAt; // computed
    QString createdKey;  // createdAt exactly, as the store wrote it (see CashbackCursor)
    QDateTime publishedAt;
    QDateTime creditedAt;
    QDateTime refundedAt;
    QDateTime reversalPublishedAt;
    QDateTime reversedAt;
    // Set while the last message of this cashback sits dead-lettered (a requeue clears it).
    QDateTime deadLetteredAt;
    QString deadReason; // the newest dead letter's reason and kind (credit | reversal)
    QString deadKind;

    CashbackCursor cursor() const { return {createdKey, id}; }
    bool isDeadLettered() const { return deadLetteredAt.isValid(); }
    // The state as the console words it: dead-lettered wins over the store's state.
    QString stage() const;

    static QList<CashbackFlowRow> fromResult(const QueryResult& result);
};
