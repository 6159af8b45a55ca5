#include "CashbackFlowsView.h"

#include "CashbackFlowModel.h"
#include "CashbackStagesModel.h"
#include "RetryDialog.h"
#include "cashback/CashbackFlowQuery.h"
#include "console/LiveQuery.h"
#include "store/StoreClient.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace std::chrono_literals;

namespace {

const QString cashbackChannel = QStringLiteral("payops_cashback");
constexpr int pageSize = 50;

void setUpTable(QTableView* table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

CashbackFlowsView::CashbackFlowsView(StoreClient* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new CashbackFlowModel(this))
    , m_stages(new CashbackStagesModel(this))
    , m_live(new LiveQuery(store, CashbackFlowQuery::search({}, {}, pageSize), this))
    , m_flow(new LiveQuery(store, CashbackFlowQuery::flow({}), this))
    , m_by(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_stagesTable(new QTableView(this))
    , m_pageLabel(new QLabel(this))
    , m_flowTitle(new QLabel(this))
    , m_message(new QLabel(this))
    , m_previous(new QPushButton(tr("◀ &Previous"), this))
    , m_next(new QPushButton(tr("&Next ▶"), this))
    , m_customer(new QPushButton(tr("Customer's &balance"), this))
    , m_requeue(new QPushButton(tr("Re&queue credit…"), this))
{
    m_model->setPageSize(pageSize);
    for (LiveQuery* live : {m_live, m_flow}) {
        live->setInterval(30s);
        live->setMinimumGap(1s);
        live->refreshOn(cashbackChannel);
    }
    connect(m_live, &LiveQuery::resultReady, this, &CashbackFlowsView::onResult);
    connect(m_flow, &LiveQuery::resultReady, m_stages, [this](const QueryResult& result) {
        if (!m_shownPayment.isEmpty())
            m_stages->setResult(result);
    });
    connect(m_stages, &CashbackStagesModel::resultApplied, this, [this] {
        m_stagesTable->resizeColumnsToContents();
        if (!m_stages->error().isEmpty())
            m_flowTitle->setText(
                tr("Could not read the flow of %1: %2").arg(m_shownPayment, m_stages->error()));
        else if (!m_stages->flow().paymentSeen() && !m_stages->flow().cashback)
            m_flowTitle->setText(
                tr("Payment %1: the store has no event of it").arg(m_shownPayment));
        else
            m_flowTitle->setText(
                tr("Payment %1 at %2").arg(m_shownPayment, m_stages->flow().merchantId));
    });

    m_message->setObjectName(QStringLiteral("cashbackFlowsMessage"));
    m_message->setWordWrap(true);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(createResults());
    splitter->addWidget(createStages());
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createSearch());
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    connect(m_store, &StoreClient::stateChanged, this, &CashbackFlowsView::onStateChanged);
    onStateChanged(m_store->state());
}

QWidget* CashbackFlowsView::createSearch()
{
    m_by->setObjectName(QStringLiteral("cashbackSearchBy"));
    m_by->addItem(tr("Payment id"), int(CashbackSearchFilter::Payment));
    m_by->addItem(tr("Customer"), int(CashbackSearchFilter::Customer));
    m_by->addItem(tr("Merchant id"), int(CashbackSearchFilter::Merchant));
    m_value->setObjectName(QStringLiteral("cashbackSearchValue"));
    m_value->setPlaceholderText(tr("Empty: every cashback, newest first"));
    m_value->setClearButtonEnabled(true);
    auto* searchButton = new QPushButton(tr("&Search"), this);
    searchButton->setObjectName(QStringLiteral("cashbackSearchButton"));
    connect(searchButton, &QPushButton::clicked, this, &CashbackFlowsView::search);
    connect(m_value, &QLineEdit::returnPressed, this, &CashbackFlowsView::search);
    auto* search = new QWidget(this);
    auto* row = new QHBoxLayout(search);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Search by"), this));
    row->addWidget(m_by);
    row->addWidget(m_value, 1);
    row->addWidget(searchButton);
    return search;
}

QWidget* CashbackFlowsView::createResults()
{
    m_table->setObjectName(QStringLiteral("cashbackFlowTable"));
    m_table->setModel(m_model);
    setUpTable(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CashbackFlowsView::onSelectionChanged);
    m_previous->setObjectName(QStringLiteral("cashbackPreviousButton"));
    m_next->setObjectName(QStringLiteral("cashbackNextButton"));
    m_customer->setObjectName(QStringLiteral("cashbackCustomerButton"));
    m_pageLabel->setObjectName(QStringLiteral("cashbackPageLabel"));
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    m_customer->setEnabled(false);
    m_requeue->setObjectName(QStringLiteral("cashbackRequeueButton"));
    m_requeue->setToolTip(tr("Sends the selected dead-lettered credit or reversal to the "
                             "balance workers again (the ledger still takes it only once)."));
    connect(m_requeue, &QPushButton::clicked, this, &CashbackFlowsView::requeueSelected);
    connect(m_previous, &QPushButton::clicked, this, &CashbackFlowsView::previousPage);
    connect(m_next, &QPushButton::clicked, this, &CashbackFlowsView::nextPage);
    connect(m_customer, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            emit customerChosen(rows.first().data(CashbackFlowModel::AccountIdRole).toString());
    });
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_pageLabel);
    bar->addStretch(1);
    bar->addWidget(m_requeue);
    bar->addWidget(m_customer);
    auto* results = new QWidget(this);
    auto* column = new QVBoxLayout(results);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(bar);
    column->addWidget(m_table, 1);
    return results;
}

