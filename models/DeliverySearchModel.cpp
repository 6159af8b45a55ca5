#include "DeliverySearchModel.h"

#include "DisplayFormat.h"
#include "StatusColor.h"
#include "console/KeysetPages.h"

#include <QColor>
#include <QLocale>

namespace {

QString timeText(const QDateTime& at)
{
    return DisplayFormat::dateTime(at);
}

QString firstLine(const QString& text, int limit = 80)
{
    QString line = text.section(u'\n', 0, 0);
    if (line.size() > limit)
        line = line.left(limit - 1) + u'…';
    return line;
}

} // namespace

DeliverySearchModel::DeliverySearchModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DeliverySearchModel::setResult(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok()) {
        QList<DeliveryRow> rows = DeliveryRow::fromResult(result);
        m_hasMore = KeysetPages<DeliveryCursor>::takePage(rows, m_pageSize);
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    emit resultApplied();
}

DeliveryCursor DeliverySearchModel::lastCursor() const
{
    return m_rows.isEmpty() ? DeliveryCursor() : m_rows.last().cursor();
}

int DeliverySearchModel::rowOfDelivery(qint64 deliveryId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == deliveryId)
            return row;
    }
    return -1;
}

QColor DeliverySearchModel::stateColor(const QString& state)
{
    if (state == u"succeeded")
        return StatusColor::of(StatusColor::Good);
    if (state == u"failed")
        return StatusColor::of(StatusColor::Warning);
    if (state == u"dead")
        return StatusColor::of(StatusColor::Bad);
    if (state == u"in_flight")
        return StatusColor::of(StatusColor::Info);
    return StatusColor::of(StatusColor::Muted); // pending
}

int DeliverySearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliverySearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliverySearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeliveryRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::ForegroundRole:
        return index.column() == StateColumn ? stateColor(row.state) : QVariant();
    case Qt::DecorationRole:
        return index.column() == StateColumn ? stateColor(row.state) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == AttemptsColumn
                   ? QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight)
                   : QVariant();
    case DeliveryIdRole:
        return row.id;
    case EventIdRole:
        return row.eventId;
    case EndpointIdRole:
        return row.endpointId;
    case StateRole:
        return row.state;
    default:
        return {};
    }
}

QVariant DeliverySearchModel::display(const DeliveryRow& row, int column) const
{
    switch (column) {
    case EventTimeColumn:
        return timeText(row.eventAt.isValid() ? row.eventAt : row.createdAt);
    case EventIdColumn:
        return row.eventId;
    case TypeColumn:
        return row.type;
    case MerchantColumn:
        return row.merchantId;
    case EndpointColumn:
        return row.url;
    case StateColumn:
        return stateName(row.state);
    case AttemptsColumn:
        return row.attempts;
    case LastResultColumn:
        return firstLine(lastResult(row.lastHttpStatus, row.lastError));
    case NextAttemptColumn:
        return timeText(row.nextAttemptAt);
    default:
        return {};
    }
}

QVariant DeliverySearchModel::toolTip(const DeliveryRow& row, int column) const
{
    switch (column) {
    case EventIdColumn:
        return row.paymentId.isEmpty() ? row.eventId
                                       : tr("%1 (payment %2)").arg(row.eventId, row.paymentId);
    case EndpointColumn:
        return tr("Endpoint %1: %2").arg(row.endpointId).arg(row.url);
    case LastResultColumn: {
        const QString result = lastResult(row.lastHttpStatus, row.lastError);
        return result.isEmpty() ? tr("Not attempted yet") : result;
    }
    case EventTimeColumn:
        return tr("Event created %1; delivery created %2")
            .arg(timeText(row.eventAt), timeText(row.createdAt));
    default:
        return {};
    }
}

QString DeliverySearchModel::lastResult(int httpStatus, const QString& error)
{
    if (httpStatus > 0 && !error.isEmpty())
        return tr("HTTP %1: %2").arg(httpStatus).arg(error);
    if (httpStatus > 0)
        return tr("HTTP %1").arg(httpStatus);
    return error;
}

QString DeliverySearchModel::stateName(const QString& state)
{
    if (state == u"pending")
        return tr("pending");
    if (state == u"in_flight")
        return tr("in flight");
    if (state == u"failed")
        return tr("failed, retrying");
    if (state == u"succeeded")
        return tr("succeeded");
    if (state == u"dead")
        return tr("dead");
    return state;
}

QVariant DeliverySearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EventTimeColumn:
        return tr("Event time");
    case EventIdColumn:
        return tr("Event id");
    case TypeColumn:
        return tr("Type");
    case MerchantColumn:
        return tr("Merchant");
    case EndpointColumn:
        return tr("Endpoint");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case LastResultColumn:
        return tr("Last status / error");
    case NextAttemptColumn:
        return tr("Next attempt");
    default:
        return {};
    }
}
