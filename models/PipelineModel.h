#pragma once

#include "cashback/BrokerQueueStats.h"
#include "cashback/CashbackPipelineQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

// The cashback pipeline's stages with their rates in and out and what waits in each, from the
// store's figures (CashbackPipelineQuery) and the broker's (BrokerQueueStats), and a bounded
// history of both for the live chart.
class PipelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Row
    {
        CapturedRow,
        ComputedRow,
        QueueRow, // the RabbitMQ credit queue
        CreditedRow,
        ReversedRow,
        DeadLetterRow,
        RowCount
    };
    enum Column
    {
        StageColumn,
        InColumn,  // per second
        OutColumn, // per second
        WaitingColumn,
        DetailColumn,
        ColumnCount
    };
    struct StoreSample
    {
        qint64 atMs = 0;
        double computedPerSecond = 0;
        double queuedPerSecond = 0;
        double creditedPerSecond = 0;
        qint64 waitingCredit = 0;
    };
    struct BrokerSample
    {
        qint64 atMs = 0;
        qint64 depth = 0;
        qint64 unacked = 0;
        int consumers = 0;
        double publishRate = 0;
        double ackRate = 0;
        qint64 deadDepth = 0;
    };
    static constexpr const char* creditQueue = "payops.credits";
    static constexpr const char* deadQueue = "payops.credits.dead";

    explicit PipelineModel(QObject* parent = nullptr);

    void setMaximumSamples(int samples) { m_maximumSamples = samples; }
    int maximumSamples() const { return m_maximumSamples; }

    void setStoreResult(const QueryResult& result);
    void setBroker(const BrokerQueueStats::Snapshot& snapshot);

    QString storeError() const { return m_storeError; }
    QString brokerError() const { return m_brokerError; }
    std::optional<CashbackPipelineFigures> figures() const { return m_figures; }
    std::optional<BrokerQueueFigures> creditQueueFigures() const { return m_credits; }
    QList<StoreSample> storeHistory() const { return m_storeHistory; }
    QList<BrokerSample> brokerHistory() const { return m_brokerHistory; }
    // "median 0.8 s · p95 1.9 s · max 3.2 s", or a note when nothing was credited lately.
    QString lagText() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void storeApplied();
    void brokerApplied();

private:
    QVariant display(int row, int column) const;
    QString stageName(int row) const;
    QVariant rateIn(int row) const;
    QVariant rateOut(int row) const;
    QVariant waiting(int row) const;
    QString detail(int row) const;
    template<typename T> void append(QList<T>& history, const T& sample);

    std::optional<CashbackPipelineFigures> m_figures;
    std::optional<BrokerQueueFigures> m_credits;
    std::optional<BrokerQueueFigures> m_dead;
    QList<StoreSample> m_storeHistory;
    QList<BrokerSample> m_brokerHistory;
    int m_maximumSamples = 300;
    QString m_storeError;
    QString m_brokerError;
};
