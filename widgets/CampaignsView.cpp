#include "CampaignsView.h"

#include "ActionText.h"
#include "CampaignEditorDialog.h"
#include "CampaignListModel.h"
#include "cashback/CampaignListQuery.h"
#include "console/LiveQuery.h"
#include "store/StoreClient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace std::chrono_literals;

CampaignsView::CampaignsView(StoreClient* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new CampaignListModel(this))
    , m_live(new LiveQuery(store, CampaignListQuery::list(), this))
    , m_table(new QTableView(this))
    , m_new(new QPushButton(tr("&New campaign…"), this))
    , m_edit(new QPushButton(tr("&Edit campaign…"), this))
    , m_message(new QLabel(this))
{
    // payops_cashback also carries every engine batch: campaigns need not follow each one.
    m_live->setInterval(60s);
    m_live->setMinimumGap(5s);
    m_live->refreshOn(QStringLiteral("payops_cashback"));
    connect(m_live, &LiveQuery::resultReady, m_model, &CampaignListModel::setResult);
    connect(m_model, &CampaignListModel::resultApplied, this, [this] {
        m_table->resizeColumnsToContents();
        m_message->setText(m_model->error().isEmpty()
                               ? QString()
                               : tr("Could not read the campaigns: %1").arg(m_model->error()));
        updateActions();
    });
    connect(m_store, &StoreClient::stateChanged, this, &CampaignsView::onStateChanged);

    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CampaignsView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isVisible())
            editSelected();
    });
    m_new->setObjectName(QStringLiteral("newCampaignButton"));
    m_edit->setObjectName(QStringLiteral("editCampaignButton"));
    m_message->setObjectName(QStringLiteral("campaignsMessage"));
    m_message->setWordWrap(true);
    connect(m_new, &QPushButton::clicked, this, &CampaignsView::newCampaign);
    connect(m_edit, &QPushButton::clicked, this, &CampaignsView::editSelected);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_message, 1);
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    onStateChanged(m_store->state());
}

void CampaignsView::onStateChanged(const ConnectionState& state)
{
    if (m_store->canAct())
        m_role = state.role;
    updateActions();
}

void CampaignsView::updateActions()
{
    const bool admin = m_role == u"admin";
    const bool connected = m_store->canAct();
    m_new->setVisible(admin);
    m_edit->setVisible(admin);
    m_new->setEnabled(connected);
    m_edit->setEnabled(connected && m_table->selectionModel()->hasSelection());
}

void CampaignsView::newCampaign()
{
    CashbackCampaign campaign;
    campaign.validFrom = QDateTime::currentDateTimeUtc();
    campaign.validTo = campaign.validFrom.addDays(30);
    openEditor(campaign);
}

void CampaignsView::editSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        openEditor(m_model->campaign(rows.first().row()));
}

void CampaignsView::openEditor(const CashbackCampaign& campaign)
{
    if (m_editor)
        m_editor->close();
    m_editor = new CampaignEditorDialog(campaign, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &CampaignEditorDialog::saveRequested, this, &CampaignsView::save);
    m_editor->open();
}

void CampaignsView::save(const CashbackCampaign& campaign)
{
    QPointer<CampaignEditorDialog> editor = m_editor;
    if (const QString problem = ActionText::problem({{QStringLiteral("name"), campaign.name}});
        !problem.isEmpty()) {
        if (editor)
            editor->showRefusal(problem);
        return;
    }
    if (editor)
        editor->setBusy(true);
    m_store->run(CampaignListQuery::save(campaign), this,
                 [this, editor](const QueryResult& result) {
                     if (!result.ok()) {
                         if (editor)
                             editor->showRefusal(result.error);
                         return;
                     }
                     const qint64 id = result.rows.value(0).value(0).toLongLong();
                     m_message->setText(tr("Campaign %1 saved.").arg(id));
                     if (editor)
                         editor->accept();
                     m_live->refresh();
                 });
}
