#pragma once

#include "console/KeysetPages.h"
#include "downtimes/DowntimeRow.h"

#include <QWidget>

class DowntimeDetailPanel;
class DowntimeListModel;
class LiveQuery;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class StoreClient;
struct ConnectionState;

// The Downtimes tab: downtimes filtered by state, severity, rule, cohort, time and label,
// newest first, in keyset pages, live on NOTIFY payops_detection (coalesced); the selected
// one's SR chart and details; operators label it or mute its rule and cohort.
class DowntimesView : public QWidget
{
    Q_OBJECT
public:
    explicit DowntimesView(StoreClient* store, QWidget* parent = nullptr);

    DowntimeListModel* model() const { return m_model; }
    DowntimeDetailPanel* detail() const { return m_detail; }
    QTableView* table() const { return m_table; }
    void setFilter(const DowntimeFilter& filter);
    DowntimeFilter filter() const { return m_filter; }
    bool selectDowntime(qint64 downtimeId);
    QString message() const;

    // The actions, as the buttons start them (a dialog each); tests call them directly too.
    void labelDowntime(qint64 downtimeId, const QString& label, const QString& note);
    void openLabelDialog(qint64 downtimeId);
    void openMuteEditor(qint64 downtimeId);

public slots:
    void search();
    void nextPage();
    void previousPage();
    void refresh();

signals:
    void labelled(qint64 downtimeId);
    void muteCreated(qint64 muteId);
    void muteEditorOpened(QWidget* editor);

private:
    QWidget* createFilters();
    void fillRules(const QueryResult& result);
    void showCurrentPage();
    void onResult(const QueryResult& result);
    void onStateChanged(const ConnectionState& state);
    void onSelectionChanged();
    qint64 selectedDowntime() const;
    void showMessage(const QString& text, bool error = false);

    StoreClient* m_store;
    DowntimeListModel* m_model;
    LiveQuery* m_live;
    DowntimeFilter m_filter;
    KeysetPages<DowntimeCursor> m_pages;
    QComboBox* m_state;
    QComboBox* m_severity;
    QComboBox* m_rule;
    QLineEdit* m_cohort;
    QCheckBox* m_useTime;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QComboBox* m_label;
    QTableView* m_table;
    QLabel* m_pageLabel;
    QLabel* m_message;
    QPushButton* m_previous;
    QPushButton* m_next;
    DowntimeDetailPanel* m_detail;
    QString m_role;
};
