#include "CashbackPipelineView.h"

#include "CashbackPipelineChart.h"
#include "PipelineModel.h"
#include "cashback/BrokerQueueStats.h"
#include "cashback/CashbackPipelineQuery.h"
#include "console/LiveQuery.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace std::chrono_literals;

CashbackPipelineView::CashbackPipelineView(StoreClient* store, BrokerQueueStats* broker,
                                           QWidget* parent)
    : QWidget(parent)
    , m_model(new PipelineModel(this))
    , m_broker(broker)
    , m_live(new LiveQuery(store, CashbackPipelineQuery::figures(), this))
    , m_timer(new QTimer(this))
    , m_table(new QTableView(this))
    , m_chart(new CashbackPipelineChart(m_model, this))
    , m_lag(new QLabel(this))
    , m_brokerStatus(new QLabel(this))
{
    // Both sources are read on one beat, and only while the view is shown: the store's
    // figures are not cheap enough to follow every NOTIFY of a busy pipeline.
    m_live->setInterval(1h);
    m_live->setMinimumGap(1s);
    m_timer->setInterval(2s);
    connect(m_timer, &QTimer::timeout, this, &CashbackPipelineView::refresh);
    connect(m_live, &LiveQuery::resultReady, m_model, &PipelineModel::setStoreResult);
    connect(m_broker, &BrokerQueueStats::updated, m_model, &PipelineModel::setBroker);
    connect(m_model, &PipelineModel::storeApplied, this, &CashbackPipelineView::showStatus);
    // Sized to the first figures; later ones keep the columns where the user left them.
    connect(m_model, &PipelineModel::storeApplied, m_table, &QTableView::resizeColumnsToContents,
            Qt::SingleShotConnection);
    connect(m_model, &PipelineModel::brokerApplied, this, &CashbackPipelineView::showStatus);

    m_table->setObjectName(QStringLiteral("pipelineTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setFixedHeight(
        m_table->horizontalHeader()->sizeHint().height() +
        PipelineModel::RowCount * m_table->verticalHeader()->defaultSectionSize() + 4);
    m_chart->setObjectName(QStringLiteral("pipelineChart"));
    m_lag->setObjectName(QStringLiteral("pipelineLag"));
    m_brokerStatus->setObjectName(QStringLiteral("brokerStatus"));
    m_brokerStatus->setWordWrap(true);
    m_brokerStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lag);
    layout->addWidget(m_table);
    layout->addWidget(m_brokerStatus);
    layout->addWidget(m_chart, 1);
    showStatus();
}

void CashbackPipelineView::setInterval(std::chrono::milliseconds interval)
{
    m_timer->setInterval(interval);
}

void CashbackPipelineView::refresh()
{
    m_live->refresh();
    m_broker->refresh();
}

void CashbackPipelineView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_timer->start();
    refresh();
}

void CashbackPipelineView::hideEvent(QHideEvent* event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

void CashbackPipelineView::showStatus()
{
    m_lag->setText(tr("<b>End-to-end lag</b> (payment captured → customer credited, last "
                      "minute): %1")
                       .arg(m_model->lagText().toHtmlEscaped()));
    QStringList problems;
    if (!m_model->storeError().isEmpty())
        problems << tr("Store: %1").arg(m_model->storeError());
    if (!m_model->brokerError().isEmpty())
        problems << tr("Broker: %1").arg(m_model->brokerError());
    QPalette palette = m_brokerStatus->palette();
    palette.setColor(QPalette::WindowText, problems.isEmpty()
                                               ? this->palette().color(QPalette::WindowText)
                                               : QColor(0xc6, 0x28, 0x28));
    m_brokerStatus->setPalette(palette);
    m_brokerStatus->setText(
        problems.isEmpty()
            ? tr("RabbitMQ management API at %1: queues %2")
                  .arg(m_broker->server(), m_broker->queues().join(QStringLiteral(", ")))
            : problems.join(u'\n'));
}
