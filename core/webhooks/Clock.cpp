#include "Clock.h"

#include <QtGlobal>

namespace Clock {

qint64 offsetSeconds()
{
    static const qint64 offset = [] {
        bool ok = false;
        const qint64 seconds = qEnvironmentVariable("PAYOPS_CLOCK_OFFSET").toLongLong(&ok);
        return ok ? seconds : 0;
    }();
    return offset;
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc().addSecs(offsetSeconds());
}

} // namespace Clock
