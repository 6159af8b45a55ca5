#pragma once

#include "store/ConnectionState.h"

#include <QDateTime>
#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;
class StoreClient;

// A strip a page puts over its charts and tables while what they show may be stale: the store
// out of reach, refusing the login, or holding a query past the client's wait threshold. Says
// how old the page's data is and when the next attempt comes (counted down by the second), and
// offers to retry at once. Hidden while the store answers. Follows its StoreClient by itself;
// the page tells it when its data was read, or, if it never does, the banner says since when
// the page may be out of date.
class StoreBanner : public QFrame
{
    Q_OBJECT
public:
    explicit StoreBanner(StoreClient* client, QWidget* parent = nullptr);

    // When the data on the page was read from the store (invalid: nothing read yet).
    void setDataTime(const QDateTime& loadedAt);
    // Normally fed by the client; public for pages and tests without one.
    void setState(const ConnectionState& state);
    void setWaitingSince(const QDateTime& since);

    QString text() const;

signals:
    void retryRequested();

private:
    void refresh();
    QString dataText() const;
    QString stateText() const;

    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_retry;
    QTimer m_tick;
    ConnectionState m_state;
    QDateTime m_waitingSince;
    QDateTime m_loadedAt;
    bool m_tracksData = false; // setDataTime() has been called
    QDateTime m_troubleSince;  // when the banner last appeared
};
