#pragma once

#include <QString>

// A position in the cashback list, newest first: a page starts after the cashback it names.
// createdAt is the store's own text of the timestamp (QDateTime drops microseconds).
struct CashbackCursor
{
    QString createdAt;
    qint64 id = 0;

    bool isValid() const { return id > 0 && !createdAt.isEmpty(); }
    bool operator==(const CashbackCursor&) const = default;
};
