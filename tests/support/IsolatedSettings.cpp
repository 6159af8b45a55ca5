#include "IsolatedSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

IsolatedSettings::IsolatedSettings(const QString& applicationName)
{
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("payops-test"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
}
