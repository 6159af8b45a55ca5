#pragma once

#include "store/Query.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

// Endpoint health over the last hour (EndpointHealthQuery::all), one row per endpoint.
class EndpointHealthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        EndpointColumn,
        MerchantColumn,
        SuccessRateColumn,
        AttemptsColumn,
        P50Column,
        P95Column,
        CircuitColumn,
        StatusColumn, // enabled, or disabled with the reason
        ColumnCount
    };
    enum Role
    {
        EndpointIdRole = Qt::UserRole + 1, // qint64
        EnabledRole,                       // bool
        SuccessRateRole,                   // double 0..1, invalid without attempts
        CircuitStateRole,                  // closed / open / half_open
    };

    explicit EndpointHealthModel(QObject* parent = nullptr);

    // An error result keeps the rows and sets error().
    void setResult(const QueryResult& result);

    bool hasData() const { return m_loaded; }
    QString error() const { return m_error; }
    int rowOfEndpoint(qint64 endpointId) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void resultApplied();

private:
    struct Endpoint
    {
        qint64 id = 0;
        QString merchant;
        QString url;
        qint64 attempts = 0;
        qint64 successes = 0;
        QVariant successRate;
        QVariant p50;
        QVariant p95;
        QString circuit;
        bool enabled = true;
        QString disabledReason;
        int consecutiveFailures = 0;
        QDateTime failingSince;
    };
    QVariant displayValue(const Endpoint& endpoint, int column) const;
    QVariant decoration(const Endpoint& endpoint, int column) const;
    QString toolTip(const Endpoint& endpoint) const;

    QList<Endpoint> m_endpoints;
    QString m_error;
    bool m_loaded = false;
};
