#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

// Asks how an operator labels a downtime (true or false positive, or no label) and a note
// (kept with the label and in the audit log).
class DowntimeLabelDialog : public QDialog
{
    Q_OBJECT
public:
    DowntimeLabelDialog(qint64 downtimeId, const QString& label, const QString& note,
                        QWidget* parent = nullptr);

    // true_positive, false_positive, or empty (clear the label).
    QString label() const;
    void setLabel(const QString& label);
    QString note() const;
    void setNote(const QString& note);

private:
    QComboBox* m_label;
    QPlainTextEdit* m_note;
};
