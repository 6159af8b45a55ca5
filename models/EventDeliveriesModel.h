#pragma once

#include "store/Query.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

// The deliveries of one webhook event, one row per endpoint (EventDetailQuery::deliveries).
class EventDeliveriesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        EndpointColumn,
        StateColumn,
        AttemptsColumn,
        NextAttemptColumn,
        LastResultColumn,
        ColumnCount
    };
    enum Role
    {
        DeliveryIdRole = Qt::UserRole + 1, // qint64
        StateRole,                         // the store's state name
    };

    explicit EventDeliveriesModel(QObject* parent = nullptr);

    // An error result keeps the rows and sets error().
    void setResult(const QueryResult& result);
    void clear();

    QString error() const { return m_error; }
    int rowOfDelivery(qint64 deliveryId) const; // -1 when absent
    qint64 deliveryIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void resultApplied();

private:
    struct Delivery
    {
        qint64 id = 0;
        QString url;
        bool endpointEnabled = true;
        QString state;
        int attemptCount = 0;
        QDateTime nextAttemptAt;
        QVariant lastHttpStatus;
        QString lastError;
        QString manualRequestedBy;
    };
    QVariant displayValue(const Delivery& delivery, int column) const;

    QList<Delivery> m_deliveries;
    QString m_error;
};
