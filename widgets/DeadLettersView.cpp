#include "DeadLettersView.h"

#include "DeadLetterModel.h"
#include "cashback/DeadLetterQuery.h"
#include "console/LiveQuery.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace std::chrono_literals;

namespace {

constexpr int shownLetters = 200;

}

DeadLettersView::DeadLettersView(StoreClient* store, QWidget* parent)
    : QWidget(parent)
    , m_model(new DeadLetterModel(this))
    , m_live(new LiveQuery(store, DeadLetterQuery::newest(shownLetters), this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    m_live->setInterval(30s);
    m_live->setMinimumGap(5s);
    m_live->refreshOn(QStringLiteral("payops_cashback"));
    connect(m_live, &LiveQuery::resultReady, m_model, &DeadLetterModel::setResult);
    connect(m_model, &DeadLetterModel::resultApplied, this, [this] {
        m_table->resizeColumnsToContents();
        if (!m_model->error().isEmpty())
            m_summary->setText(tr("Could not read the dead letters: %1").arg(m_model->error()));
        else if (m_model->rowCount() == 0)
            m_summary->setText(tr("No credit message has been dead-lettered."));
        else
            m_summary->setText(tr("The newest %n dead-lettered message(s); open one to see its "
                                  "payment's flow (operators requeue it there).",
                                  nullptr, m_model->rowCount()));
    });
    m_summary->setObjectName(QStringLiteral("deadLetterSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("deadLetterTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString payment = index.data(DeadLetterModel::PaymentIdRole).toString();
        if (!payment.isEmpty())
            emit paymentChosen(payment);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}
