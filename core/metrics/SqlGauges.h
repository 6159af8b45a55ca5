#pragma once

#include "store/PgConnection.h"

#include <QByteArray>
#include <QString>
#include <chrono>
#include <optional>

// A gauge family read from the store for /metrics: `sql` returns rows (label value, number);
// each row becomes one sample labelled `label`. Its own connection (reopened after a
// failure); read at most every `every` — the text between reads is the last one.
class SqlGauges
{
public:
    struct Family
    {
        const char* name;
        const char* help;
        const char* label;
        QString sql;
    };

    SqlGauges(QString dsn, Family family,
              std::chrono::milliseconds every = std::chrono::seconds(5));

    QByteArray render();

private:
    QString m_dsn;
    Family m_family;
    std::chrono::milliseconds m_every;
    std::optional<PgConnection> m_db;
    QByteArray m_last;
    std::optional<std::chrono::steady_clock::time_point> m_readAt;
};
