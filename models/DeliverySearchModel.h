#pragma once

#include "deliveries/DeliveryCursor.h"
#include "deliveries/DeliveryRow.h"
#include "store/Query.h"

#include <QAbstractTableModel>

// One page of the delivery search (core/deliveries/DeliverySearchQuery), one row per
// delivery, from QueryResult snapshots. A result holding pageSize + 1 rows shows pageSize
// of them and says that another page follows. An error result keeps the rows shown and is
// reported by error().
class DeliverySearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        EventTimeColumn,
        EventIdColumn,
        TypeColumn,
        MerchantColumn,
        EndpointColumn,
        StateColumn,
        AttemptsColumn,
        LastResultColumn,
        NextAttemptColumn,
        ColumnCount
    };
    enum Role
    {
        DeliveryIdRole = Qt::UserRole + 1,
        EventIdRole,
        EndpointIdRole,
        StateRole,
    };

    explicit DeliverySearchModel(QObject* parent = nullptr);

    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    void setResult(const QueryResult& result);

    bool hasMore() const { return m_hasMore; }
    QString error() const { return m_error; }
    // The cursor after the last row shown (invalid when no row is shown).
    DeliveryCursor lastCursor() const;
    const DeliveryRow& delivery(int row) const { return m_rows.at(row); }
    QList<DeliveryRow> deliveries() const { return m_rows; }
    int rowOfDelivery(qint64 deliveryId) const; // -1 when not shown

    static QColor stateColor(const QString& state);
    // The state as the console words it ("failed, retrying" for failed).
    static QString stateName(const QString& state);
    // "HTTP 500: reason", "HTTP 200" or the transport error: a delivery's last result.
    static QString lastResult(int httpStatus, const QString& error);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // After every result, good or not.
    void resultApplied();

private:
    QVariant display(const DeliveryRow& row, int column) const;
    QVariant toolTip(const DeliveryRow& row, int column) const;

    QList<DeliveryRow> m_rows;
    int m_pageSize = 50;
    bool m_hasMore = false;
    QString m_error;
};
