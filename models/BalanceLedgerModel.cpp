#include "BalanceLedgerModel.h"

#include "CashbackTime.h"
#include "StatusColor.h"
#include "cashback/MinorAmount.h"

#include <QColor>

BalanceLedgerModel::BalanceLedgerModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void BalanceLedgerModel::setAccount(const QString& accountId)
{
    if (accountId == m_account)
        return;
    beginResetModel();
    m_account = accountId;
    m_entries.clear();
    m_balances.clear();
    m_error.clear();
    endResetModel();
}

void BalanceLedgerModel::setBalances(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok()) {
        const int currency = result.column(QStringLiteral("currency"));
        const int balance = result.column(QStringLiteral("balance"));
        const int sum = result.column(QStringLiteral("ledger_sum"));
        const int updated = result.column(QStringLiteral("updated_at"));
        m_balances.clear();
        for (const QVariantList& row : result.rows)
            m_balances.append({row.value(currency).toString(), row.value(balance).toLongLong(),
                               row.value(sum).toLongLong(), row.value(updated).toDateTime()});
    }
    emit balancesApplied();
}

void BalanceLedgerModel::setLedger(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok()) {
        const auto column = [&result](const char* name) {
            return result.column(QString::fromLatin1(name));
        };
        const int id = column("id");
        const int at = column("created_at");
        const int kind = column("kind");
        const int amount = column("amount");
        const int currency = column("currency");
        const int cashback = column("cashback_id");
        const int payment = column("payment_id");
        const int key = column("idempotency_key");
        const int after = column("balance_after");
        QList<Entry> entries;
        for (const QVariantList& row : result.rows)
            entries.append({row.value(id).toLongLong(), row.value(at).toDateTime(),
                            row.value(kind).toString(), row.value(amount).toLongLong(),
                            row.value(currency).toString(), row.value(cashback).toLongLong(),
                            row.value(payment).toString(), row.value(key).toString(),
                            row.value(after).toLongLong()});
        beginResetModel();
        m_entries = std::move(entries);
        endResetModel();
    }
    emit ledgerApplied();
}

QString BalanceLedgerModel::balanceText() const
{
    if (m_balances.isEmpty())
        return tr("no balance yet");
    QStringList parts;
    for (const Balance& balance : m_balances)
        parts << MinorAmount::text(balance.balance, balance.currency);
    return parts.join(QStringLiteral(" · "));
}

int BalanceLedgerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BalanceLedgerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BalanceLedgerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ForegroundRole:
        return index.column() == AmountColumn && entry.amount < 0
                   ? StatusColor::of(StatusColor::Special)
                   : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn || index.column() == BalanceAfterColumn
                   ? QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight)
                   : QVariant();
    case Qt::ToolTipRole:
        return index.column() == PaymentColumn ? tr("Cashback %1").arg(entry.cashbackId)
                                               : QVariant();
    case PaymentIdRole:
        return entry.paymentId;
    default:
        return {};
    }
}

QVariant BalanceLedgerModel::display(const Entry& entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return CashbackTime::text(entry.at);
    case KindColumn:
        return entry.kind == u"credit" ? tr("credit") : tr("reversal");
    case AmountColumn:
        return MinorAmount::text(entry.amount, entry.currency);
    case BalanceAfterColumn:
        return MinorAmount::text(entry.balanceAfter, entry.currency);
    case PaymentColumn:
        return entry.paymentId;
    case KeyColumn:
        return entry.idempotencyKey;
    default:
        return {};
    }
}

QVariant BalanceLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Entry");
    case AmountColumn:
        return tr("Amount");
    case BalanceAfterColumn:
        return tr("Balance after");
    case PaymentColumn:
        return tr("Payment");
    case KeyColumn:
        return tr("Idempotency key");
    default:
        return {};
    }
}
