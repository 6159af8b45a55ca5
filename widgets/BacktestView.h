#pragma once

#include "backtest/Backtest.h"
#include "evaluate/TruthIncident.h"

#include <QWidget>
#include <optional>

class BacktestDowntimesModel;
class BacktestMatrixModel;
class BacktestTimelineView;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class StoreClient;

// The Backtest tab: a rule's edited (unsaved) definition next to its current version, run
// over a past range of stored payment events in the background (Backtest: its own thread and
// connection; progress, cancel) with payops detect's detection code; the downtimes of both on
// a timeline per cohort, their confusion matrices against the store's labelled downtimes and
// against a ground-truth file the user loads, and the list of downtimes. Read-only: any role.
//
// The rule editor calls setRules(current or none, edited) and shows this tab.
class BacktestView : public QWidget
{
    Q_OBJECT
public:
    enum Preset
    {
        LastHour,
        LastDay,
        SimulatedDay, // payops simulate's default --duration: 30 minutes
        Custom
    };

    explicit BacktestView(StoreClient* store, QWidget* parent = nullptr);

    // current: the saved version (none for a new rule); edited: what the editor holds (none
    // when it does not parse: Run is disabled). A change clears the last results.
    void setRules(const std::optional<DetectionRule>& current,
                  const std::optional<DetectionRule>& edited);
    // The same from the editor's JSON (payops.rules.definition): ruleId 0 for a new rule,
    // currentDefinition empty when there is no saved version. Returns "field: reason" of the
    // edited definition when it does not parse (Run is then disabled), else empty.
    QString setDefinitions(qint64 ruleId, int currentVersion, const QString& name,
                           const QJsonObject& currentDefinition,
                           const QJsonObject& editedDefinition);
    void setRange(qint64 from, qint64 to); // microseconds since the epoch; preset Custom
    void applyPreset(Preset preset);       // relative to the newest stored event
    qint64 rangeFrom() const;
    qint64 rangeTo() const;
    bool loadTruth(const QString& fileName); // false: the reason is shown (truthError())
    QString truthError() const { return m_truthError; }

    void run();
    void cancel();
    bool isRunning() const { return m_backtest->isRunning(); }

    Backtest* backtest() const { return m_backtest; }
    BacktestDowntimesModel* downtimesModel() const { return m_downtimes; }
    BacktestMatrixModel* labelsMatrix() const { return m_labelsMatrix; }
    BacktestMatrixModel* truthMatrix() const { return m_truthMatrix; }
    BacktestTimelineView* timeline() const { return m_timeline; }
    QString statusText() const;

signals:
    void finished(); // results shown, or the run failed or was cancelled

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshNewest();
    QWidget* buildControls();
    QWidget* buildMatrices();
    void onFinished(const BacktestResult& result);
    void onStopped(const QString& message);
    void rescore();
    void updateRulesText();
    void setRunning(bool running);
    void onPreset(int index);

    StoreClient* m_store;
    Backtest* m_backtest;
    std::optional<DetectionRule> m_current;
    std::optional<DetectionRule> m_edited;
    std::optional<QList<TruthIncident>> m_truth;
    QString m_truthError;
    qint64 m_newest = 0; // the newest stored event, for presets; 0 until known

    BacktestDowntimesModel* m_downtimes;
    BacktestMatrixModel* m_labelsMatrix;
    BacktestMatrixModel* m_truthMatrix;
    QComboBox* m_preset = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_rules = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_truthFile = nullptr;
    BacktestTimelineView* m_timeline;
    QTableView* m_table = nullptr;
};
