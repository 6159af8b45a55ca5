#include "CustomerBalanceView.h"

#include "BalanceLedgerModel.h"
#include "cashback/BalanceLedgerQuery.h"
#include "cashback/MinorAmount.h"
#include "store/StoreClient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr int ledgerRows = 500;

}

CustomerBalanceView::CustomerBalanceView(StoreClient* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new BalanceLedgerModel(this))
    , m_account(new QLineEdit(this))
    , m_balance(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_account->setObjectName(QStringLiteral("customerEdit"));
    m_account->setPlaceholderText(tr("Customer (account id)"));
    m_account->setClearButtonEnabled(true);
    auto* show = new QPushButton(tr("S&how"), this);
    show->setObjectName(QStringLiteral("customerShowButton"));
    connect(show, &QPushButton::clicked, this, [this] { showCustomer(m_account->text()); });
    connect(m_account, &QLineEdit::returnPressed, this,
            [this] { showCustomer(m_account->text()); });
    m_balance->setObjectName(QStringLiteral("customerBalance"));
    m_balance->setWordWrap(true);
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("ledgerTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_model, &BalanceLedgerModel::balancesApplied, this, &CustomerBalanceView::showBalance);
    connect(m_model, &BalanceLedgerModel::ledgerApplied, this, [this] {
        m_table->resizeColumnsToContents();
        showBalance();
    });

    auto* row = new QHBoxLayout;
    row->addWidget(m_account, 1);
    row->addWidget(show);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_balance);
    layout->addWidget(m_table, 1);
    m_balance->setText(tr("Give a customer's account id, or pick a cashback in the flows."));
}

void CustomerBalanceView::showCustomer(const QString& accountId)
{
    const QString account = accountId.trimmed();
    if (account.isEmpty())
        return;
    m_account->setText(account);
    m_model->setAccount(account);
    m_balance->setText(tr("Loading %1…").arg(account));
    const auto forThisAccount = [this, account](auto apply) {
        return [this, account, apply](const QueryResult& result) {
            if (m_model->account() == account)
                (m_model->*apply)(result);
        };
    };
    m_store->run(BalanceLedgerQuery::balances(account), this,
                 forThisAccount(&BalanceLedgerModel::setBalances));
    m_store->run(BalanceLedgerQuery::ledger(account, ledgerRows), this,
                 forThisAccount(&BalanceLedgerModel::setLedger));
}

void CustomerBalanceView::showBalance()
{
    if (!m_model->error().isEmpty()) {
        m_balance->setText(
            tr("Could not read the balance of %1: %2").arg(m_model->account(), m_model->error()));
        return;
    }
    QStringList problems;
    for (const BalanceLedgerModel::Balance& balance : m_model->balances()) {
        if (!balance.matchesLedger())
            problems << tr("the %1 balance differs from its ledger's sum (%2)")
                            .arg(balance.currency,
                                 MinorAmount::text(balance.ledgerSum, balance.currency));
    }
    QString text =
        tr("<b>%1</b>: balance %2")
            .arg(m_model->account().toHtmlEscaped(), m_model->balanceText().toHtmlEscaped());
    if (!m_model->balances().isEmpty())
        text += problems.isEmpty()
                    ? tr(" — equals the sum of its ledger")
                    : u" — <span style=\"color:#c62828\">" +
                          problems.join(QStringLiteral("; ")).toHtmlEscaped() + u"</span>";
    if (m_model->rowCount() >= ledgerRows)
        text += tr(" (newest %1 entries shown)").arg(ledgerRows);
    m_balance->setText(text);
}
