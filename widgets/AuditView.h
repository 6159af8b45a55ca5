#pragma once

#include "console/KeysetPages.h"
#include "downtimes/AuditRow.h"

#include <QWidget>

class AuditLogModel;
class LiveQuery;
class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class StoreClient;

// The Audit tab: payops.audit_log newest first in keyset pages, filtered by actor, action,
// target text and time; the selected row's before and after as a readable diff of the keys
// that changed.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(StoreClient* store, QWidget* parent = nullptr);

    AuditLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString diffText() const;
    void setFilter(const AuditFilter& filter);

public slots:
    void search();
    void nextPage();
    void previousPage();
    void refresh();

private:
    QWidget* createFilters();
    void showCurrentPage();
    void onResult(const QueryResult& result);
    void showSelected();

    LiveQuery* m_live;
    AuditLogModel* m_model;
    AuditFilter m_filter;
    KeysetPages<AuditCursor> m_pages;
    QLineEdit* m_actor;
    QLineEdit* m_action;
    QLineEdit* m_target;
    QCheckBox* m_useTime;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QTableView* m_table;
    QPlainTextEdit* m_diff;
    QLabel* m_pageLabel;
    QPushButton* m_previous;
    QPushButton* m_next;
};
