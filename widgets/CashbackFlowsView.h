#pragma once

#include "cashback/CashbackCursor.h"
#include "cashback/CashbackSearchFilter.h"
#include "console/KeysetPages.h"
#include "store/ConnectionState.h"

#include <QList>
#include <QWidget>

class CashbackFlowModel;
class CashbackStagesModel;
class LiveQuery;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class StoreClient;
struct QueryResult;

// The flows of the Cashback area: search cashbacks by payment, customer or merchant (keyset
// pages, newest first, refreshed live on NOTIFY payops_cashback), and the selected payment's
// way from capture to credit as stages with their times. A payment id that earned no
// cashback still shows its flow (captured, no cashback).
class CashbackFlowsView : public QWidget
{
    Q_OBJECT
public:
    explicit CashbackFlowsView(StoreClient* store, QWidget* parent = nullptr);

    CashbackFlowModel* model() const { return m_model; }
    CashbackStagesModel* stages() const { return m_stages; }
    int pageNumber() const { return m_pages.number(); }

    void setFilter(const CashbackSearchFilter& filter);
    CashbackSearchFilter filter() const;
    void search();
    void nextPage();
    void previousPage();
    // Shows that payment's flow (also without selecting a row).
    void showPayment(const QString& paymentId);
    // Operators: asks for the reason, then sends the selected dead-lettered cashback again.
    void requeueSelected();

signals:
    // The customer of the selected cashback, for the balance view.
    void customerChosen(const QString& accountId);

private:
    QWidget* createSearch();
    QWidget* createResults();
    QWidget* createStages();
    void showCurrentPage();
    void onResult(const QueryResult& result);
    void onSelectionChanged();
    void onStateChanged(const ConnectionState& state);
    void updateActions();
    int selectedRow() const;

    StoreClient* m_store;
    CashbackFlowModel* m_model;
    CashbackStagesModel* m_stages;
    LiveQuery* m_live;
    LiveQuery* m_flow;
    QComboBox* m_by;
    QLineEdit* m_value;
    QTableView* m_table;
    QTableView* m_stagesTable;
    QLabel* m_pageLabel;
    QLabel* m_flowTitle;
    QLabel* m_message;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_customer;
    QPushButton* m_requeue;
    QString m_role;
    bool m_searchFailed = false; // the message line shows a search error
    CashbackSearchFilter m_filter;
    KeysetPages<CashbackCursor> m_pages;
    QString m_shownPayment;
};
