#pragma once

#include <QDateTime>

// A position in the delivery log, newest first: a page starts after the delivery it names.
struct DeliveryCursor
{
    QDateTime createdAt;
    qint64 id = 0;

    bool isValid() const { return id > 0 && createdAt.isValid(); }
    bool operator==(const DeliveryCursor&) const = default;
};
