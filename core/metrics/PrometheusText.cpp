#include "PrometheusText.h"

#include <cmath>

void PrometheusText::family(const char* name, const char* type, const char* help)
{
    m_text.append("# HELP ").append(name).append(' ').append(help).append('\n');
    m_text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
}

void PrometheusText::sample(const char* name, double value, Labels labels)
{
    sample(QByteArray(name), value, PrometheusText::labels(labels));
}

void PrometheusText::sample(const QByteArray& name, double value, const QByteArray& labels)
{
    m_text.append(name).append(labels).append(' ').append(number(value)).append('\n');
}

void PrometheusText::counter(const char* name, const char* help, double value)
{
    family(name, "counter", help);
    sample(name, value);
}

void PrometheusText::gauge(const char* name, const char* help, double value)
{
    family(name, "gauge", help);
    sample(name, value);
}

QByteArray PrometheusText::labels(Labels labels)
{
    if (labels.size() == 0)
        return {};
    QByteArray out("{");
    for (const auto& [key, value] : labels) {
        if (out.size() > 1)
            out.append(',');
        QByteArray escaped = value;
        escaped.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
        out.append(key).append("=\"").append(escaped).append('"');
    }
    return out.append('}');
}

QByteArray PrometheusText::number(double value)
{
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', 10);
}
