#include "CashbackTime.h"

#include "DisplayFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace CashbackTime {

QString text(const QDateTime& at)
{
    return DisplayFormat::dateTime(at, true);
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return u'−' + duration(-ms);
    if (ms < 1000)
        return QCoreApplication::translate("CashbackTime", "%1 ms").arg(ms);
    if (ms < 60'000)
        return QCoreApplication::translate("CashbackTime", "%1 s")
            .arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    if (ms < 3'600'000)
        return QCoreApplication::translate("CashbackTime", "%1 min %2 s")
            .arg(ms / 60'000)
            .arg((ms / 1000) % 60);
    return QCoreApplication::translate("CashbackTime", "%1 h %2 min")
        .arg(ms / 3'600'000)
        .arg((ms / 60'000) % 60);
}

} // namespace CashbackTime
