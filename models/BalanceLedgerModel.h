#pragma once

#include "store/Query.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

// A customer's balances (one per currency) and ledger entries, newest first
// (core/cashback/BalanceLedgerQuery). Each balance carries the sum of its ledger, so that
// a balance that does not match its ledger shows.
class BalanceLedgerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Balance
    {
        QString currency;
        qint64 balance = 0;
        qint64 ledgerSum = 0;
        QDateTime updatedAt;

        bool matchesLedger() const { return balance == ledgerSum; }
    };
    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        QString kind; // credit | reversal
        qint64 amount = 0;
        QString currency;
        qint64 cashbackId = 0;
        QString paymentId;
        QString idempotencyKey;
        qint64 balanceAfter = 0;
    };
    enum Column
    {
        TimeColumn,
        KindColumn,
        AmountColumn,
        BalanceAfterColumn,
        PaymentColumn,
        KeyColumn,
        ColumnCount
    };
    static constexpr int PaymentIdRole = Qt::UserRole + 1;

    explicit BalanceLedgerModel(QObject* parent = nullptr);

    void setAccount(const QString& accountId);
    QString account() const { return m_account; }
    void setBalances(const QueryResult& result);
    void setLedger(const QueryResult& result);

    QList<Balance> balances() const { return m_balances; }
    const Entry& entry(int row) const { return m_entries.at(row); }
    QString error() const { return m_error; }
    // "12.50 INR · 3.00 USD", or a note when the account has no balance.
    QString balanceText() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void balancesApplied();
    void ledgerApplied();

private:
    QVariant display(const Entry& entry, int column) const;

    QString m_account;
    QList<Balance> m_balances;
    QList<Entry> m_entries;
    QString m_error;
};
