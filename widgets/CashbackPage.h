#pragma once

#include <QWidget>

class BrokerQueueStats;
class CampaignsView;
class CashbackFlowsView;
class CashbackPipelineView;
class CustomerBalanceView;
class DeadLettersView;
class QTabWidget;
class StoreClient;

// The Cashback area: each payment's flow from capture to credit (search by payment, customer
// or merchant), the pipeline live (stage rates, the RabbitMQ credit queue, end-to-end lag),
// a customer's balance with its ledger, the dead letters, and the campaigns (edited by
// admins).
class CashbackPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        FlowsTab,
        PipelineTab,
        BalanceTab,
        DeadLettersTab,
        CampaignsTab
    };

    // broker: the management API client to read; null makes one with the defaults.
    explicit CashbackPage(StoreClient* store, BrokerQueueStats* broker = nullptr,
                          QWidget* parent = nullptr);

    CashbackFlowsView* flows() const { return m_flows; }
    CashbackPipelineView* pipeline() const { return m_pipeline; }
    CustomerBalanceView* balance() const { return m_balance; }
    DeadLettersView* deadLetters() const { return m_deadLetters; }
    CampaignsView* campaigns() const { return m_campaigns; }
    void showTab(Tab tab);

private:
    QTabWidget* m_tabs;
    CashbackFlowsView* m_flows;
    CashbackPipelineView* m_pipeline;
    CustomerBalanceView* m_balance;
    DeadLettersView* m_deadLetters;
    CampaignsView* m_campaigns;
};
