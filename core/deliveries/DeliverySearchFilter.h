#pragma once

#include <QDateTime>
#include <QString>

// What the Deliveries page searches for. Empty fields do not filter. The time range is on the
// delivery's creation (which is when its event was offered), from inclusive, to exclusive.
struct DeliverySearchFilter
{
    QString merchantId;
    QString paymentId;
    QString eventId;
    // An endpoint id (digits only) or a fragment of its URL (case-insensitive).
    QString endpoint;
    QString state; // pending, in_flight, failed, succeeded, dead
    QDateTime from;
    QDateTime to;

    // The endpoint field as an id, or 0 when it is a URL fragment or empty.
    qint64 endpointId() const;
    QString urlFragment() const;
    // Only event id or payment id given: a handful of deliveries at most.
    bool isNarrow() const { return !eventId.isEmpty() || !paymentId.isEmpty(); }
    bool constrainsEndpoints() const { return !merchantId.isEmpty() || !endpoint.isEmpty(); }

    bool operator==(const DeliverySearchFilter&) const = default;
};
