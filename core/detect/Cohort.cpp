#include "Cohort.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

const std::array<QLatin1StringView, Cohort::DimensionCount> names = {
    "method"_L1, "issuer"_L1, "network"_L1, "card_type"_L1, "gateway"_L1, "merchant_id"_L1};

} // namespace

QString Cohort::dimensionName(int dimension)
{
    return names.at(std::size_t(dimension));
}

int Cohort::dimensionIndex(QStringView name)
{
    for (int i = 0; i < DimensionCount; ++i) {
        if (name == names[std::size_t(i)])
            return i;
    }
    return -1;
}

QStringList Cohort::dimensionNames()
{
    QStringList list;
    for (QLatin1StringView name : names)
        list.append(name);
    return list;
}

QString Cohort::key() const
{
    QString key;
    for (int i = 0; i < DimensionCount; ++i) {
        if (!fixes(i))
            continue;
        if (!key.isEmpty())
            key += u',';
        key += names[std::size_t(i)] + u'=' + m_values[std::size_t(i)];
    }
    return key.isEmpty() ? u"all"_s : key;
}

QJsonObject Cohort::toJson() const
{
    QJsonObject json;
    for (int i = 0; i < DimensionCount; ++i) {
        if (fixes(i))
            json.insert(names[std::size_t(i)], m_values[std::size_t(i)]);
    }
    return json;
}
