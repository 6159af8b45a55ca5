#include "DetectMetrics.h"

#include <utility>

using namespace Qt::StringLiterals;

QString DetectMetrics::summary() const
{
    return u"%1 events, %2 windows, %3 downtimes opened, %4 resolved, %5 late events, "
           u"%6 shards held"_s.arg(QString::number(events), QString::number(windows),
                                   QString::number(opened), QString::number(resolved),
                                   QString::number(late), QString::number(shards));
}

QByteArray DetectMetrics::prometheus() const
{
    const std::pair<const char*, qint64> counters[] = {
        {"events_total", events},
        {"windows_total", windows},
        {"downtimes_opened_total", opened},
        {"downtimes_resolved_total", resolved},
        {"late_events_total", late},
        {"commits_total", commits},
        {"shards_claimed_total", takeovers},
        {"shards_lost_total", lost},
    };
    const std::pair<const char*, double> gauges[] = {
        {"shards_held", double(shards)},
        {"lag_seconds", lagSeconds},
        {"store_connected", storeConnected ? 1.0 : 0.0},
    };
    QByteArray text;
    for (const auto& [name, value] : counters) {
        const QByteArray metric = "payops_detect_" + QByteArray(name);
        text += "# TYPE " + metric + " counter\n" + metric + ' ' + QByteArray::number(value) + '\n';
    }
    for (const auto& [name, value] : gauges) {
        const QByteArray metric = "payops_detect_" + QByteArray(name);
        text += "# TYPE " + metric + " gauge\n" + metric + ' ' + QByteArray::number(value) + '\n';
    }
    return text;
}
