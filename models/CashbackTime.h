#pragma once

#include <QDateTime>
#include <QString>

// How the Cashback models write times and durations.
namespace CashbackTime {

// Local time "yyyy-MM-dd HH:mm:ss.zzz", or empty for an invalid time.
QString text(const QDateTime& at);
// "850 ms", "12.4 s", "3 min 5 s", "2 h 10 min".
QString duration(qint64 milliseconds);

} // namespace CashbackTime
