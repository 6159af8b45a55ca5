#pragma once

#include "store/Query.h"

#include <QPointer>
#include <QWidget>

class AttemptTimelineModel;
class AttemptTimelineView;
class EventDeliveriesModel;
class LiveQuery;
class QItemSelectionModel;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class StoreClient;

// One webhook event in the Deliveries area: its header, its payload as formatted JSON, its
// deliveries per endpoint and, for the selected delivery, the attempt timeline with the
// selected attempt's request headers and response. While an event is open, NOTIFY
// payops_deliveries refreshes it (at most once a second), keeping the selection.
class EventDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EventDetailPanel(StoreClient* store, QWidget* parent = nullptr);

    void showEvent(const QString& eventId);
    QString eventId() const { return m_eventId; }
    // The retry button is for roles that may retry (operator and admin).
    void setRetryVisible(bool visible);

    EventDeliveriesModel* deliveriesModel() const { return m_deliveries; }
    AttemptTimelineModel* timelineModel() const { return m_attempts; }
    qint64 selectedDeliveryId() const { return m_deliveryId; }

signals:
    void retryRequested(qint64 deliveryId);
    // After the header, the deliveries or the attempts have been (re)loaded.
    void refreshed();

private:
    QWidget* createHeader();
    QWidget* createDeliveries();
    QWidget* createAttempts();
    QWidget* createAttemptDetail();
    void loadEvent();
    void applyEvent(const QueryResult& result);
    void applyDeliveries(const QueryResult& result);
    void applyAttempts(const QueryResult& result);
    void followDelivery(qint64 deliveryId);
    void onDeliverySelected();
    void onAttemptSelected();
    void rememberAttempt();
    void showProblem(const QString& what, const QueryResult& result);
    LiveQuery* replaceQuery(LiveQuery* old, const Query& query);

    StoreClient* m_store;
    QString m_eventId;
    bool m_eventLoaded = false;
    qint64 m_deliveryId = 0;
    qint64 m_attemptId = 0; // the selected attempt, 0 for none, -1 for the scheduled one
    EventDeliveriesModel* m_deliveries;
    AttemptTimelineModel* m_attempts;
    QPointer<LiveQuery> m_deliveriesQuery;
    QPointer<LiveQuery> m_attemptsQuery;
    QLabel* m_header;
    QLabel* m_problem;
    QPlainTextEdit* m_payload;
    QTableView* m_deliveriesTable;
    QPushButton* m_retry;
    AttemptTimelineView* m_timeline;
    QTableView* m_attemptsTable;
    QPlainTextEdit* m_requestHeaders;
    QPlainTextEdit* m_response;
};
