#include "EventDeliveriesModel.h"

#include "DeliverySearchModel.h"
#include "DisplayFormat.h"

#include <QColor>

EventDeliveriesModel::EventDeliveriesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void EventDeliveriesModel::setResult(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok()) {
        const auto col = [&result](const char* name) {
            return result.column(QString::fromLatin1(name));
        };
        const int id = col("delivery_id"), url = col("url"), enabled = col("endpoint_enabled"),
                  state = col("state"), attempts = col("attempt_count"),
                  next = col("next_attempt_at"), status = col("last_http_status"),
                  error = col("last_error"), requestedBy = col("manual_requested_by");
        beginResetModel();
        m_deliveries.clear();
        for (const QVariantList& row : result.rows) {
            m_deliveries.append({row.value(id).toLongLong(), row.value(url).toString(),
                                 row.value(enabled).toBool(), row.value(state).toString(),
                                 row.value(attempts).toInt(), row.value(next).toDateTime(),
                                 row.value(status), row.value(error).toString(),
                                 row.value(requestedBy).toString()});
        }
        endResetModel();
    }
    emit resultApplied();
}

void EventDeliveriesModel::clear()
{
    beginResetModel();
    m_deliveries.clear();
    m_error.clear();
    endResetModel();
}

int EventDeliveriesModel::rowOfDelivery(qint64 deliveryId) const
{
    for (int row = 0; row < m_deliveries.size(); ++row) {
        if (m_deliveries.at(row).id == deliveryId)
            return row;
    }
    return -1;
}

qint64 EventDeliveriesModel::deliveryIdAt(int row) const
{
    return row >= 0 && row < m_deliveries.size() ? m_deliveries.at(row).id : 0;
}

int EventDeliveriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_deliveries.size());
}

int EventDeliveriesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventDeliveriesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Delivery& delivery = m_deliveries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(delivery, index.column());
    case Qt::DecorationRole:
        return index.column() == StateColumn ? DeliverySearchModel::stateColor(delivery.state)
                                             : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == EndpointColumn && !delivery.endpointEnabled)
            return tr("This endpoint is disabled");
        if (index.column() == StateColumn && !delivery.manualRequestedBy.isEmpty())
            return tr("Manual retry asked by %1").arg(delivery.manualRequestedBy);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == AttemptsColumn
                   ? QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight)
                   : QVariant();
    case DeliveryIdRole:
        return delivery.id;
    case StateRole:
        return delivery.state;
    default:
        return {};
    }
}

QVariant EventDeliveriesModel::displayValue(const Delivery& delivery, int column) const
{
    switch (column) {
    case EndpointColumn:
        return delivery.endpointEnabled ? delivery.url : tr("%1 (disabled)").arg(delivery.url);
    case StateColumn:
        return DeliverySearchModel::stateName(delivery.state);
    case AttemptsColumn:
        return delivery.attemptCount;
    case NextAttemptColumn:
        return delivery.nextAttemptAt.isValid() &&
                       (delivery.state == u"pending" || delivery.state == u"failed")
                   ? DisplayFormat::dateTime(delivery.nextAttemptAt)
                   : tr("—");
    case LastResultColumn:
        return DeliverySearchModel::lastResult(delivery.lastHttpStatus.toInt(), delivery.lastError);
    default:
        return {};
    }
}

QVariant EventDeliveriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EndpointColumn:
        return tr("Endpoint");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case NextAttemptColumn:
        return tr("Next attempt");
    case LastResultColumn:
        return tr("Last result");
    default:
        return {};
    }
}
