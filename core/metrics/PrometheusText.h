#pragma once

#include <QByteArray>
#include <initializer_list>
#include <utility>

// Builds the Prometheus text exposition format (version 0.0.4): one HELP and TYPE line per
// family, then its samples. Label values are escaped.
class PrometheusText
{
public:
    using Labels = std::initializer_list<std::pair<const char*, QByteArray>>;

    void family(const char* name, const char* type, const char* help);
    void sample(const char* name, double value, Labels labels = {});
    void sample(const QByteArray& name, double value, const QByteArray& labels);
    // A family with one unlabelled sample.
    void counter(const char* name, const char* help, double value);
    void gauge(const char* name, const char* help, double value);

    static QByteArray labels(Labels labels);
    const QByteArray& text() const { return m_text; }

private:
    static QByteArray number(double value);
    QByteArray m_text;
};
