#include "MinorAmount.h"

#include <QStringList>
#include <cstdlib>

namespace MinorAmount {

int decimals(const QString& currency)
{
    // ISO 4217 currencies without minor units that a gateway is likely to see.
    static const QStringList none{QStringLiteral("JPY"), QStringLiteral("KRW"),
                                  QStringLiteral("VND"), QStringLiteral("CLP"),
                                  QStringLiteral("ISK"), QStringLiteral("UGX")};
    static const QStringList three{QStringLiteral("BHD"), QStringLiteral("KWD"),
                                   QStringLiteral("OMR"), QStringLiteral("JOD"),
                                   QStringLiteral("TND")};
    if (none.contains(currency))
        return 0;
    return three.contains(currency) ? 3 : 2;
}

QString text(qint64 minor, const QString& currency)
{
    const int places = decimals(currency);
    qint64 unit = 1;
    for (int i = 0; i < places; ++i)
        unit *= 10;
    const QString sign = minor < 0 ? QStringLiteral("−") : QString();
    const qint64 magnitude = std::llabs(minor);
    QString number = QString::number(magnitude / unit);
    if (places > 0)
        number += u'.' + QStringLiteral("%1").arg(magnitude % unit, places, 10, QLatin1Char('0'));
    if (currency.isEmpty())
        return sign + number;
    return sign + number + u' ' + currency;
}

} // namespace MinorAmount
