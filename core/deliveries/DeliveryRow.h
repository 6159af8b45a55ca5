#pragma once

#include "DeliveryCursor.h"
#include "store/Query.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One delivery as the search lists it (the columns of DeliverySearchQuery::page()).
struct DeliveryRow
{
    qint64 id = 0;
    QDateTime createdAt;
    QString createdKey; // createdAt exactly, as the store wrote it (see DeliveryCursor)
    QDateTime eventAt;
    QString eventId;
    QString type;
    QString merchantId;
    QString paymentId;
    qint64 endpointId = 0;
    QString url;
    QString state;
    int attempts = 0;
    int lastHttpStatus = 0; // 0 when no attempt got an HTTP answer
    QString lastError;
    QDateTime nextAttemptAt;

    DeliveryCursor cursor() const { return {createdKey, id}; }

    static QList<DeliveryRow> fromResult(const QueryResult& result);
};
