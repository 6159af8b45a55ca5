#include "EndpointHealthView.h"

#include "ActionText.h"
#include "EndpointHealthModel.h"
#include "console/LiveQuery.h"
#include "deliveries/EndpointHealthQuery.h"
#include "store/StoreClient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace std::chrono_literals;

EndpointHealthView::EndpointHealthView(StoreClient* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new EndpointHealthModel(this))
    , m_query(new LiveQuery(store, EndpointHealthQuery::all(), this))
    , m_table(new QTableView(this))
    , m_reEnable(new QPushButton(tr("Re-enable…"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("endpointHealthView"));
    m_table->setObjectName(QStringLiteral("endpointHealthTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_reEnable->setObjectName(QStringLiteral("reEnableButton"));
    m_reEnable->setToolTip(tr("Enable the selected endpoint again (admins; audited)"));
    m_reEnable->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_reEnable->hide();
    m_message->setObjectName(QStringLiteral("healthMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_message, 1);
    actions->addStretch(0);
    actions->addWidget(m_reEnable);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    m_query->setInterval(10s);
    m_query->setMinimumGap(1s);
    m_query->refreshOn(QStringLiteral("payops_deliveries"));
    connect(m_query, &LiveQuery::resultReady, m_model, &EndpointHealthModel::setResult);
    connect(m_model, &EndpointHealthModel::resultApplied, this,
            &EndpointHealthView::showResultProblem);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EndpointHealthView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EndpointHealthView::updateActions);
    connect(m_reEnable, &QPushButton::clicked, this, &EndpointHealthView::askToReEnable);
}

void EndpointHealthView::setRole(const QString& role)
{
    m_role = role;
    m_reEnable->setVisible(role == u"admin");
    updateActions();
}

qint64 EndpointHealthView::selectedEndpoint() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(EndpointHealthModel::EndpointIdRole).toLongLong() : 0;
}

void EndpointHealthView::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    m_reEnable->setEnabled(current.isValid() &&
                           !current.data(EndpointHealthModel::EnabledRole).toBool());
}

void EndpointHealthView::askToReEnable()
{
    const qint64 endpoint = selectedEndpoint();
    if (endpoint <= 0)
        return;
    const QString url =
        m_model->index(m_table->currentIndex().row(), EndpointHealthModel::EndpointColumn)
            .data()
            .toString();
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("reEnableReasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Re-enable endpoint"));
    dialog->setLabelText(tr("Why may %1 receive deliveries again? The reason goes to the "
                            "audit log.")
                             .arg(url));
    dialog->setOkButtonText(tr("Re-enable"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, endpoint](const QString& reason) { reEnable(endpoint, reason); });
    dialog->open();
}

void EndpointHealthView::reEnable(qint64 endpointId, const QString& reason)
{
    if (const QString problem = ActionText::problem({{QStringLiteral("reason"), reason}});
        !problem.isEmpty()) {
        showMessage(problem, true);
        emit actionFinished(false, m_message->text());
        return;
    }
    m_store->run(EndpointHealthQuery::setEnabled(endpointId, true, reason), this,
                 [this, endpointId](const QueryResult& result) {
                     if (result.ok()) {
                         showMessage(tr("Endpoint %1 enabled again.").arg(endpointId), false);
                         m_query->refresh();
                         emit actionFinished(true, m_message->text());
                         return;
                     }
                     showMessage(tr("The store refused: %1").arg(result.error), true);
                     emit actionFinished(false, m_message->text());
                 });
}

void EndpointHealthView::showResultProblem()
{
    if (!m_model->error().isEmpty())
        showMessage(tr("Could not read endpoint health: %1").arg(m_model->error()), true);
}

void EndpointHealthView::showMessage(const QString& message, bool problem)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     problem ? QColor(0xc6, 0x28, 0x28) : this->palette().color(QPalette::Text));
    m_message->setPalette(palette);
    m_message->setText(message);
    m_message->show();
}
