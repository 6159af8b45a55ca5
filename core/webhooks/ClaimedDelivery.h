#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// A delivery a dispatcher holds the lease of, with what sending it needs.
struct ClaimedDelivery
{
    qint64 id = 0;
    QString eventId;
    qint64 endpointId = 0;
    // Attempts made before this one.
    int attemptCount = 0;
    // Who asked for a manual retry; empty for scheduled work.
    QString manualBy;
    QByteArray payload;
    QString url;
    QByteArray secret; // empty when the endpoint has none
    // The endpoint as the store had it at the claim.
    int maxInFlight = 16;
    int ratePerSecond = 0; // 0: unlimited
    QString circuitState;
    QDateTime circuitOpenedAt;
    int consecutiveFailures = 0;
    QDateTime failingSince;

    QString trigger() const
    {
        return manualBy.isEmpty() ? QStringLiteral("schedule") : u"manual:" + manualBy;
    }
};
