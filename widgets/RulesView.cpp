#include "RulesView.h"

#include "ActionText.h"
#include "RuleEditorDialog.h"
#include "RuleListModel.h"
#include "RuleVersionsView.h"
#include "console/LiveQuery.h"
#include "rules/RuleListQuery.h"
#include "store/StoreClient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace std::chrono_literals;

RulesView::RulesView(StoreClient* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new RuleListModel(this))
    , m_query(new LiveQuery(store, RuleListQuery::current(), this))
    , m_table(new QTableView(this))
    , m_versions(new RuleVersionsView(store, this))
    , m_message(new QLabel(this))
    , m_new(new QPushButton(tr("&New rule…"), this))
    , m_open(new QPushButton(this))
{
    m_query->setInterval(30s); // cohorts watched and downtimes move without a rule change
    m_query->setMinimumGap(1s);
    m_query->refreshOn(QStringLiteral("payops_rules"));
    connect(m_query, &LiveQuery::resultReady, m_model, &RuleListModel::setResult);
    connect(m_model, &RuleListModel::resultApplied, this, [this] {
        m_message->setText(m_model->error().isEmpty()
                               ? tr("%n rule(s).", nullptr, m_model->rowCount())
                               : tr("Could not load the rules: %1").arg(m_model->error()));
        if (m_versions->ruleId() > 0) {
            selectRule(m_versions->ruleId());           // the reset cleared the selection
            m_versions->showRule(m_versions->ruleId()); // a new version may have come
        }
        updateActions();
    });
    connect(m_store, &StoreClient::stateChanged, this, &RulesView::onStateChanged);

    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RuleListModel::CohortColumn,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (selectedRuleId() != m_versions->ruleId())
            m_versions->showRule(selectedRuleId());
        updateActions();
    });
    connect(m_table, &QTableView::doubleClicked, this, &RulesView::openSelected);
    m_new->setObjectName(QStringLiteral("newRule"));
    m_open->setObjectName(QStringLiteral("openRule"));
    m_message->setObjectName(QStringLiteral("rulesMessage"));
    m_message->setWordWrap(true);
    connect(m_new, &QPushButton::clicked, this, &RulesView::newRule);
    connect(m_open, &QPushButton::clicked, this, &RulesView::openSelected);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_message, 1);
    bar->addWidget(m_new);
    bar->addWidget(m_open);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_versions);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    onStateChanged(m_store->state());
}

void RulesView::refresh()
{
    m_query->refresh();
}

void RulesView::onStateChanged(const ConnectionState& state)
{
    if (m_store->canAct())
        m_role = state.role;
    updateActions();
}

void RulesView::updateActions()
{
    const bool admin = m_role == u"admin";
    const bool connected = m_store->canAct();
    m_new->setVisible(admin);
    m_new->setEnabled(connected);
    m_open->setText(admin ? tr("&Edit…") : tr("&View…"));
    m_open->setEnabled(selectedRuleId() > 0);
}

qint64 RulesView::selectedRuleId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->rule(rows.first().row()).id;
}

void RulesView::selectRule(qint64 ruleId)
{
    const int row = m_model->rowOf(ruleId);
    if (row >= 0)
        m_table->selectRow(row);
}

void RulesView::newRule()
{
    openEditor(new RuleEditorDialog(0, 0, QString(), true, {}, m_role == u"admin", this));
}

void RulesView::openSelected()
{
    const int row = m_model->rowOf(selectedRuleId());
    if (row < 0)
        return;
    const RuleListModel::Rule& rule = m_model->rule(row);
    openEditor(new RuleEditorDialog(rule.id, rule.version, rule.name, rule.enabled, rule.definition,
                                    m_role == u"admin", this));
}

void RulesView::openEditor(RuleEditorDialog* editor)
{
    if (m_editor)
        m_editor->close();
    m_editor = editor;
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &RuleEditorDialog::saveRequested, this, &RulesView::save);
    connect(editor, &RuleEditorDialog::backtestRequested, this, [this, editor] {
        const int row = m_model->rowOf(editor->ruleId());
        const RuleListModel::Rule saved = row >= 0 ? m_model->rule(row) : RuleListModel::Rule{};
        emit backtestRequested(editor->ruleId(), saved.version, editor->name(), saved.definition,
                               editor->definition());
    });
    editor->show();
}

void RulesView::save()
{
    RuleEditorDialog* editor = m_editor;
    if (!editor)
        return;
    if (const QString problem =
            ActionText::problem({{QStringLiteral("name"), editor->name()},
                                 {QStringLiteral("comment"), editor->comment()}});
        !problem.isEmpty()) {
        editor->showRefusal(problem);
        return;
    }
    editor->setBusy(true);
    const Query query = RuleListQuery::save(editor->ruleId(), editor->name(), editor->definition(),
                                            editor->comment(), editor->isRuleEnabled());
    m_store->run(query, editor, [this, editor](const QueryResult& r) {
        if (!r.ok() || r.rows.isEmpty()) {
            editor->showRefusal(r.ok() ? tr("no version was returned") : r.error);
            return;
        }
        const qint64 ruleId = r.rows.first().value(0).toLongLong();
        const int version = r.rows.first().value(1).toInt();
        editor->accept();
        m_message->setText(tr("Saved version %1 of rule %2.").arg(version).arg(ruleId));
        m_versions->showRule(ruleId);
        refresh();
        emit ruleSaved(ruleId, version);
    });
}
