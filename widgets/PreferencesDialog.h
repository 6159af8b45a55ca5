#pragma once

#include <QDialog>

class QComboBox;

// Edit ▸ Preferences (Ctrl+,): the console's language (applies at the next start; --lang
// still overrides it) and colour theme (applies at once). Both are kept in ConsoleSettings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }
    QComboBox* themeBox() const { return m_theme; }

    void accept() override;

    static QStringList languages()
    {
        return {QString(), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("pl"),
                QStringLiteral("ru")};
    }

private:
    QComboBox* m_language;
    QComboBox* m_theme;
};
