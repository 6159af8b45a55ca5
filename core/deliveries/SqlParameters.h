#pragma once

#include <QString>
#include <QVariant>

// Collects the bound parameters of a statement put together from fixed fragments: bind()
// returns the placeholder ("$3") of a value, never the value itself.
class SqlParameters
{
public:
    QString bind(const QVariant& value)
    {
        m_values.append(value);
        return u'$' + QString::number(m_values.size());
    }
    QVariantList values() const { return m_values; }

private:
    QVariantList m_values;
};
