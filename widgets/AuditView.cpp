#include "AuditView.h"

#include "AuditLogModel.h"
#include "console/LiveQuery.h"
#include "downtimes/AuditQuery.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int pageSize = 100;

} // namespace

AuditView::AuditView(StoreClient* store, QWidget* parent)
    : QWidget(parent)
    , m_live(new LiveQuery(store, AuditQuery::page({}, {}, pageSize + 1), this))
    , m_model(new AuditLogModel(this))
    , m_actor(new QLineEdit(this))
    , m_action(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_useTime(new QCheckBox(tr("Between"), this))
    , m_from(new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1), this))
    , m_to(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), this))
    , m_table(new QTableView(this))
    , m_diff(new QPlainTextEdit(this))
    , m_pageLabel(new QLabel(this))
    , m_previous(new QPushButton(tr("◀ &Previous"), this))
    , m_next(new QPushButton(tr("&Next ▶"), this))
{
    setObjectName(u"auditView"_s);
    m_model->setPageSize(pageSize);
    // Every audited function NOTIFYs payops_events with its target; coalesced.
    m_live->setInterval(30s);
    m_live->setMinimumGap(2s);
    m_live->refreshOn(u"payops_events"_s);
    connect(m_live, &LiveQuery::resultReady, this, &AuditView::onResult);
    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditView::showSelected);
    m_diff->setObjectName(u"auditDiff"_s);
    m_diff->setReadOnly(true);
    m_diff->setPlaceholderText(tr("Select a row to see what it changed."));
    m_previous->setObjectName(u"auditPrevious"_s);
    m_next->setObjectName(u"auditNext"_s);
    m_pageLabel->setObjectName(u"auditPageLabel"_s);
    connect(m_previous, &QPushButton::clicked, this, &AuditView::previousPage);
    connect(m_next, &QPushButton::clicked, this, &AuditView::nextPage);

    auto* pager = new QHBoxLayout;
    pager->addWidget(m_previous);
    pager->addWidget(m_next);
    pager->addWidget(m_pageLabel, 1);
    auto* results = new QWidget(this);
    auto* column = new QVBoxLayout(results);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(pager);
    column->addWidget(m_table, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(results);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(createFilters());
    layout->addWidget(splitter, 1);
}

QWidget* AuditView::createFilters()
{
    m_actor->setObjectName(u"auditActorFilter"_s);
    m_actor->setPlaceholderText(tr("who (login)"));
    m_action->setObjectName(u"auditActionFilter"_s);
    m_action->setPlaceholderText(tr("action, e.g. mute"));
    m_target->setObjectName(u"auditTargetFilter"_s);
    m_target->setPlaceholderText(tr("target contains, e.g. downtime:12"));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    for (QDateTimeEdit* edit : {m_from, m_to})
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    connect(m_useTime, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTime, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto* apply = new QPushButton(tr("&Search"), this);
    apply->setObjectName(u"auditSearchButton"_s);
    connect(apply, &QPushButton::clicked, this, &AuditView::search);
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    for (QLineEdit* edit : {m_actor, m_action, m_target}) {
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::returnPressed, this, &AuditView::search);
        row->addWidget(edit, 1);
    }
    row->addWidget(m_useTime);
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("and"), this));
    row->addWidget(m_to);
    row->addWidget(apply);
    return bar;
}

QString AuditView::diffText() const
{
    return m_diff->toPlainText();
}

void AuditView::setFilter(const AuditFilter& filter)
{
    m_actor->setText(filter.actor);
    m_action->setText(filter.action);
    m_target->setText(filter.target);
    m_filter = filter;
    m_pages.restart();
    showCurrentPage();
}

void AuditView::search()
{
    AuditFilter filter;
    filter.actor = m_actor->text().trimmed();
    filter.action = m_action->text().trimmed();
    filter.target = m_target->text().trimmed();
    if (m_useTime->isChecked()) {
        filter.from = m_from->dateTime();
        filter.to = m_to->dateTime();
    }
    m_filter = filter;
    m_pages.restart();
    showCurrentPage();
}

void AuditView::nextPage()
{
    if (m_model->hasMore() && m_pages.next(m_model->lastCursor()))
        showCurrentPage();
}

void AuditView::previousPage()
{
    if (m_pages.previous())
        showCurrentPage();
}

void AuditView::refresh()
{
    m_live->refresh();
}

void AuditView::showCurrentPage()
{
    m_pageLabel->setText(tr("Page %1 · loading…").arg(m_pages.number()));
    m_live->setQuery(AuditQuery::page(m_filter, m_pages.start(), pageSize + 1));
}

void AuditView::onResult(const QueryResult& result)
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const qint64 id = selected.isEmpty() ? 0 : m_model->entry(selected.first().row()).id;
    const bool wasEmpty = m_model->rowCount() == 0;
    m_model->setResult(result);
    if (wasEmpty && m_model->rowCount() > 0)
        m_table->resizeColumnsToContents();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entry(row).id == id)
            m_table->selectRow(row);
    }
    const int first = m_pages.firstRow(pageSize);
    const int shown = m_model->rowCount();
    m_pageLabel->setText(!result.ok() ? tr("Could not read the audit log: %1").arg(result.error)
                         : shown == 0
                             ? tr("Page %1 · no entries").arg(m_pages.number())
                             : tr("Page %1 · entries %2–%3%4")
                                   .arg(m_pages.number())
                                   .arg(first)
                                   .arg(first + shown - 1)
                                   .arg(m_model->hasMore() ? tr(", more follow") : QString()));
    m_previous->setEnabled(m_pages.hasPrevious());
    m_next->setEnabled(m_model->hasMore());
}

void AuditView::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_diff->clear();
        return;
    }
    const AuditRow& row = m_model->entry(rows.first().row());
    const QString changes = AuditDiff::text(row.changes);
    m_diff->setPlainText(tr("%1 by %2 on %3").arg(row.action, row.actor, row.target) +
                         (row.reason.isEmpty() ? QString() : tr(" — reason: %1").arg(row.reason)) +
                         u"\n\n"_s + (changes.isEmpty() ? tr("No changes recorded.") : changes));
}
