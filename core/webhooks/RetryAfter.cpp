#include "RetryAfter.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace {

// IMF-fixdate, the obsolete RFC 850 form, and asctime (RFC 9110 §5.6.7).
QDateTime httpDate(const QString& text)
{
    static const QLatin1String formats[] = {
        QLatin1String("ddd, dd MMM yyyy HH:mm:ss 'GMT'"),
        QLatin1String("dddd, dd-MMM-yyyy HH:mm:ss 'GMT'"),
        QLatin1String("ddd MMM d HH:mm:ss yyyy"),
    };
    const QLocale c = QLocale::c();
    QString simplified = text.simplified();
    // RFC 850's two-digit year, read as 20yy.
    static const QRegularExpression rfc850(QStringLiteral("^(\\w+, \\d\\d-\\w\\w\\w-)(\\d\\d) "));
    simplified.replace(rfc850, QStringLiteral("\\120\\2 "));
    for (const QLatin1String& format : formats) {
        QDateTime parsed = c.toDateTime(simplified, format);
        if (parsed.isValid()) {
            parsed.setTimeSpec(Qt::UTC);
            return parsed;
        }
    }
    return {};
}

} // namespace

std::optional<RetryAfter::Delay> RetryAfter::parse(QByteArrayView header, const QDateTime& now,
                                                   Delay minimum, Delay maximum)
{
    const QByteArray trimmed = header.toByteArray().trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    Delay delay;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok) {
        if (seconds < 0)
            return std::nullopt;
        delay = Delay(std::min<qint64>(seconds, maximum.count() / 1000 + 1) * 1000);
    } else {
        const QDateTime at = httpDate(QString::fromLatin1(trimmed));
        if (!at.isValid())
            return std::nullopt;
        delay = Delay(now.msecsTo(at));
    }
    return std::clamp(delay, minimum, maximum);
}
