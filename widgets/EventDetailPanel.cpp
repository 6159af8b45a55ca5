#include "EventDetailPanel.h"

#include "AttemptTimelineModel.h"
#include "AttemptTimelineView.h"
#include "DisplayFormat.h"
#include "EventDeliveriesModel.h"
#include "console/LiveQuery.h"
#include "deliveries/AttemptsQuery.h"
#include "deliveries/EventDetailQuery.h"
#include "store/StoreClient.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

using namespace std::chrono_literals;

namespace {

const QString deliveriesChannel = QStringLiteral("payops_deliveries");

QString formattedJson(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return text;
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

// The headers as sent; anything that could be a signing secret stays off the screen.
QString headersText(const QVariantMap& headers)
{
    QStringList lines;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        const QString value = it.value().toString();
        if (it.key().contains(u"secret", Qt::CaseInsensitive) || value.contains(u"whsec_"))
            continue;
        lines << it.key() + QStringLiteral(": ") + value;
    }
    return lines.join(u'\n');
}

QPlainTextEdit* monospaceText(const QString& name, QWidget* parent)
{
    auto* text = new QPlainTextEdit(parent);
    text->setObjectName(name);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    return text;
}

QTableView* table(const QString& name, QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

EventDetailPanel::EventDetailPanel(StoreClient* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_deliveries(new EventDeliveriesModel(this))
    , m_attempts(new AttemptTimelineModel(this))
    , m_header(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_payload(monospaceText(QStringLiteral("payloadView"), this))
    , m_deliveriesTable(table(QStringLiteral("deliveriesTable"), m_deliveries, this))
    , m_retry(new QPushButton(tr("Retry delivery…"), this))
    , m_timeline(new AttemptTimelineView(this))
    , m_attemptsTable(table(QStringLiteral("attemptsTable"), m_attempts, this))
    , m_requestHeaders(monospaceText(QStringLiteral("requestHeadersView"), this))
    , m_response(monospaceText(QStringLiteral("responseView"), this))
{
    setObjectName(QStringLiteral("eventDetailPanel"));
    m_timeline->setModel(m_attempts);
    m_timeline->setSelectionModel(m_attemptsTable->selectionModel());

    auto* payload = new QWidget(this);
    auto* payloadColumn = new QVBoxLayout(payload);
    payloadColumn->setContentsMargins(0, 0, 0, 0);
    payloadColumn->addWidget(caption(tr("Payload"), payload));
    payloadColumn->addWidget(m_payload);

    auto* deliveryColumn = new QSplitter(Qt::Vertical, this);
    deliveryColumn->addWidget(createDeliveries());
    deliveryColumn->addWidget(createAttempts());
    deliveryColumn->addWidget(createAttemptDetail());
    deliveryColumn->setStretchFactor(0, 1);
    deliveryColumn->setStretchFactor(1, 3);
    deliveryColumn->setStretchFactor(2, 2);
    deliveryColumn->setSizes({150, 420, 200});

    auto* columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(payload);
    columns->addWidget(deliveryColumn);
    columns->setStretchFactor(1, 3);
    columns->setSizes({320, 900});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createHeader());
    layout->addWidget(columns, 1);

    connect(m_deliveriesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventDetailPanel::onDeliverySelected);
    connect(m_attemptsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventDetailPanel::onAttemptSelected);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_deliveryId > 0)
            emit retryRequested(m_deliveryId);
    });
    m_retry->setEnabled(false);
}

