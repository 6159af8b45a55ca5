#include "PageCommands.h"

#include "console/LiveQuery.h"

#include <QLineEdit>

namespace PageCommands {

bool focusSearch(QWidget* page)
{
    if (!page)
        return false;
    // The focus chain is the tab order; children of the page come after it in the chain.
    for (QWidget* widget = page->nextInFocusChain(); widget != page;
         widget = widget->nextInFocusChain()) {
        auto* edit = qobject_cast<QLineEdit*>(widget);
        if (!edit || !page->isAncestorOf(edit) || !edit->isVisible() || !edit->isEnabled() ||
            edit->isReadOnly())
            continue;
        edit->setFocus(Qt::ShortcutFocusReason);
        edit->selectAll();
        return true;
    }
    return false;
}

int refresh(QWidget* page)
{
    if (!page)
        return 0;
    int count = 0;
    for (LiveQuery* query : page->findChildren<LiveQuery*>()) {
        auto* owner = qobject_cast<QWidget*>(query->parent());
        if (owner && !owner->isVisible())
            continue;
        query->refresh();
        ++count;
    }
    return count;
}

} // namespace PageCommands
