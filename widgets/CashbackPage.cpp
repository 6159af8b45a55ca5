#include "CashbackPage.h"

#include "CampaignsView.h"
#include "CashbackFlowsView.h"
#include "CashbackPipelineView.h"
#include "CustomerBalanceView.h"
#include "DeadLettersView.h"
#include "PageTitle.h"
#include "StoreBanner.h"
#include "cashback/BrokerQueueStats.h"

#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

CashbackPage::CashbackPage(StoreClient* store, BrokerQueueStats* broker, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_flows(new CashbackFlowsView(store, this))
    , m_pipeline(
          new CashbackPipelineView(store, broker ? broker : new BrokerQueueStats(this), this))
    , m_balance(new CustomerBalanceView(store, this))
    , m_deadLetters(new DeadLettersView(store, this))
    , m_campaigns(new CampaignsView(store, this))
{
    m_tabs->setObjectName(QStringLiteral("cashbackTabs"));
    m_flows->setObjectName(QStringLiteral("cashbackFlows"));
    m_pipeline->setObjectName(QStringLiteral("cashbackPipeline"));
    m_balance->setObjectName(QStringLiteral("customerBalance"));
    m_deadLetters->setObjectName(QStringLiteral("cashbackDeadLetters"));
    m_campaigns->setObjectName(QStringLiteral("cashbackCampaigns"));
    m_tabs->addTab(m_flows, tr("&Flows"));
    m_tabs->addTab(m_pipeline, tr("&Pipeline"));
    m_tabs->addTab(m_balance, tr("Customer &balance"));
    m_tabs->addTab(m_deadLetters, tr("&Dead letters"));
    m_tabs->addTab(m_campaigns, tr("&Campaigns"));
    connect(m_flows, &CashbackFlowsView::customerChosen, this, [this](const QString& account) {
        m_balance->showCustomer(account);
        showTab(BalanceTab);
    });
    connect(m_deadLetters, &DeadLettersView::paymentChosen, this, [this](const QString& payment) {
        m_flows->setFilter({CashbackSearchFilter::Payment, payment});
        m_flows->search();
        showTab(FlowsTab);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->addWidget(new PageTitle(tr("Cashback"), this));
    auto* intro = new QLabel(tr("Cashback from payment to credit: each payment's flow, the "
                                "credit pipeline through RabbitMQ live, customers' balances "
                                "and ledgers, and the campaigns."),
                             this);
    intro->setObjectName(QStringLiteral("description"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(new StoreBanner(store, this));
    // The pipeline's table and chart need more room than a small window has: they scroll
    // then, instead of forcing the window to grow.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_tabs);
    layout->addWidget(scroll, 1);
}

void CashbackPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}
