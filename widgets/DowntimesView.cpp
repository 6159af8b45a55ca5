#include "DowntimesView.h"

#include "ActionText.h"
#include "DowntimeDetailPanel.h"
#include "DowntimeLabelDialog.h"
#include "DowntimeListModel.h"
#include "MuteEditorDialog.h"
#include "console/LiveQuery.h"
#include "downtimes/DowntimeQuery.h"
#include "store/StoreClient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int pageSize = 50;

} // namespace

DowntimesView::DowntimesView(StoreClient* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new DowntimeListModel(this))
    , m_live(new LiveQuery(store, DowntimeQuery::page({}, {}, pageSize + 1), this))
    , m_state(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_rule(new QComboBox(this))
    , m_cohort(new QLineEdit(this))
    , m_useTime(new QCheckBox(tr("Between"), this))
    , m_from(new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1), this))
    , m_to(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600), this))
    , m_label(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_pageLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_previous(new QPushButton(tr("◀ &Previous"), this))
    , m_next(new QPushButton(tr("&Next ▶"), this))
    , m_detail(new DowntimeDetailPanel(store, this))
{
    setObjectName(u"downtimesView"_s);
    m_model->setPageSize(pageSize);
    m_live->setInterval(30s);
    m_live->setMinimumGap(1s);
    m_live->refreshOn(u"payops_detection"_s);
    connect(m_live, &LiveQuery::resultReady, this, &DowntimesView::onResult);
    connect(m_store, &StoreClient::stateChanged, this, &DowntimesView::onStateChanged);
    connect(m_previous, &QPushButton::clicked, this, &DowntimesView::previousPage);
    connect(m_next, &QPushButton::clicked, this, &DowntimesView::nextPage);
    connect(m_detail, &DowntimeDetailPanel::labelRequested, this, &DowntimesView::openLabelDialog);
    connect(m_detail, &DowntimeDetailPanel::muteRequested, this, &DowntimesView::openMuteEditor);

    m_table->setObjectName(u"downtimesTable"_s);
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
            &DowntimesView::onSelectionChanged);
    m_previous->setObjectName(u"downtimesPrevious"_s);
    m_next->setObjectName(u"downtimesNext"_s);
    m_pageLabel->setObjectName(u"downtimesPageLabel"_s);
    m_message->setObjectName(u"downtimesMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

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
    splitter->addWidget(m_detail);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(createFilters());
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    // The rule filter's choices: read once connected, again when a rule changes.
    auto* rules = new LiveQuery(store, DowntimeQuery::rules(), this);
    rules->setInterval(300s);
    rules->refreshOn(u"payops_rules"_s);
    connect(rules, &LiveQuery::resultReady, this, &DowntimesView::fillRules);
    onStateChanged(m_store->state());
}

QWidget* DowntimesView::createFilters()
{
    m_state->setObjectName(u"downtimeStateFilter"_s);
    m_state->addItem(tr("Any state"), QString());
    m_state->addItem(tr("Open"), u"open"_s);
    m_state->addItem(tr("Resolved"), u"resolved"_s);
    m_severity->setObjectName(u"downtimeSeverityFilter"_s);
    m_severity->setEditable(true);
    m_severity->addItem(QString());
    for (const QString& name : {u"critical"_s, u"major"_s, u"minor"_s})
        m_severity->addItem(name);
    m_severity->lineEdit()->setPlaceholderText(tr("any severity"));
    m_rule->setObjectName(u"downtimeRuleFilter"_s);
    m_rule->addItem(tr("Any rule"), 0);
    m_cohort->setObjectName(u"downtimeCohortFilter"_s);
    m_cohort->setPlaceholderText(tr("cohort contains, e.g. issuer=HDFC"));
    m_cohort->setClearButtonEnabled(true);
    m_useTime->setObjectName(u"downtimeTimeFilter"_s);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    for (QDateTimeEdit* edit : {m_from, m_to})
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    connect(m_useTime, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTime, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_label->setObjectName(u"downtimeLabelFilter"_s);
    m_label->addItem(tr("Any label"), QString());
    m_label->addItem(tr("True positive"), u"true_positive"_s);
    m_label->addItem(tr("False positive"), u"false_positive"_s);
    m_label->addItem(tr("Not labelled"), u"unlabelled"_s);
    auto* apply = new QPushButton(tr("&Search"), this);
    apply->setObjectName(u"downtimeSearchButton"_s);
    apply->setDefault(true);
    connect(apply, &QPushButton::clicked, this, &DowntimesView::search);
    connect(m_cohort, &QLineEdit::returnPressed, this, &DowntimesView::search);
    for (QComboBox* box : {m_state, m_rule, m_label})
        connect(box, &QComboBox::activated, this, &DowntimesView::search);

    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_state, m_severity, m_rule, m_cohort, m_useTime, m_from})
        row->addWidget(widget, widget == m_cohort ? 2 : 0);
    row->addWidget(new QLabel(tr("and"), this));
    row->addWidget(m_to);
    row->addWidget(m_label);
    row->addWidget(apply);
    return bar;
}

