#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class ConnectionDialog;
}

// Asks for a store: a connection string checked as it is typed, and a password kept apart
// from it, and optionally a streaming replica to read from (same password). Accepting
// remembers both connection strings without any password.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(const QString& conninfo, QWidget* parent = nullptr,
                              const QString& readConninfo = {});
    ~ConnectionDialog() override;

    // What to open: the connection string with the password, if one was typed.
    QString conninfo() const;
    // Where to read: the replica's connection string with the password; empty: conninfo().
    QString readConninfo() const;

    void accept() override;

private:
    void validate();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
};
