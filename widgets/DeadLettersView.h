#pragma once

#include <QWidget>

class DeadLetterModel;
class LiveQuery;
class QLabel;
class QTableView;
class StoreClient;

// The newest credit messages the balance workers could not apply, with the reason, live on
// NOTIFY payops_cashback. Activating one with a cashback opens that payment's flow (where
// operators requeue it).
class DeadLettersView : public QWidget
{
    Q_OBJECT
public:
    explicit DeadLettersView(StoreClient* store, QWidget* parent = nullptr);

    DeadLetterModel* model() const { return m_model; }

signals:
    void paymentChosen(const QString& paymentId);

private:
    DeadLetterModel* m_model;
    LiveQuery* m_live;
    QTableView* m_table;
    QLabel* m_summary;
};
