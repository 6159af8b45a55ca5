#include "DeliveriesPage.h"

#include "DeliverySearchForm.h"
#include "DeliverySearchModel.h"
#include "EndpointHealthView.h"
#include "EventDetailPanel.h"
#include "PageTitle.h"
#include "RetryDialog.h"
#include "StoreBanner.h"
#include "console/LiveQuery.h"
#include "deliveries/CurlCommand.h"
#include "deliveries/DeliveryExport.h"
#include "deliveries/DeliveryRequestQuery.h"
#include "deliveries/DeliveryRetryQuery.h"
#include "deliveries/DeliverySearchQuery.h"
#include "store/StoreClient.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace std::chrono_literals;

namespace {

const QString deliveriesChannel = QStringLiteral("payops_deliveries");
constexpr int pageSize = 50;

// The detail views are taller than what is left under the results: they scroll instead of
// squeezing the results.
QScrollArea* scrolled(QWidget* widget)
{
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(widget);
    return scroll;
}

} // namespace

DeliveriesPage::DeliveriesPage(StoreClient* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_banner(new StoreBanner(store, this))
    , m_form(new DeliverySearchForm(this))
    , m_model(new DeliverySearchModel(this))
    , m_live(new LiveQuery(store, DeliverySearchQuery::page({}, {}, pageSize), this))
    , m_table(new QTableView(this))
    , m_pageLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_previous(new QPushButton(tr("◀ &Previous"), this))
    , m_next(new QPushButton(tr("&Next ▶"), this))
    , m_retryOne(new QPushButton(tr("&Retry delivery…"), this))
    , m_retryAll(new QPushButton(tr("Retry &all matching…"), this))
    , m_copyCurl(new QPushButton(tr("Copy as c&url"), this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_detail(new EventDetailPanel(store, this))
    , m_health(new EndpointHealthView(store, this))
{
    m_model->setPageSize(pageSize);
    m_live->setInterval(30s);
    m_live->setMinimumGap(1s);
    m_live->refreshOn(deliveriesChannel);
    connect(m_live, &LiveQuery::resultReady, this, &DeliveriesPage::onResult);
    connect(m_store, &StoreClient::stateChanged, this, &DeliveriesPage::onStateChanged);
    connect(m_form, &DeliverySearchForm::searchRequested, this, &DeliveriesPage::search);

    m_message->setObjectName(QStringLiteral("deliveriesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("deliveriesSplitter"));
    splitter->addWidget(createResults());
    splitter->addWidget(createDetails());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    // The search, results and detail need more room than a small window has: they scroll
    // then, instead of forcing the window to grow.
    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_form);
    column->addWidget(splitter, 1);
    column->addWidget(m_message);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->addWidget(new PageTitle(tr("Deliveries"), this));
    auto* intro = new QLabel(tr("Webhook deliveries to merchant endpoints, newest first: search "
                                "them, open an event's attempts, retry what failed."),
                             this);
    intro->setObjectName(QStringLiteral("description"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    onStateChanged(m_store->state());
    updateActions();
}

QWidget* DeliveriesPage::createResults()
{
    m_table->setObjectName(QStringLiteral("deliverySearchTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setMinimumHeight(8 * m_table->verticalHeader()->defaultSectionSize());
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeliveriesPage::onSelectionChanged);

    const QList<std::pair<QPushButton*, QString>> buttons{
        {m_previous, QStringLiteral("previousPageButton")},
        {m_next, QStringLiteral("nextPageButton")},
        {m_retryOne, QStringLiteral("retrySelectedButton")},
        {m_retryAll, QStringLiteral("retryMatchingButton")},
        {m_copyCurl, QStringLiteral("copyCurlButton")},
        {m_export, QStringLiteral("exportButton")}};
    for (const auto& [button, name] : buttons)
        button->setObjectName(name);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_copyCurl->setToolTip(tr("Copies a curl command repeating the selected delivery's last "
                              "request: URL, body and headers with the signature it carried. "
                              "Never the signing secret."));
    m_export->setToolTip(tr("Writes every delivery matching the current search (all pages, "
                            "read from the store page by page) to a CSV file."));
    connect(m_previous, &QPushButton::clicked, this, &DeliveriesPage::previousPage);
    connect(m_next, &QPushButton::clicked, this, &DeliveriesPage::nextPage);
    connect(m_retryOne, &QPushButton::clicked, this, &DeliveriesPage::retrySelected);
    connect(m_retryAll, &QPushButton::clicked, this, &DeliveriesPage::retryMatching);
    connect(m_copyCurl, &QPushButton::clicked, this, &DeliveriesPage::copySelectedAsCurl);
    connect(m_export, &QPushButton::clicked, this, &DeliveriesPage::chooseExportFile);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_pageLabel);
    bar->addStretch(1);
    bar->addWidget(m_retryOne);
    bar->addWidget(m_retryAll);
    bar->addWidget(m_copyCurl);
    bar->addWidget(m_export);
    auto* results = new QWidget(this);
    auto* column = new QVBoxLayout(results);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(bar);
    column->addWidget(m_table, 1);
    return results;
}

QWidget* DeliveriesPage::createDetails()
{
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("deliveryDetailTabs"));
    m_detail->setObjectName(QStringLiteral("eventDetailPanel"));
    m_health->setObjectName(QStringLiteral("endpointHealthView"));
    connect(m_detail, &EventDetailPanel::retryRequested, this, &DeliveriesPage::retryDelivery);
    tabs->addTab(scrolled(m_detail), tr("Event"));
    tabs->addTab(scrolled(m_health), tr("Endpoint health"));
    return tabs;
}

void DeliveriesPage::search()
{
    if (!m_form->problem().isEmpty())
        return;
    m_filter = m_form->filter();
    m_pages.restart();
    showCurrentPage();
}

void DeliveriesPage::nextPage()
{
    if (m_model->hasMore() && m_pages.next(m_model->lastCursor()))
        showCurrentPage();
}

void DeliveriesPage::previousPage()
{
    if (m_pages.previous())
        showCurrentPage();
}

void DeliveriesPage::showCurrentPage()
{
    m_pageLabel->setText(tr("Page %1 · loading…").arg(pageNumber()));
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    m_live->setQuery(DeliverySearchQuery::page(m_filter, m_pages.start(), pageSize));
}

void DeliveriesPage::onResult(const QueryResult& result)
{
    const qint64 selected = selectedDelivery();
    const bool wasEmpty = m_model->rowCount() == 0;
    m_model->setResult(result);
    if (wasEmpty && m_model->rowCount() > 0)
        m_table->resizeColumnsToContents();
    if (result.ok())
        m_banner->setDataTime(QDateTime::currentDateTime());
    // A lost connection is the banner's to tell, with the age of the rows still shown.
    if (!result.ok() && !result.connectionLost) {
        showMessage(tr("Could not search the deliveries: %1").arg(result.error), true);
        m_searchFailed = true;
    } else if (m_searchFailed) {
        showMessage({});
        m_searchFailed = false;
    }
    const int row = m_model->rowOfDelivery(selected);
    if (row >= 0)
        m_table->selectRow(row);
    const int first = m_pages.firstRow(pageSize);
    const int shown = m_model->rowCount();
    m_pageLabel->setText(shown == 0
                             ? tr("Page %1 · no deliveries").arg(pageNumber())
                             : tr("Page %1 · deliveries %2–%3%4")
                                   .arg(pageNumber())
                                   .arg(first)
                                   .arg(first + shown - 1)
                                   .arg(m_model->hasMore() ? tr(", more follow") : QString()));
    updateActions();
}

qint64 DeliveriesPage::selectedDelivery() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(DeliverySearchModel::DeliveryIdRole).toLongLong();
}

void DeliveriesPage::onSelectionChanged()
{
    updateActions();
    const int row = m_model->rowOfDelivery(selectedDelivery());
    if (row < 0)
        return;
    const QString eventId = m_model->delivery(row).eventId;
    if (eventId == m_shownEvent)
        return;
    m_shownEvent = eventId;
    m_detail->showEvent(eventId);
}

void DeliveriesPage::onStateChanged(const ConnectionState& state)
{
    if (m_store->canAct() && state.role != m_role) {
        m_role = state.role;
        m_health->setRole(m_role);
        m_detail->setRetryVisible(ConnectionState::mayOperate(m_role));
    }
    updateActions();
}

void DeliveriesPage::updateActions()
{
    const bool connected = m_store->state().kind == ConnectionState::Connected;
    const bool canAct = m_store->canAct();
    const bool selected = selectedDelivery() > 0;
    const bool operatorRole = ConnectionState::mayOperate(m_role);
    m_previous->setEnabled(m_pages.hasPrevious());
    m_next->setEnabled(m_model->hasMore());
    m_retryOne->setVisible(operatorRole);
    m_retryAll->setVisible(operatorRole);
    m_retryOne->setEnabled(canAct && selected);
    m_copyCurl->setEnabled(connected && selected);
    m_export->setEnabled(connected && !m_running);

    using DeliveryRetryQuery::BulkSupport;
    switch (DeliveryRetryQuery::bulkSupport(m_filter)) {
    case BulkSupport::Supported:
        m_retryAll->setEnabled(canAct);
        m_retryAll->setToolTip(tr("Retries every delivery matching the current search now, "
                                  "after telling you how many."));
        break;
    case BulkSupport::NeedsFilter:
        m_retryAll->setEnabled(false);
        m_retryAll->setToolTip(tr("Search by merchant, endpoint id or state first: a bulk "
                                  "retry of every delivery is not allowed."));
        break;
    case BulkSupport::UnsupportedFilter:
        m_retryAll->setEnabled(false);
        m_retryAll->setToolTip(tr("A bulk retry filters by merchant, endpoint id, state and "
                                  "time only; this search also uses a payment id, an event id "
                                  "or a URL fragment. Retry the deliveries one by one."));
        break;
    case BulkSupport::UnsupportedState:
        m_retryAll->setEnabled(false);
        m_retryAll->setToolTip(tr("Deliveries in flight are being attempted right now and "
                                  "cannot be retried."));
        break;
    }
}

void DeliveriesPage::retrySelected()
{
    retryDelivery(selectedDelivery());
}

void DeliveriesPage::retryDelivery(qint64 id)
{
    if (id <= 0)
        return;
    const int row = m_model->rowOfDelivery(id);
    const QString question =
        row < 0 ? tr("Retry delivery %1 now, ahead of scheduled work?").arg(id)
                : tr("Retry delivery %1 of event %2 to %3 now, ahead of scheduled work?")
                      .arg(id)
                      .arg(m_model->delivery(row).eventId, m_model->delivery(row).url);
    auto* dialog = new RetryDialog(tr("Retry delivery"), question, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        m_store->run(
            DeliveryRetryQuery::retryOne(id, dialog->reason()), this,
            [this, id](const QueryResult& result) {
                if (!result.ok()) {
                    showMessage(tr("The store refused the retry: %1").arg(result.error), true);
                    return;
                }
                showMessage(tr("Delivery %1 is due now, ahead of scheduled work.").arg(id));
                m_live->refresh();
            });
    });
    dialog->open();
}

void DeliveriesPage::retryMatching()
{
    const DeliverySearchFilter filter = m_filter;
    if (DeliveryRetryQuery::bulkSupport(filter) != DeliveryRetryQuery::BulkSupport::Supported)
        return;
    m_retryAll->setEnabled(false);
    m_store->run(
        DeliveryRetryQuery::countMatching(filter), this, [this, filter](const QueryResult& result) {
            updateActions();
            if (filter != m_filter)
                return;
            if (!result.ok() || result.rows.isEmpty()) {
                showMessage(tr("Could not count the matching deliveries: %1").arg(result.error),
                            true);
                return;
            }
            confirmRetryMatching(result.rows.first().value(0).toLongLong());
        });
}

void DeliveriesPage::confirmRetryMatching(qint64 count)
{
    if (count == 0) {
        showMessage(tr("No delivery matching the search can be retried (deliveries in flight "
                       "and those of disabled endpoints are skipped)."));
        return;
    }
    const QString question =
        count == 1 ? tr("Retry the one delivery matching the current search now, ahead of "
                        "scheduled work?")
                   : tr("Retry %n deliveries matching the current search now, ahead of "
                        "scheduled work?",
                        nullptr, int(count));
    auto* dialog = new RetryDialog(
        tr("Retry all matching deliveries"),
        question + u' ' + tr("Deliveries in flight and those of disabled endpoints are skipped."),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, filter = m_filter] {
        m_store->run(DeliveryRetryQuery::retryMatching(filter, dialog->reason()), this,
                     [this](const QueryResult& result) {
                         if (!result.ok() || result.rows.isEmpty()) {
                             showMessage(tr("The store refused the retry: %1").arg(result.error),
                                         true);
                             return;
                         }
                         const int retried = result.rows.first().value(0).toInt();
                         showMessage(retried == 1 ? tr("One delivery retried.")
                                                  : tr("%n deliveries retried.", nullptr, retried));
                         m_live->refresh();
                     });
    });
    dialog->open();
}

void DeliveriesPage::copySelectedAsCurl()
{
    const qint64 id = selectedDelivery();
    if (id <= 0)
        return;
    m_store->run(DeliveryRequestQuery::forDelivery(id), this, [this, id](const QueryResult& r) {
        if (!r.ok() || r.rows.isEmpty()) {
            showMessage(tr("Could not read delivery %1: %2").arg(id).arg(r.error), true);
            return;
        }
        const QVariantList& row = r.rows.first();
        const QString headers = row.value(r.column(QStringLiteral("request_headers"))).toString();
        QGuiApplication::clipboard()->setText(
            CurlCommand::build(row.value(r.column(QStringLiteral("url"))).toString(),
                               row.value(r.column(QStringLiteral("event_id"))).toString(), headers,
                               row.value(r.column(QStringLiteral("body"))).toString()));
        showMessage(headers.isEmpty()
                        ? tr("Copied a curl command for delivery %1. It was never attempted, so "
                             "the command carries no signature.")
                              .arg(id)
                        : tr("Copied a curl command for delivery %1 with the headers of its last "
                             "attempt (signature included, secret never).")
                              .arg(id));
    });
}

void DeliveriesPage::chooseExportFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export all matching deliveries"),
                                     QStringLiteral("deliveries.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void DeliveriesPage::exportTo(const QString& path)
{
    if (m_running)
        return;
    auto* job = new DeliveryExport(m_store, m_filter, path, this);
    m_running = job;
    connect(job, &DeliveryExport::progressed, this, [this](qint64 rows) {
        showMessage(tr("Exporting… %n deliveries written", nullptr, int(rows)));
    });
    connect(
        job, &DeliveryExport::finished, this, [this, job, path](qint64 rows, const QString& error) {
            job->deleteLater();
            if (error.isEmpty())
                showMessage(
                    rows == 1 ? tr("Exported one delivery to %1.").arg(path)
                              : tr("Exported %n deliveries to %1.", nullptr, int(rows)).arg(path));
            else
                showMessage(tr("Export failed, nothing written: %1").arg(error), true);
            QMetaObject::invokeMethod(this, &DeliveriesPage::updateActions, Qt::QueuedConnection);
        });
    updateActions();
    job->start();
}

void DeliveriesPage::showMessage(const QString& text, bool problem)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, problem ? QColor(0xc6, 0x28, 0x28)
                                                   : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setText(text);
    if (!text.isEmpty())
        emit messageShown(text);
}
