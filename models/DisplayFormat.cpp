#include "DisplayFormat.h"

#include <QLocale>
#include <cmath>

QString DisplayFormat::percent(double fraction, char format, int precision)
{
    if (std::isnan(fraction))
        return QStringLiteral("—");
    //: A percentage: %1 is the number (85.5); the sign's place and spacing per language
    return tr("%1 %").arg(QLocale().toString(fraction * 100, format, precision));
}

QString DisplayFormat::storedPercent(const QString& stored)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(stored, &ok);
    if (!ok)
        return stored;
    const qsizetype point = stored.indexOf(u'.');
    return percent(value / 100, 'f', point < 0 ? 0 : int(stored.size() - point - 1));
}

QString DisplayFormat::dateTime(const QDateTime& at, bool milliseconds)
{
    if (!at.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' +
           locale.toString(local.time(), timeFormat(milliseconds));
}

QString DisplayFormat::timeOfDay(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime().time(), timeFormat(false));
}

// The locale's short time format ("HH:mm", "h:mm AP") with seconds (and milliseconds) added
// after the minutes where it has none.
QString DisplayFormat::timeFormat(bool milliseconds)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    const qsizetype minutes = format.indexOf(QStringLiteral("mm"));
    if (!format.contains(QStringLiteral("ss")) && minutes >= 0)
        format.insert(minutes + 2, QStringLiteral(":ss"));
    if (milliseconds) {
        const qsizetype seconds = format.indexOf(QStringLiteral("ss"));
        if (seconds >= 0)
            format.insert(seconds + 2, locale.decimalPoint() + QStringLiteral("zzz"));
    }
    return format;
}
