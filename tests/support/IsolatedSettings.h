#pragma once

#include <QString>
#include <QTemporaryDir>

// Gives a GUI test's QSettings a configuration directory of its own (XDG_CONFIG_HOME in a
// temporary directory, QStandardPaths' test mode, its own application name), empty at start:
// nothing a test remembers reaches the user's settings or another test's.
class IsolatedSettings
{
public:
    explicit IsolatedSettings(const QString& applicationName);

    bool isValid() const { return m_config.isValid(); }
    QString path() const { return m_config.path(); }

private:
    QTemporaryDir m_config;
};
