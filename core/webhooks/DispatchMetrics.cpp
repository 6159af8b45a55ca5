#include "DispatchMetrics.h"

#include <utility>

using namespace Qt::StringLiterals;

QString DispatchMetrics::summary() const
{
    QString line = u"%1 delivered, %2 failed (retry scheduled), %3 dead, %4 in flight"_s.arg(
        QString::number(delivered), QString::number(failed), QString::number(dead),
        QString::number(inFlight));
    if (refused > 0)
        line += u", %1 refused by the URL policy"_s.arg(refused);
    return line;
}

QByteArray DispatchMetrics::prometheus() const
{
    const std::pair<const char*, qint64> counters[] = {
        {"delivered", delivered},
        {"failed", failed},
        {"dead", dead},
        {"refused", refused},
    };
    const std::pair<const char*, qint64> gauges[] = {
        {"in_flight", inFlight},
        {"held", held},
        {"unrecorded_attempts", unrecorded},
        {"open_circuits", openCircuits},
        {"store_connected", storeConnected ? 1 : 0},
    };
    QByteArray text =
        "# HELP payops_dispatch_attempts_total Attempts by result: delivered, failed (retry "
        "scheduled), dead, refused (not sent by the URL policy).\n"
        "# TYPE payops_dispatch_attempts_total counter\n";
    for (const auto& [name, value] : counters)
        text += "payops_dispatch_attempts_total{result=\"" + QByteArray(name) + "\"} " +
                QByteArray::number(value) + '\n';
    for (const auto& [name, value] : gauges) {
        const QByteArray metric = "payops_dispatch_" + QByteArray(name);
        text += "# TYPE " + metric + " gauge\n" + metric + ' ' + QByteArray::number(value) + '\n';
    }
    return text;
}
