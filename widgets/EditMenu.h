#pragma once

#include <QMenu>

class QStackedWidget;

// The main window's Edit menu: Find (Ctrl+F: the current area's search field) and
// Preferences (Ctrl+,: PreferencesDialog).
class EditMenu : public QMenu
{
    Q_OBJECT
public:
    EditMenu(QStackedWidget* pages, QWidget* parent);

    QAction* findAction() const { return m_find; }
    QAction* preferencesAction() const { return m_preferences; }

    void showPreferences();

private:
    QStackedWidget* m_pages;
    QAction* m_find;
    QAction* m_preferences;
};
