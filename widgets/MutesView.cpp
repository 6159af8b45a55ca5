#include "MutesView.h"

#include "ActionText.h"
#include "MuteListModel.h"
#include "RetryDialog.h"
#include "console/LiveQuery.h"
#include "downtimes/MuteQuery.h"
#include "store/StoreClient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

MutesView::MutesView(StoreClient* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new MuteListModel(this))
    , m_live(new LiveQuery(store, MuteQuery::list(), this))
    , m_table(new QTableView(this))
    , m_end(new QPushButton(tr("&End mute early…"), this))
    , m_message(new QLabel(this))
{
    setObjectName(u"mutesView"_s);
    // Mutes change by operators' hands: a refresh every 10 s (states move with the clock),
    // on payops_detection (downtimes newly muted) and after this view's own actions.
    m_live->setInterval(10s);
    m_live->setMinimumGap(2s);
    m_live->refreshOn(u"payops_detection"_s);
    connect(m_live, &LiveQuery::resultReady, this, [this](const QueryResult& result) {
        const qint64 selected = selectedMute();
        m_model->setResult(result);
        if (!result.ok())
            showMessage(tr("Could not read the mutes: %1").arg(result.error), true);
        m_table->resizeColumnsToContents();
        selectMute(selected);
        updateActions();
    });
    connect(m_store, &StoreClient::stateChanged, this, &MutesView::onStateChanged);

    m_table->setObjectName(u"mutesTable"_s);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MutesView::updateActions);
    m_end->setObjectName(u"endMuteButton"_s);
    connect(m_end, &QPushButton::clicked, this, &MutesView::endSelected);
    m_message->setObjectName(u"mutesMessage"_s);
    m_message->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Create a mute from a downtime on the Downtimes tab."), this), 1);
    bar->addWidget(m_end);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    onStateChanged(m_store->state());
}

void MutesView::refresh()
{
    m_live->refresh();
}

QString MutesView::message() const
{
    return m_message->text();
}

bool MutesView::selectMute(qint64 muteId)
{
    const int row = m_model->rowOf(muteId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void MutesView::onStateChanged(const ConnectionState& state)
{
    if (m_store->canAct())
        m_role = state.role;
    updateActions();
}

void MutesView::updateActions()
{
    m_end->setVisible(ConnectionState::mayOperate(m_role));
    const int row = m_model->rowOf(selectedMute());
    m_end->setEnabled(row >= 0 && m_model->mute(row).canEnd());
}

qint64 MutesView::selectedMute() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(MuteListModel::MuteIdRole).toLongLong();
}

void MutesView::endSelected()
{
    const qint64 id = selectedMute();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    auto* dialog = new RetryDialog(
        tr("End mute"),
        tr("End mute %1 (%2) now? Downtimes it covers will be notified again from now on.")
            .arg(id)
            .arg(MuteRow::matchersText(m_model->mute(row).matchers)),
        this);
    dialog->setActionText(tr("End mute"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, id] { endMute(id, dialog->reason()); });
    dialog->open();
}

void MutesView::endMute(qint64 muteId, const QString& reason)
{
    if (const QString problem = ActionText::problem({{QStringLiteral("reason"), reason}});
        !problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    m_store->run(MuteQuery::end(muteId, reason), this, [this, muteId](const QueryResult& result) {
        if (!result.ok()) {
            showMessage(tr("The store refused to end the mute: %1").arg(result.error), true);
            return;
        }
        showMessage(tr("Mute %1 ended.").arg(muteId));
        m_live->refresh();
        emit muteEnded(muteId);
    });
}

void MutesView::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
}