QWidget* EventDetailPanel::createHeader()
{
    auto* header = new QWidget(this);
    auto* column = new QVBoxLayout(header);
    column->setContentsMargins(0, 0, 0, 4);
    m_header->setObjectName(QStringLiteral("eventHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    m_header->setText(tr("No event selected."));
    m_problem->setObjectName(QStringLiteral("eventProblem"));
    m_problem->setWordWrap(true);
    QPalette problem = m_problem->palette();
    problem.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problem->setPalette(problem);
    m_problem->hide();
    column->addWidget(m_header);
    column->addWidget(m_problem);
    return header;
}

QWidget* EventDetailPanel::createDeliveries()
{
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto* title = new QHBoxLayout;
    title->addWidget(caption(tr("Deliveries"), box));
    title->addStretch(1);
    m_retry->setObjectName(QStringLiteral("retryDeliveryButton"));
    title->addWidget(m_retry);
    column->addLayout(title);
    column->addWidget(m_deliveriesTable);
    return box;
}

QWidget* EventDetailPanel::createAttempts()
{
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(caption(tr("Attempt timeline"), box));
    column->addWidget(m_timeline);
    column->addWidget(m_attemptsTable, 1);
    return box;
}

QWidget* EventDetailPanel::createAttemptDetail()
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto* request = new QVBoxLayout;
    request->addWidget(caption(tr("Request headers"), box));
    request->addWidget(m_requestHeaders);
    auto* response = new QVBoxLayout;
    response->addWidget(caption(tr("Response / error"), box));
    response->addWidget(m_response);
    row->addLayout(request, 1);
    row->addLayout(response, 1);
    return box;
}

void EventDetailPanel::setRetryVisible(bool visible)
{
    m_retry->setVisible(visible);
}

void EventDetailPanel::showEvent(const QString& eventId)
{
    m_eventId = eventId;
    m_deliveryId = 0;
    m_attemptId = 0;
    m_deliveries->clear();
    m_attempts->clear();
    m_payload->clear();
    m_requestHeaders->clear();
    m_response->clear();
    m_problem->hide();
    m_retry->setEnabled(false);
    delete m_attemptsQuery;
    m_header->setText(tr("Loading event %1…").arg(eventId.toHtmlEscaped()));
    m_eventLoaded = false;
    loadEvent();
    m_deliveriesQuery = replaceQuery(m_deliveriesQuery, EventDetailQuery::deliveries(eventId));
    connect(m_deliveriesQuery, &LiveQuery::resultReady, this, &EventDetailPanel::applyDeliveries);
}

void EventDetailPanel::loadEvent()
{
    const QString eventId = m_eventId;
    m_store->run(EventDetailQuery::event(eventId), this, [this, eventId](const QueryResult& r) {
        if (eventId == m_eventId)
            applyEvent(r);
    });
}

LiveQuery* EventDetailPanel::replaceQuery(LiveQuery* old, const Query& query)
{
    delete old; // its callbacks die with it: no stale result arrives
    auto* live = new LiveQuery(m_store, query, this);
    live->setInterval(30s);
    live->setMinimumGap(1s);
    live->refreshOn(deliveriesChannel);
    return live; // it runs as soon as the store is connected
}

void EventDetailPanel::applyEvent(const QueryResult& result)
{
    if (!result.ok()) {
        showProblem(tr("Could not read the event: %1"), result);
        return;
    }
    m_eventLoaded = true;
    m_problem->hide();
    if (result.rows.isEmpty()) {
        m_header->setText(tr("No webhook event %1 in the store.").arg(m_eventId.toHtmlEscaped()));
        emit refreshed();
        return;
    }
    const QVariantList& row = result.rows.constFirst();
    const auto value = [&](const char* name) {
        return row.value(result.column(QString::fromLatin1(name)));
    };
    const QString none = tr("—");
    const QString paymentId = value("payment_id").toString();
    const QString merchant = value("merchant_id").toString();
    const QString created = DisplayFormat::dateTime(value("created_at").toDateTime(), true);
    m_header->setText(
        QStringLiteral("<b>%1</b> · %2<br>")
            .arg(value("id").toString().toHtmlEscaped(), value("type").toString().toHtmlEscaped()) +
        tr("merchant %1 · payment %2 · created %3")
            .arg(merchant.isEmpty() ? none : merchant.toHtmlEscaped(),
                 paymentId.isEmpty() ? none : paymentId.toHtmlEscaped(), created));
    m_payload->setPlainText(formattedJson(value("payload").toString()));
    emit refreshed();
}

void EventDetailPanel::applyDeliveries(const QueryResult& result)
{
    if (!result.ok()) {
        showProblem(tr("Could not read the deliveries: %1"), result);
        return;
    }
    if (!m_eventLoaded) // the store was out of reach when the event was opened
        loadEvent();
    const qint64 keep = m_deliveryId;
    m_deliveries->setResult(result);
    int row = m_deliveries->rowOfDelivery(keep);
    if (row < 0 && m_deliveries->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        const QSignalBlocker blocker(m_deliveriesTable->selectionModel());
        m_deliveriesTable->selectionModel()->setCurrentIndex(m_deliveries->index(row, 0),
                                                             QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    }
    m_deliveriesTable->viewport()->update();
    followDelivery(m_deliveries->deliveryIdAt(row));
    emit refreshed();
}

void EventDetailPanel::onDeliverySelected()
{
    followDelivery(m_deliveries->deliveryIdAt(m_deliveriesTable->currentIndex().row()));
}

void EventDetailPanel::followDelivery(qint64 deliveryId)
{
    m_retry->setEnabled(deliveryId > 0);
    if (deliveryId == m_deliveryId && m_attemptsQuery)
        return;
    m_deliveryId = deliveryId;
    m_attemptId = 0;
    m_attempts->clear();
    m_requestHeaders->clear();
    m_response->clear();
    if (deliveryId <= 0) {
        delete m_attemptsQuery;
        return;
    }
    m_attemptsQuery = replaceQuery(m_attemptsQuery, AttemptsQuery::forDelivery(deliveryId));
    connect(m_attemptsQuery, &LiveQuery::resultReady, this, &EventDetailPanel::applyAttempts);
}

void EventDetailPanel::applyAttempts(const QueryResult& result)
{
    if (!result.ok()) {
        showProblem(tr("Could not read the attempts: %1"), result);
        return;
    }
    m_problem->hide();
    const qint64 keep = m_attemptId;
    m_attempts->setResult(result);
    int row = -1;
    if (keep > 0)
        row = m_attempts->rowOfAttempt(keep);
    else if (keep < 0 && m_attempts->hasScheduledRow())
        row = m_attempts->rowCount() - 1;
    if (row < 0 && m_attempts->rowCount() > 0) // the latest attempt, if any was made
        row = std::max(0, m_attempts->rowCount() - (m_attempts->hasScheduledRow() ? 2 : 1));
    if (row >= 0)
        m_attemptsTable->selectionModel()->setCurrentIndex(m_attempts->index(row, 0),
                                                           QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    onAttemptSelected();
    emit refreshed();
}

void EventDetailPanel::onAttemptSelected()
{
    const QModelIndex current = m_attemptsTable->currentIndex();
    rememberAttempt();
    if (!current.isValid()) {
        m_requestHeaders->clear();
        m_response->clear();
        return;
    }
    if (current.data(AttemptTimelineModel::IsScheduledRole).toBool()) {
        m_requestHeaders->setPlainText(
            tr("Not sent yet: %1").arg(current.data(Qt::ToolTipRole).toString()));
        m_response->clear();
        return;
    }
    m_requestHeaders->setPlainText(
        headersText(current.data(AttemptTimelineModel::RequestHeadersRole).toMap()));
    const QString error = current.data(AttemptTimelineModel::TransportErrorRole).toString();
    const QVariant status = current.data(AttemptTimelineModel::HttpStatusRole);
    QString response;
    if (status.isValid())
        response = tr("HTTP %1").arg(status.toInt()) + u'\n';
    if (!error.isEmpty())
        response += tr("Transport error: %1").arg(error) + u'\n';
    const QString excerpt = current.data(AttemptTimelineModel::ResponseExcerptRole).toString();
    response += excerpt.isEmpty() ? tr("(no response body)") : excerpt;
    m_response->setPlainText(response);
}

void EventDetailPanel::rememberAttempt()
{
    const QModelIndex current = m_attemptsTable->currentIndex();
    if (!current.isValid())
        return;
    m_attemptId = current.data(AttemptTimelineModel::IsScheduledRole).toBool()
                      ? -1
                      : current.data(AttemptTimelineModel::AttemptIdRole).toLongLong();
}

void EventDetailPanel::showProblem(const QString& what, const QueryResult& result)
{
    m_problem->setText(what.arg(result.error));
    m_problem->show();
    emit refreshed();
}