QWidget* CashbackFlowsView::createStages()
{
    m_stagesTable->setObjectName(QStringLiteral("cashbackStagesTable"));
    m_stagesTable->setModel(m_stages);
    setUpTable(m_stagesTable);
    m_stagesTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_flowTitle->setObjectName(QStringLiteral("cashbackFlowTitle"));
    m_flowTitle->setText(tr("Select a cashback, or search a payment id, to see its flow."));
    QFont bold = m_flowTitle->font();
    bold.setBold(true);
    m_flowTitle->setFont(bold);
    auto* panel = new QWidget(this);
    auto* column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_flowTitle);
    column->addWidget(m_stagesTable, 1);
    return panel;
}

void CashbackFlowsView::setFilter(const CashbackSearchFilter& filter)
{
    m_by->setCurrentIndex(std::max(0, m_by->findData(int(filter.by))));
    m_value->setText(filter.value);
}

CashbackSearchFilter CashbackFlowsView::filter() const
{
    return {CashbackSearchFilter::By(m_by->currentData().toInt()), m_value->text().trimmed()};
}

void CashbackFlowsView::search()
{
    m_filter = filter();
    m_pages.restart();
    showCurrentPage();
    if (m_filter.by == CashbackSearchFilter::Payment && !m_filter.value.isEmpty())
        showPayment(m_filter.value);
}

void CashbackFlowsView::nextPage()
{
    if (m_model->hasMore() && m_pages.next(m_model->lastCursor()))
        showCurrentPage();
}

void CashbackFlowsView::previousPage()
{
    if (m_pages.previous())
        showCurrentPage();
}

void CashbackFlowsView::showCurrentPage()
{
    m_pageLabel->setText(tr("Page %1 · loading…").arg(pageNumber()));
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    m_live->setQuery(CashbackFlowQuery::search(m_filter, m_pages.start(), pageSize));
}

void CashbackFlowsView::onResult(const QueryResult& result)
{
    const QString selected = m_shownPayment;
    const bool wasEmpty = m_model->rowCount() == 0;
    m_model->setResult(result);
    if (wasEmpty && m_model->rowCount() > 0)
        m_table->resizeColumnsToContents();
    if (!m_model->error().isEmpty())
        m_message->setText(tr("Could not search the cashbacks: %1").arg(m_model->error()));
    else if (m_searchFailed)
        m_message->clear();
    m_searchFailed = !m_model->error().isEmpty();
    const int row = m_model->rowOfPayment(selected);
    if (row >= 0)
        m_table->selectRow(row);
    const int first = m_pages.firstRow(pageSize);
    const int shown = m_model->rowCount();
    m_pageLabel->setText(shown == 0
                             ? tr("Page %1 · no cashbacks").arg(pageNumber())
                             : tr("Page %1 · cashbacks %2–%3%4")
                                   .arg(pageNumber())
                                   .arg(first)
                                   .arg(first + shown - 1)
                                   .arg(m_model->hasMore() ? tr(", more follow") : QString()));
    m_previous->setEnabled(m_pages.hasPrevious());
    m_next->setEnabled(m_model->hasMore());
    updateActions();
}

int CashbackFlowsView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void CashbackFlowsView::onSelectionChanged()
{
    updateActions();
    const int row = selectedRow();
    if (row >= 0)
        showPayment(m_model->cashback(row).paymentId);
}

void CashbackFlowsView::onStateChanged(const ConnectionState& state)
{
    if (m_store->canAct())
        m_role = state.role;
    updateActions();
}

void CashbackFlowsView::updateActions()
{
    const int row = selectedRow();
    m_customer->setEnabled(row >= 0);
    m_requeue->setVisible(ConnectionState::mayOperate(m_role));
    m_requeue->setEnabled(m_store->canAct() && row >= 0 && m_model->cashback(row).isDeadLettered());
}

void CashbackFlowsView::requeueSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_model->cashback(row).isDeadLettered())
        return;
    const CashbackFlowRow cashback = m_model->cashback(row);
    auto* dialog = new RetryDialog(
        tr("Requeue credit"),
        tr("Send cashback %1 of payment %2 (%3) to the balance workers again? It was "
           "dead-lettered: %4")
            .arg(cashback.id)
            .arg(cashback.paymentId, cashback.accountId, cashback.deadReason),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = cashback.id] {
        m_store->run(CashbackFlowQuery::requeue(id, dialog->reason()), this,
                     [this, id](const QueryResult& result) {
                         m_message->setText(
                             result.ok()
                                 ? tr("Cashback %1 is queued again.").arg(id)
                                 : tr("The store refused the requeue: %1").arg(result.error));
                         m_live->refresh();
                         m_flow->refresh();
                     });
    });
    dialog->open();
}

void CashbackFlowsView::showPayment(const QString& paymentId)
{
    if (paymentId.isEmpty() || paymentId == m_shownPayment)
        return;
    m_shownPayment = paymentId;
    m_flowTitle->setText(tr("Payment %1 · loading…").arg(paymentId));
    m_flow->setQuery(CashbackFlowQuery::flow(paymentId));
}
