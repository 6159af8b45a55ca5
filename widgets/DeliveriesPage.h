#pragma once

#include "console/KeysetPages.h"
#include "deliveries/DeliveryCursor.h"
#include "deliveries/DeliverySearchFilter.h"
#include "store/ConnectionState.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class DeliveryExport;
class DeliverySearchForm;
class DeliverySearchModel;
class EndpointHealthView;
class EventDetailPanel;
class LiveQuery;
class QLabel;
class QPushButton;
class QTableView;
class StoreBanner;
class StoreClient;
struct QueryResult;

// The Deliveries area: search the delivery log (keyset pages, newest first, refreshed live on
// NOTIFY payops_deliveries), the selected delivery's event in detail, endpoint health, and
// the operator's tools: manual retry of one delivery or of all matching, copy as curl, CSV
// export.
class DeliveriesPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeliveriesPage(StoreClient* store, QWidget* parent = nullptr);

    DeliverySearchModel* model() const { return m_model; }
    DeliverySearchForm* form() const { return m_form; }
    int pageNumber() const { return m_pages.number(); }

    void search();
    void nextPage();
    void previousPage();
    void retrySelected();
    // Asks for the reason, then retries (also for the event detail's retry button).
    void retryDelivery(qint64 deliveryId);
    void retryMatching();
    void copySelectedAsCurl();
    // Every delivery matching the current search, read page by page.
    void exportTo(const QString& path);

signals:
    // What the page's message line says now (after a retry, a copy, an export, an error).
    void messageShown(const QString& text);

private:
    QWidget* createResults();
    QWidget* createDetails();
    void showCurrentPage();
    void onResult(const QueryResult& result);
    void onSelectionChanged();
    void onStateChanged(const ConnectionState& state);
    void updateActions();
    qint64 selectedDelivery() const;
    void confirmRetryMatching(qint64 count);
    void chooseExportFile();
    void showMessage(const QString& text, bool problem = false);

    StoreClient* m_store;
    StoreBanner* m_banner;
    DeliverySearchForm* m_form;
    DeliverySearchModel* m_model;
    LiveQuery* m_live;
    QTableView* m_table;
    QLabel* m_pageLabel;
    QLabel* m_message;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_retryOne;
    QPushButton* m_retryAll;
    QPushButton* m_copyCurl;
    QPushButton* m_export;
    EventDetailPanel* m_detail;
    EndpointHealthView* m_health;
    QString m_shownEvent;
    DeliverySearchFilter m_filter;
    KeysetPages<DeliveryCursor> m_pages;
    QString m_role;
    bool m_searchFailed = false; // the message line shows a search error
    QPointer<DeliveryExport> m_running;
};
