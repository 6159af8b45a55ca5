#pragma once

#include "store/ConnectionState.h"

#include <QDateTime>
#include <QFrame>

class QLabel;

// A strip over the pages while the store is out of reach: says so, and how old the data
// on screen is. Hidden while connected.
class StoreBanner : public QFrame
{
    Q_OBJECT
public:
    explicit StoreBanner(QWidget* parent = nullptr);

    void setState(const ConnectionState& state);
    void setDataTime(const QDateTime& loadedAt);

private:
    void refresh();
    QString dataText() const;

    QLabel* m_text;
    ConnectionState::Kind m_kind = ConnectionState::Disconnected;
    QDateTime m_loadedAt;
};
