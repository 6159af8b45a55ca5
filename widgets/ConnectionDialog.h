#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class ConnectionDialog;
}

// Asks for a store: a connection string checked as it is typed, and a password kept apart
// from it. Accepting remembers the connection string without any password.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(const QString& conninfo, QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    // What to open: the connection string with the password, if one was typed.
    QString conninfo() const;

    void accept() override;

private:
    void validate();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
};
