#include "StoreOverviewModel.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <algorithm>
#include <array>

namespace {

constexpr std::array<QStringView, 5> statusNames{u"created", u"authorized", u"captured", u"failed",
                                                 u"refunded"};

int statusRow(const QString& status)
{
    for (int row = 0; row < int(statusNames.size()); ++row) {
        if (status == statusNames[row])
            return row;
    }
    return -1;
}

QColor statusColor(int row)
{
    switch (row) {
    case StoreOverviewModel::Created:
        return QColor(0x9e, 0x9e, 0x9e);
    case StoreOverviewModel::Authorized:
        return QColor(0x42, 0x85, 0xf4);
    case StoreOverviewModel::Captured:
        return QColor(0x2e, 0x9d, 0x4f);
    case StoreOverviewModel::Failed:
        return QColor(0xd9, 0x30, 0x25);
    case StoreOverviewModel::Refunded:
        return QColor(0xf2, 0x9d, 0x0c);
    default:
        return {};
    }
}

} // namespace

StoreOverviewModel::StoreOverviewModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_counts(RowCount)
{}

void StoreOverviewModel::setResult(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok()) {
        applyRows(result);
        m_loadedAt = QDateTime::currentDateTime();
        emit dataChanged(index(0, LastHourColumn), index(RowCount - 1, LastDayColumn));
    }
    emit resultApplied();
}

void StoreOverviewModel::applyRows(const QueryResult& result)
{
    const int kind = result.column(QStringLiteral("kind"));
    const int item = result.column(QStringLiteral("item"));
    const int lastHour = result.column(QStringLiteral("last_hour"));
    const int lastDay = result.column(QStringLiteral("last_day"));
    const int latest = result.column(QStringLiteral("latest"));
    m_counts = QList<Counts>(RowCount);
    m_schemaVersion = 0;
    m_latestEvent = {};
    for (const QVariantList& values : result.rows) {
        const QString rowKind = values.value(kind).toString();
        const Counts counts{values.value(lastHour).toLongLong(),
                            values.value(lastDay).toLongLong()};
        if (rowKind == u"status") {
            const int row = statusRow(values.value(item).toString());
            if (row >= 0)
                m_counts[row] = counts;
            m_counts[AllEvents].lastHour += counts.lastHour;
            m_counts[AllEvents].lastDay += counts.lastDay;
            m_latestEvent = std::max(m_latestEvent, values.value(latest).toDateTime());
        } else if (rowKind == u"quarantine") {
            m_counts[Quarantined] = counts;
        } else if (rowKind == u"schema") {
            m_schemaVersion = values.value(item).toInt();
        }
    }
}

int StoreOverviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int StoreOverviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoreOverviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool name = index.column() == NameColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (name)
            return rowName(row);
        return hasData() ? QLocale().toString(count(row, index.column()).toLongLong())
                         : QStringLiteral("—");
    case CountRole:
        return name ? QVariant() : count(row, index.column());
    case Qt::ToolTipRole:
        return rowToolTip(row);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter | (name ? Qt::AlignLeft : Qt::AlignRight));
    case Qt::DecorationRole:
        return name && row < AllEvents ? statusColor(row) : QVariant();
    case Qt::FontRole:
        if (row == AllEvents) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant StoreOverviewModel::count(int row, int column) const
{
    if (!hasData())
        return {};
    const Counts& counts = m_counts.at(row);
    return column == LastHourColumn ? counts.lastHour : counts.lastDay;
}

QVariant StoreOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Counted");
    case LastHourColumn:
        return tr("Last hour");
    case LastDayColumn:
        return tr("Last 24 h");
    default:
        return {};
    }
}

QString StoreOverviewModel::rowName(int row) const
{
    switch (row) {
    case Created:
        return tr("Created");
    case Authorized:
        return tr("Authorized");
    case Captured:
        return tr("Captured");
    case Failed:
        return tr("Failed");
    case Refunded:
        return tr("Refunded");
    case AllEvents:
        return tr("All payment events");
    case Quarantined:
        return tr("Quarantined input lines");
    default:
        return {};
    }
}

QString StoreOverviewModel::rowToolTip(int row) const
{
    if (row < AllEvents)
        return tr("Payment events with status “%1” that occurred in the period")
            .arg(statusNames[row].toString());
    if (row == AllEvents)
        return tr("Payment events of every status that occurred in the period");
    return tr("Lines that payops ingest rejected in the period (see ingest_quarantine)");
}
