#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// Confirms a manual retry: says what will be retried (how many deliveries) and asks for the
// reason that goes into the audit log. OK stays disabled until a reason is given.
class RetryDialog : public QDialog
{
    Q_OBJECT
public:
    RetryDialog(const QString& title, const QString& question, QWidget* parent = nullptr);

    QString reason() const;
    // The OK button's text ("Retry" by default), for other actions that need a reason.
    void setActionText(const QString& text);

private:
    QLineEdit* m_reason;
    QPushButton* m_ok;
};
