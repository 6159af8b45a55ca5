#include "Incident.h"

using namespace Qt::StringLiterals;

bool Incident::activeAt(qint64 offset) const
{
    if (offset < start || offset >= end)
        return false;
    if (kind != Kind::GatewayFlapping)
        return true;
    return (offset - start) % (down + up) < down;
}

QMap<QString, QString> Incident::cohort() const
{
    QMap<QString, QString> dims;
    const std::pair<QString, const QString*> fields[] = {{u"method"_s, &method},
                                                         {u"issuer"_s, &issuer},
                                                         {u"gateway"_s, &gateway},
                                                         {u"merchant_id"_s, &merchant}};
    for (const auto& [dimension, value] : fields) {
        if (!value->isEmpty())
            dims.insert(dimension, *value);
    }
    return dims;
}

const QStringList& Incident::kindNames()
{
    static const QStringList names{u"issuer_down"_s, u"method_degraded"_s, u"gateway_flapping"_s,
                                   u"merchant_broken"_s};
    return names;
}

QString Incident::kindName(Kind kind)
{
    return kindNames().value(int(kind));
}
