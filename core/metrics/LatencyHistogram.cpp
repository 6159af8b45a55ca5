#include "LatencyHistogram.h"

#include "PrometheusText.h"

#include <limits>

void LatencyHistogram::observe(double seconds)
{
    for (std::size_t i = 0; i < bounds.size(); ++i) {
        if (seconds <= bounds[i]) {
            ++m_buckets[i];
            break;
        }
    }
    ++m_count;
    m_sum += seconds;
}

void LatencyHistogram::write(PrometheusText& text, const char* name, const char* help) const
{
    text.family(name, "histogram", help);
    const auto series = [name](const char* suffix) { return QByteArray(name).append(suffix); };
    std::int64_t cumulative = 0;
    for (std::size_t i = 0; i < bounds.size(); ++i) {
        cumulative += m_buckets[i];
        text.sample(series("_bucket"), double(cumulative),
                    PrometheusText::labels({{"le", QByteArray::number(bounds[i], 'g', 6)}}));
    }
    text.sample(series("_bucket"), double(m_count), PrometheusText::labels({{"le", "+Inf"}}));
    text.sample(series("_sum"), m_sum, QByteArray());
    text.sample(series("_count"), double(m_count), QByteArray());
}
