#pragma once

#include "store/ConnectionState.h"

#include <QTimer>
#include <QWidget>

class QLabel;

// The status bar's account of the store: which store, with which role (and what that role
// may do), and the connection state with a colour cue; counts a reconnection down by the second.
class ConnectionStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionStatusWidget(QWidget* parent = nullptr);

    // Dsn::describe() of the store being opened, shown until the session reports its own.
    void setStore(const QString& description);
    void setState(const ConnectionState& state);
    // StoreClient::waitingSince(): while valid and connected, says how long the store has
    // kept the console waiting.
    void setWaitingSince(const QDateTime& since);

private:
    void showStateText();
    void updateCountdown();
    void showRole(const QString& role);
    QString stateText() const;

    QLabel* m_store;
    QLabel* m_role;
    QLabel* m_light;
    QLabel* m_state;
    QTimer m_countdown;
    ConnectionState m_current;
    QDateTime m_waitingSince;
};