void DowntimesView::fillRules(const QueryResult& result)
{
    if (!result.ok())
        return;
    const QSignalBlocker blocker(m_rule);
    const qint64 chosen = m_rule->currentData().toLongLong();
    while (m_rule->count() > 1)
        m_rule->removeItem(1);
    for (const QVariantList& values : result.rows)
        m_rule->addItem(
            tr("%1 (#%2)").arg(values.value(1).toString()).arg(values.value(0).toLongLong()),
            values.value(0).toLongLong());
    const int index = m_rule->findData(chosen != 0 ? chosen : m_filter.ruleId);
    if (index >= 0)
        m_rule->setCurrentIndex(index);
}

void DowntimesView::setFilter(const DowntimeFilter& filter)
{
    m_state->setCurrentIndex(std::max(0, m_state->findData(filter.state)));
    m_severity->setEditText(filter.severity);
    const int rule = m_rule->findData(filter.ruleId);
    if (rule >= 0)
        m_rule->setCurrentIndex(rule);
    m_cohort->setText(filter.cohortText);
    m_useTime->setChecked(filter.from.isValid() || filter.to.isValid());
    if (filter.from.isValid())
        m_from->setDateTime(filter.from);
    if (filter.to.isValid())
        m_to->setDateTime(filter.to);
    m_label->setCurrentIndex(std::max(0, m_label->findData(filter.label)));
    m_filter = filter;
    m_pages.restart();
    showCurrentPage();
}

void DowntimesView::search()
{
    DowntimeFilter filter;
    filter.state = m_state->currentData().toString();
    filter.severity = m_severity->currentText().trimmed();
    filter.ruleId = m_rule->currentData().toLongLong();
    if (filter.ruleId == 0 && m_filter.ruleId != 0 && m_rule->findData(m_filter.ruleId) < 0)
        filter.ruleId = m_filter.ruleId; // not listed (yet): keep it
    filter.cohortText = m_cohort->text().trimmed();
    if (m_useTime->isChecked()) {
        filter.from = m_from->dateTime();
        filter.to = m_to->dateTime();
    }
    filter.label = m_label->currentData().toString();
    m_filter = filter;
    m_pages.restart();
    showCurrentPage();
}

void DowntimesView::nextPage()
{
    if (m_model->hasMore() && m_pages.next(m_model->lastCursor()))
        showCurrentPage();
}

void DowntimesView::previousPage()
{
    if (m_pages.previous())
        showCurrentPage();
}

void DowntimesView::refresh()
{
    m_live->refresh();
}

void DowntimesView::showCurrentPage()
{
    m_pageLabel->setText(tr("Page %1 · loading…").arg(m_pages.number()));
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    m_live->setQuery(DowntimeQuery::page(m_filter, m_pages.start(), pageSize + 1));
}

