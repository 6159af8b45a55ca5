#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Edits every field of a detection rule (design.md): name, enabled, cohort filters (one value
// or a comma-separated list per dimension) and group_by, a time (size, step) or count (n)
// window, min_volume, open_below, recover_above, open_after, resolve_after and the severity
// bands. Each edit is checked at once by DetectionRule::parse (the checks and messages of
// payops.check_rule_definition) and the reason is shown under the field it names. A comment is
// required. Save emits saveRequested(); the caller runs payops.save_rule and shows a refusal
// with showRefusal(), at its field too. Read-only for those who may not save rules.
class RuleEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // ruleId 0: a new rule (definition may be empty: defaults are filled in).
    RuleEditorDialog(qint64 ruleId, int version, const QString& name, bool enabled,
                     const QJsonObject& definition, bool editable, QWidget* parent = nullptr);

    qint64 ruleId() const { return m_ruleId; }
    QString name() const;
    bool isRuleEnabled() const;
    QString comment() const;
    QJsonObject definition() const;
    // "field: reason" of the first problem, empty when the rule can be saved.
    QString problem() const { return m_problem; }
    QString fieldError(const QString& field) const; // the text shown at a field's widget

    void showRefusal(const QString& error);
    void setBusy(bool busy);

signals:
    void saveRequested();
    // Run the edited definition over past events (the Backtest tab), before saving.
    void backtestRequested();

private:
    struct FieldView
    {
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
    };
    void buildForm(QFormLayout* form);
    QLineEdit* addLine(QFormLayout* form, const QString& field, const QString& label,
                       const QString& placeholder = {});
    void addField(QFormLayout* form, const QString& field, const QString& label, QWidget* editor);
    QWidget* createSeverityEditor();
    void load(const QString& name, bool enabled, const QJsonObject& definition);
    void addBand(const QString& name, const QString& below);
    void validate();
    void showProblem(const QString& problem);
    QString fieldFor(const QString& path) const;
    void updateWindowKind();

    qint64 m_ruleId;
    bool m_editable;
    bool m_busy = false;
    bool m_loading = false;
    QString m_problem;
    QHash<QString, FieldView> m_fields;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_enabled = nullptr;
    QHash<QString, QLineEdit*> m_filters;
    QLineEdit* m_groupBy = nullptr;
    QComboBox* m_windowKind = nullptr;
    QLineEdit* m_size = nullptr;
    QLineEdit* m_step = nullptr;
    QLineEdit* m_count = nullptr;
    QLineEdit* m_minVolume = nullptr;
    QLineEdit* m_openBelow = nullptr;
    QLineEdit* m_recoverAbove = nullptr;
    QLineEdit* m_openAfter = nullptr;
    QLineEdit* m_resolveAfter = nullptr;
    QTableWidget* m_bands = nullptr;
    QLineEdit* m_comment = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_general = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_backtest = nullptr;
};
