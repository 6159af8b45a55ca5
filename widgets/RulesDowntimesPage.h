#pragma once

#include <QWidget>

class QTabWidget;
class RulesView;
class StoreClient;

// The Rules & downtimes area: a page of tabs. Rules comes first; the Backtest, Downtimes,
// Mutes and Audit tabs are standalone widgets added in the constructor with addTab().
class RulesDowntimesPage : public QWidget
{
    Q_OBJECT
public:
    explicit RulesDowntimesPage(StoreClient* store, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    RulesView* rules() const { return m_rules; }
    // Adds page as a tab (object name set by the caller) and returns its index.
    int addTab(QWidget* page, const QString& title);
    void showTab(QWidget* page);

private:
    StoreClient* m_store;
    QTabWidget* m_tabs;
    RulesView* m_rules;
};
