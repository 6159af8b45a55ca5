#pragma once

#include <QList>
#include <Qt>

class QWidget;

// Tab moves through an area as it reads, not in the order its widgets were made: the order
// of their layouts (box layouts in order, grids and forms row by row), splitter panes, tab
// pages and scroll areas, from root down.
namespace TabOrder {

// The focusable widgets under root in layout order (item views, spin boxes and combo boxes
// count as one, their insides are theirs).
QList<QWidget*> inLayoutOrder(QWidget* root);
// Chains them with QWidget::setTabOrder.
void followLayouts(QWidget* root);
// Focus the keyboard moved (Tab, Backtab, a shortcut): the one a focus ring is drawn for, like
// CSS :focus-visible; focus a window or a click gave shows none.
bool byKeyboard(Qt::FocusReason reason);

} // namespace TabOrder
