#pragma once

#include <QDialog>
#include <QJsonObject>

class MuteCoverageModel;
class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;
class StoreClient;

// A new mute: its matchers (prefilled, e.g. from a downtime's rule and cohort; each one
// editable and removable), when it starts and ends, and the reason; the author is the session
// user. Before saving, the store says which open downtimes and recent cohorts it would cover
// (MuteQuery::preview, payops.mute_covers, as the detector tests it), refreshed as it is
// edited. Save calls payops.mute; the store's refusal ("field: reason") is shown as it is.
class MuteEditorDialog : public QDialog
{
    Q_OBJECT
public:
    MuteEditorDialog(StoreClient* store, const QJsonObject& matchers, QWidget* parent = nullptr);

    QJsonObject matchers() const;
    void setMatchers(const QJsonObject& matchers);
    void removeMatcher(const QString& key);
    void setReason(const QString& reason);
    void setEndsAt(const QDateTime& endsAt);
    MuteCoverageModel* coverage() const { return m_coverage; }
    QString message() const;
    qint64 createdMute() const { return m_created; }

public slots:
    void refreshPreview();
    void save();

signals:
    void muteCreated(qint64 muteId);

private:
    QWidget* createMatchers();
    void updateSave();
    void showMessage(const QString& text, bool error);

    StoreClient* m_store;
    QTableWidget* m_matchers;
    QCheckBox* m_startsNow;
    QDateTimeEdit* m_starts;
    QDateTimeEdit* m_ends;
    QLineEdit* m_reason;
    MuteCoverageModel* m_coverage;
    QTableView* m_preview;
    QLabel* m_summary;
    QLabel* m_message;
    QPushButton* m_save;
    QTimer* m_previewTimer;
    quint64 m_previewGeneration = 0;
    qint64 m_created = 0;
    bool m_saving = false;
};
