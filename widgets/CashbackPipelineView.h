#pragma once

#include <QWidget>
#include <chrono>

class BrokerQueueStats;
class CashbackPipelineChart;
class LiveQuery;
class PipelineModel;
class QLabel;
class QTableView;
class QTimer;
class StoreClient;

// The Cashback pipeline, live while shown: each stage's rates in and out and what waits in
// it (the store's figures over the last minute), the credit queue's depth, consumers and
// rates from RabbitMQ's management API, the end-to-end lag, and a chart of the recent
// history. A broker that does not answer is said so; the store's figures go on.
class CashbackPipelineView : public QWidget
{
    Q_OBJECT
public:
    CashbackPipelineView(StoreClient* store, BrokerQueueStats* broker, QWidget* parent = nullptr);

    PipelineModel* model() const { return m_model; }
    CashbackPipelineChart* chart() const { return m_chart; }
    void setInterval(std::chrono::milliseconds interval);
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showStatus();

    PipelineModel* m_model;
    BrokerQueueStats* m_broker;
    LiveQuery* m_live;
    QTimer* m_timer;
    QTableView* m_table;
    CashbackPipelineChart* m_chart;
    QLabel* m_lag;
    QLabel* m_brokerStatus;
};
