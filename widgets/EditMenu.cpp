#include "EditMenu.h"

#include "PageCommands.h"
#include "PreferencesDialog.h"

#include <QStackedWidget>

EditMenu::EditMenu(QStackedWidget* pages, QWidget* parent)
    : QMenu(tr("&Edit"), parent)
    , m_pages(pages)
    , m_find(addAction(tr("&Find…"), this,
                       [this] { PageCommands::focusSearch(m_pages->currentWidget()); }))
    , m_preferences(addAction(tr("&Preferences…"), this, &EditMenu::showPreferences))
{
    setObjectName(QStringLiteral("editMenu"));
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    // QKeySequence::Preferences is empty on most Linux desktops: Ctrl+, as well.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        keys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferences->setShortcuts(keys);
    // Shortcuts work while the menu bar is hidden (wall mode) and before the menu is opened.
    parent->addAction(m_find);
    parent->addAction(m_preferences);
}

void EditMenu::showPreferences()
{
    auto* dialog = new PreferencesDialog(parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
