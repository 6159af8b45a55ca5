#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How the console writes numbers, percentages and times: through the default QLocale (the
// language chosen in Preferences or by --lang), so that "85,5 %" and "26/11/2026 14:03:07"
// read right in each language.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
public:
    // A fraction (0.855) as a percentage ("85.5 %"); NaN, an unknown rate, as "—".
    static QString percent(double fraction, char format = 'f', int precision = 1);
    // A percentage as the store writes it ("2.50", numeric) with its decimals ("2,50 %").
    static QString storedPercent(const QString& stored);
    // Local date and time to the second (or millisecond) in the locale's short date format;
    // an invalid time as "".
    static QString dateTime(const QDateTime& at, bool milliseconds = false);
    // Local time of day to the second in the locale's format.
    static QString timeOfDay(const QDateTime& at);

private:
    static QString timeFormat(bool milliseconds);
};
