#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <array>

// The fixed dimensions of a cohort: the rule's single-valued filters and the group_by values
// of its events. Its key is the canonical text `dim=value` in the fixed dimension order joined
// by `,` (e.g. `method=card,issuer=HDFC`); a cohort fixing nothing has the key `all`.
class Cohort
{
public:
    enum Dimension
    {
        Method,
        Issuer,
        Network,
        CardType,
        Gateway,
        MerchantId,
        DimensionCount
    };

    static QString dimensionName(int dimension);
    // -1 when the name is no dimension.
    static int dimensionIndex(QStringView name);
    static QStringList dimensionNames();

    Cohort() = default;
    const QString& value(int dimension) const { return m_values[dimension]; }
    void setValue(int dimension, const QString& value) { m_values[dimension] = value; }
    bool fixes(int dimension) const { return !m_values[dimension].isEmpty(); }

    QString key() const;
    QJsonObject toJson() const;
    bool operator==(const Cohort& other) const = default;

private:
    std::array<QString, DimensionCount> m_values;
};
