#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class RuleDiffModel;
class RuleVersionsModel;
class StoreClient;

// The versions of one rule (version, author, time, comment) and a comparison: one selected
// version against the one before it, or any two selected versions side by side, field by
// field with the changed fields highlighted.
class RuleVersionsView : public QWidget
{
    Q_OBJECT
public:
    explicit RuleVersionsView(StoreClient* store, QWidget* parent = nullptr);

    // Loads the versions of ruleId (0: none); called again after a save or NOTIFY.
    void showRule(qint64 ruleId);
    qint64 ruleId() const { return m_ruleId; }
    RuleVersionsModel* versions() const { return m_versions; }
    RuleDiffModel* diff() const { return m_diff; }
    // Selects the rows of these two versions (compared older left, newer right).
    void selectVersions(int first, int second);

signals:
    void versionsLoaded();

private:
    void compareSelection();

    StoreClient* m_store;
    qint64 m_ruleId = 0;     // asked for
    qint64 m_loadedRule = 0; // whose versions the model holds
    RuleVersionsModel* m_versions;
    RuleDiffModel* m_diff;
    QTableView* m_versionTable;
    QTableView* m_diffTable;
    QLabel* m_message;
};
