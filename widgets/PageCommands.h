#pragma once

class QWidget;

// What Find and Refresh do to whichever area page is showing, without the pages knowing:
// the page's first visible search field, the page's visible live queries.
namespace PageCommands {

// Focuses (and selects the text of) the first visible, enabled line edit of page in tab
// order: each page's search or filter field comes first. False when the page has none.
bool focusSearch(QWidget* page);
// Re-runs every LiveQuery whose widget is on screen in page; returns how many.
int refresh(QWidget* page);

} // namespace PageCommands
