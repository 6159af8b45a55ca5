#include "DeadLetterModel.h"

#include "CashbackTime.h"
#include "StatusColor.h"

#include <QColor>

DeadLetterModel::DeadLetterModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DeadLetterModel::setResult(const QueryResult& result)
{
    m_error = result.error;
    if (result.ok()) {
        const auto column = [&result](const char* name) {
            return result.column(QString::fromLatin1(name));
        };
        const int id = column("id");
        const int at = column("at");
        const int cashback = column("cashback_id");
        const int payment = column("payment_id");
        const int account = column("account_id");
        const int kind = column("kind");
        const int reason = column("reason");
        const int key = column("message_key");
        const int body = column("body");
        const int stillDead = column("still_dead");
        QList<Letter> letters;
        for (const QVariantList& row : result.rows)
            letters.append({row.value(id).toLongLong(), row.value(at).toDateTime(),
                            row.value(cashback).toLongLong(), row.value(payment).toString(),
                            row.value(account).toString(), row.value(kind).toString(),
                            row.value(reason).toString(), row.value(key).toString(),
                            row.value(body).toString(), row.value(stillDead).toBool()});
        beginResetModel();
        m_letters = std::move(letters);
        endResetModel();
    }
    emit resultApplied();
}

int DeadLetterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_letters.size());
}

int DeadLetterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadLetterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Letter& letter = m_letters.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(letter, index.column());
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn || index.column() == KeyColumn
                   ? tr("Message: %1").arg(letter.body)
                   : QVariant();
    case Qt::ForegroundRole:
        return index.column() == ReasonColumn && letter.stillDead
                   ? StatusColor::of(StatusColor::Bad)
                   : QVariant();
    case CashbackIdRole:
        return letter.cashbackId;
    case PaymentIdRole:
        return letter.paymentId;
    case StillDeadRole:
        return letter.stillDead;
    default:
        return {};
    }
}

QVariant DeadLetterModel::display(const Letter& letter, int column) const
{
    switch (column) {
    case TimeColumn:
        return CashbackTime::text(letter.at);
    case PaymentColumn:
        return letter.paymentId.isEmpty() ? tr("(no cashback)") : letter.paymentId;
    case CustomerColumn:
        return letter.accountId;
    case KindColumn:
        return letter.kind;
    case ReasonColumn:
        return letter.stillDead ? letter.reason : tr("%1 (requeued since)").arg(letter.reason);
    case KeyColumn:
        return letter.messageKey;
    default:
        return {};
    }
}

QVariant DeadLetterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Dead-lettered");
    case PaymentColumn:
        return tr("Payment");
    case CustomerColumn:
        return tr("Customer");
    case KindColumn:
        return tr("Message");
    case ReasonColumn:
        return tr("Reason");
    case KeyColumn:
        return tr("Message key");
    default:
        return {};
    }
}
