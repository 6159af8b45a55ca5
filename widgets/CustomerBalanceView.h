#pragma once

#include <QWidget>

class BalanceLedgerModel;
class QLabel;
class QLineEdit;
class QTableView;
class StoreClient;

// A customer's cashback balance and ledger, newest entries first; says whether each balance
// equals the sum of its ledger.
class CustomerBalanceView : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerBalanceView(StoreClient* store, QWidget* parent = nullptr);

    BalanceLedgerModel* model() const { return m_model; }
    void showCustomer(const QString& accountId);

private:
    void showBalance();

    StoreClient* m_store;
    BalanceLedgerModel* m_model;
    QLineEdit* m_account;
    QLabel* m_balance;
    QTableView* m_table;
};