void DowntimesView::onResult(const QueryResult& result)
{
    const qint64 selected = selectedDowntime();
    const bool wasEmpty = m_model->rowCount() == 0;
    m_model->setResult(result);
    if (!result.ok())
        showMessage(tr("Could not read the downtimes: %1").arg(result.error), true);
    if (wasEmpty && m_model->rowCount() > 0)
        m_table->resizeColumnsToContents();
    const int row = m_model->rowOf(selected);
    if (row >= 0) {
        m_table->selectRow(row);
        m_detail->showDowntime(m_model->downtime(row));
    }
    const int first = m_pages.firstRow(pageSize);
    const int shown = m_model->rowCount();
    m_pageLabel->setText(shown == 0
                             ? tr("Page %1 · no downtimes").arg(m_pages.number())
                             : tr("Page %1 · downtimes %2–%3%4")
                                   .arg(m_pages.number())
                                   .arg(first)
                                   .arg(first + shown - 1)
                                   .arg(m_model->hasMore() ? tr(", more follow") : QString()));
    m_previous->setEnabled(m_pages.hasPrevious());
    m_next->setEnabled(m_model->hasMore());
}

void DowntimesView::onStateChanged(const ConnectionState& state)
{
    if (m_store->canAct())
        m_role = state.role;
    m_detail->setActionsVisible(ConnectionState::mayOperate(m_role));
}

void DowntimesView::onSelectionChanged()
{
    const int row = m_model->rowOf(selectedDowntime());
    if (row < 0)
        m_detail->clear();
    else
        m_detail->showDowntime(m_model->downtime(row));
}

qint64 DowntimesView::selectedDowntime() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(DowntimeListModel::DowntimeIdRole).toLongLong();
}

bool DowntimesView::selectDowntime(qint64 downtimeId)
{
    const int row = m_model->rowOf(downtimeId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

QString DowntimesView::message() const
{
    return m_message->text();
}

void DowntimesView::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
}

void DowntimesView::openLabelDialog(qint64 downtimeId)
{
    const int row = m_model->rowOf(downtimeId);
    if (row < 0)
        return;
    const DowntimeRow& downtime = m_model->downtime(row);
    auto* dialog = new DowntimeLabelDialog(downtimeId, downtime.label, downtime.labelNote, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, downtimeId] {
        labelDowntime(downtimeId, dialog->label(), dialog->note());
    });
    dialog->open();
}

void DowntimesView::labelDowntime(qint64 downtimeId, const QString& label, const QString& note)
{
    if (const QString problem =
            ActionText::problem({{QStringLiteral("label"), label}, {QStringLiteral("note"), note}});
        !problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    m_store->run(DowntimeQuery::label(downtimeId, label, note), this,
                 [this, downtimeId, label](const QueryResult& result) {
                     if (!result.ok()) {
                         showMessage(tr("The store refused the label: %1").arg(result.error), true);
                         return;
                     }
                     showMessage(label.isEmpty()
                                     ? tr("Downtime %1 has no label now.").arg(downtimeId)
                                     : tr("Downtime %1 labelled %2.").arg(downtimeId).arg(label));
                     m_live->refresh();
                     emit labelled(downtimeId);
                 });
}

void DowntimesView::openMuteEditor(qint64 downtimeId)
{
    const int row = m_model->rowOf(downtimeId);
    if (row < 0)
        return;
    const DowntimeRow& downtime = m_model->downtime(row);
    auto* editor = new MuteEditorDialog(m_store, downtime.matchers(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setReason(QString());
    connect(editor, &MuteEditorDialog::muteCreated, this, [this](qint64 muteId) {
        showMessage(tr("Mute %1 saved.").arg(muteId));
        m_live->refresh();
        emit muteCreated(muteId);
    });
    editor->open();
    emit muteEditorOpened(editor);
}
