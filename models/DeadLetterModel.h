#pragma once

#include "store/Query.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

// The newest dead-lettered credit messages (core/cashback/DeadLetterQuery), one row each, with
// why they could not be applied. An error result keeps the rows and is reported by error().
class DeadLetterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Letter
    {
        qint64 id = 0;
        QDateTime at;
        qint64 cashbackId = 0; // 0: the message named no cashback (or an unknown one)
        QString paymentId;
        QString accountId;
        QString kind;
        QString reason;
        QString messageKey;
        QString body;
        bool stillDead = false; // its cashback has not been requeued since
    };
    enum Column
    {
        TimeColumn,
        PaymentColumn,
        CustomerColumn,
        KindColumn,
        ReasonColumn,
        KeyColumn,
        ColumnCount
    };
    enum Role
    {
        CashbackIdRole = Qt::UserRole + 1,
        PaymentIdRole,
        StillDeadRole,
    };

    explicit DeadLetterModel(QObject* parent = nullptr);

    void setResult(const QueryResult& result);
    QString error() const { return m_error; }
    const Letter& letter(int row) const { return m_letters.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void resultApplied();

private:
    QVariant display(const Letter& letter, int column) const;

    QList<Letter> m_letters;
    QString m_error;
};
