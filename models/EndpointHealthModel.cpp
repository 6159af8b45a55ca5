#include "EndpointHealthModel.h"

#include "AttemptTimelineModel.h"
#include "DisplayFormat.h"

#include <QColor>
#include <QLocale>

namespace {

QVariant present(const QVariant& value)
{
    return value.isNull() ? QVariant() : value;
}

QString latencyText(const QVariant& ms)
{
    if (!ms.isValid())
        return EndpointHealthModel::tr("—");
    return EndpointHealthModel::tr("%1 ms").arg(QLocale().toString(qRound64(ms.toDouble())));
}

QColor rateColor(double rate)
{
    if (rate >= 0.99)
        return AttemptTimelineModel::outcomeColor(QStringLiteral("succeeded"));
    if (rate >= 0.9)
        return AttemptTimelineModel::outcomeColor(QStringLiteral("retry_after"));
    return AttemptTimelineModel::outcomeColor(QStringLiteral("failed"));
}

} // namespace

EndpointHealthModel::EndpointHealthModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void EndpointHealthModel::setResult(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok()) {
        const auto col = [&result](const char* name) {
            return result.column(QString::fromLatin1(name));
        };
        const int id = col("endpoint_id"), merchant = col("merchant_id"), url = col("url"),
                  attempts = col("attempts"), successes = col("successes"),
                  rate = col("success_rate"), p50 = col("p50_ms"), p95 = col("p95_ms"),
                  circuit = col("circuit_state"), enabled = col("enabled"),
                  reason = col("disabled_reason"), failures = col("consecutive_failures"),
                  since = col("failing_since");
        beginResetModel();
        m_endpoints.clear();
        for (const QVariantList& row : result.rows) {
            m_endpoints.append({row.value(id).toLongLong(), row.value(merchant).toString(),
                                row.value(url).toString(), row.value(attempts).toLongLong(),
                                row.value(successes).toLongLong(), present(row.value(rate)),
                                present(row.value(p50)), present(row.value(p95)),
                                row.value(circuit).toString(), row.value(enabled).toBool(),
                                row.value(reason).toString(), row.value(failures).toInt(),
                                row.value(since).toDateTime()});
        }
        m_loaded = true;
        endResetModel();
    }
    emit resultApplied();
}

int EndpointHealthModel::rowOfEndpoint(qint64 endpointId) const
{
    for (int row = 0; row < m_endpoints.size(); ++row) {
        if (m_endpoints.at(row).id == endpointId)
            return row;
    }
    return -1;
}

int EndpointHealthModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

int EndpointHealthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EndpointHealthModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Endpoint& endpoint = m_endpoints.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(endpoint, index.column());
    case Qt::DecorationRole:
        return decoration(endpoint, index.column());
    case Qt::ToolTipRole:
        return toolTip(endpoint);
    case Qt::TextAlignmentRole:
        return index.column() >= SuccessRateColumn && index.column() <= P95Column
                   ? QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight)
                   : QVariant();
    case EndpointIdRole:
        return endpoint.id;
    case EnabledRole:
        return endpoint.enabled;
    case SuccessRateRole:
        return endpoint.successRate.isValid() ? QVariant(endpoint.successRate.toDouble())
                                              : QVariant();
    case CircuitStateRole:
        return endpoint.circuit;
    default:
        return {};
    }
}

QVariant EndpointHealthModel::displayValue(const Endpoint& endpoint, int column) const
{
    switch (column) {
    case EndpointColumn:
        return endpoint.url;
    case MerchantColumn:
        return endpoint.merchant;
    case SuccessRateColumn:
        return endpoint.successRate.isValid()
                   ? DisplayFormat::percent(endpoint.successRate.toDouble())
                   : tr("—");
    case AttemptsColumn:
        return QLocale().toString(endpoint.attempts);
    case P50Column:
        return latencyText(endpoint.p50);
    case P95Column:
        return latencyText(endpoint.p95);
    case CircuitColumn:
        if (endpoint.circuit == u"open")
            return tr("open");
        if (endpoint.circuit == u"half_open")
            return tr("half-open");
        return tr("closed");
    case StatusColumn:
        return endpoint.enabled ? tr("enabled") : tr("disabled: %1").arg(endpoint.disabledReason);
    default:
        return {};
    }
}

QVariant EndpointHealthModel::decoration(const Endpoint& endpoint, int column) const
{
    if (column == SuccessRateColumn && endpoint.successRate.isValid())
        return rateColor(endpoint.successRate.toDouble());
    if (column == CircuitColumn && endpoint.circuit != u"closed")
        return AttemptTimelineModel::outcomeColor(
            endpoint.circuit == u"open" ? QStringLiteral("failed") : QStringLiteral("retry_after"));
    if (column == StatusColumn && !endpoint.enabled)
        return QColor(0x40, 0x40, 0x40);
    return {};
}

QString EndpointHealthModel::toolTip(const Endpoint& endpoint) const
{
    QStringList lines;
    lines << tr("%1 of %2 attempts succeeded in the last hour")
                 .arg(QLocale().toString(endpoint.successes),
                      QLocale().toString(endpoint.attempts));
    if (endpoint.consecutiveFailures > 0)
        lines << tr("%n consecutive failure(s)", nullptr, endpoint.consecutiveFailures);
    if (endpoint.failingSince.isValid())
        lines << tr("failing since %1")
                     .arg(QLocale().toString(endpoint.failingSince.toLocalTime(),
                                             QLocale::ShortFormat));
    if (!endpoint.enabled)
        lines << tr("disabled: %1").arg(endpoint.disabledReason);
    return lines.join(u'\n');
}

QVariant EndpointHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EndpointColumn:
        return tr("Endpoint");
    case MerchantColumn:
        return tr("Merchant");
    case SuccessRateColumn:
        return tr("Success (1 h)");
    case AttemptsColumn:
        return tr("Attempts (1 h)");
    case P50Column:
        return tr("p50");
    case P95Column:
        return tr("p95");
    case CircuitColumn:
        return tr("Circuit");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}
