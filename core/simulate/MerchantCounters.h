#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>

// What one simulated merchant saw. A repeat is a webhook-id that came before (a retry);
// a duplicate is one that had already been answered 2xx (delivered twice).
struct MerchantCounters
{
    qint64 received = 0;
    qint64 verified = 0;
    qint64 badSignatures = 0;
    qint64 accepted = 0;
    qint64 repeats = 0;
    qint64 duplicates = 0;
    QMap<QString, qint64> answers; // "200", "503", "reset", "hang" -> count
    QSet<QByteArray> seenIds;
    QSet<QByteArray> deliveredIds;

    QJsonObject toJson() const;
};
