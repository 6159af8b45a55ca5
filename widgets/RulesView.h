#pragma once

#include "RuleEditorDialog.h"
#include "store/ConnectionState.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class LiveQuery;
class QLabel;
class QPushButton;
class QTableView;
class RuleListModel;
class RuleVersionsView;
class StoreClient;

// The Rules tab: every current rule (cohort and window in words, thresholds, cohorts watched,
// downtimes opened this week), live on NOTIFY payops_rules; the selected rule's versions with
// comparisons; the editor, which only admins can save from (others open it read only).
class RulesView : public QWidget
{
    Q_OBJECT
public:
    explicit RulesView(StoreClient* store, QWidget* parent = nullptr);

    RuleListModel* model() const { return m_model; }
    RuleVersionsView* versions() const { return m_versions; }
    RuleEditorDialog* editor() const { return m_editor; }
    void refresh();
    void selectRule(qint64 ruleId);
    void newRule();
    void openSelected(); // edit (admins) or view

signals:
    void ruleSaved(qint64 ruleId, int version);
    // From the editor: its definition next to the saved version (none for a new rule).
    void backtestRequested(qint64 ruleId, int currentVersion, const QString& name,
                           const QJsonObject& currentDefinition,
                           const QJsonObject& editedDefinition);

private:
    void onStateChanged(const ConnectionState& state);
    void updateActions();
    qint64 selectedRuleId() const;
    void openEditor(RuleEditorDialog* editor);
    void save();

    StoreClient* m_store;
    RuleListModel* m_model;
    LiveQuery* m_query;
    QTableView* m_table;
    RuleVersionsView* m_versions;
    QLabel* m_message;
    QPushButton* m_new;
    QPushButton* m_open;
    QPointer<RuleEditorDialog> m_editor;
    QString m_role;
};
