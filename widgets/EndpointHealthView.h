#pragma once

#include <QWidget>

class EndpointHealthModel;
class LiveQuery;
class QLabel;
class QPushButton;
class QTableView;
class StoreClient;

// Merchant endpoints' health over the last hour (payops.endpoint_health), kept live: success
// rate, latency p50/p95, circuit state, enabled or disabled with the reason. Admins get
// "Re-enable…" for a disabled endpoint (the audited payops.set_endpoint_enabled); a refusal
// by the database is shown as it said it.
class EndpointHealthView : public QWidget
{
    Q_OBJECT
public:
    explicit EndpointHealthView(StoreClient* store, QWidget* parent = nullptr);

    // The connected user's payops role ("admin", "operator", "viewer"…).
    void setRole(const QString& role);

    EndpointHealthModel* model() const { return m_model; }
    // Re-enables without asking (the button asks for the reason first).
    void reEnable(qint64 endpointId, const QString& reason);

signals:
    // After an action's answer: ok, and the message shown.
    void actionFinished(bool ok, const QString& message);

private:
    void askToReEnable();
    void updateActions();
    void showResultProblem();
    void showMessage(const QString& message, bool problem);
    qint64 selectedEndpoint() const;

    StoreClient* m_store;
    EndpointHealthModel* m_model;
    LiveQuery* m_query;
    QTableView* m_table;
    QPushButton* m_reEnable;
    QLabel* m_message;
    QString m_role;
};
