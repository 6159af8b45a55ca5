#pragma once

#include <QWidget>

class LiveQuery;
class MuteListModel;
class QLabel;
class QPushButton;
class QTableView;
class StoreClient;
struct ConnectionState;

// The Mutes tab: active and pending mutes first, then expired and ended ones, with author,
// reason, matchers, times, the downtimes each muted and who ended it; operators end one early
// with a reason. Mutes are created from a downtime (Downtimes tab).
class MutesView : public QWidget
{
    Q_OBJECT
public:
    explicit MutesView(StoreClient* store, QWidget* parent = nullptr);

    MuteListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString message() const;
    bool selectMute(qint64 muteId);
    void endMute(qint64 muteId, const QString& reason);

public slots:
    void refresh();
    void endSelected();

signals:
    void muteEnded(qint64 muteId);

private:
    void onStateChanged(const ConnectionState& state);
    void updateActions();
    qint64 selectedMute() const;
    void showMessage(const QString& text, bool error = false);

    StoreClient* m_store;
    MuteListModel* m_model;
    LiveQuery* m_live;
    QTableView* m_table;
    QPushButton* m_end;
    QLabel* m_message;
    QString m_role;
};
