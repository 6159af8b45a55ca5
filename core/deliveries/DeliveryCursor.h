#pragma once

#include <QString>

// A position in the delivery log, newest first: a page starts after the delivery it names.
// createdAt is the store's own text of the timestamp: QDateTime would drop its microseconds,
// and a cursor a few microseconds early skips the rows in between.
struct DeliveryCursor
{
    QString createdAt;
    qint64 id = 0;

    bool isValid() const { return id > 0 && !createdAt.isEmpty(); }
    bool operator==(const DeliveryCursor&) const = default;
};
