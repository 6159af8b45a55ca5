#include "TabOrder.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <algorithm>

namespace {

void collect(QWidget* widget, QList<QWidget*>* out);

// A grid's items row by row, then column by column (a form is a two-column grid).
QList<QLayoutItem*> itemsInOrder(QLayout* layout)
{
    struct Placed
    {
        int row;
        int column;
        QLayoutItem* item;
    };
    QList<Placed> placed;
    for (int i = 0; i < layout->count(); ++i) {
        int row = i;
        int column = 0;
        if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
            int rowSpan = 0;
            int columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
        } else if (auto* form = qobject_cast<QFormLayout*>(layout)) {
            QFormLayout::ItemRole role = QFormLayout::LabelRole;
            form->getItemPosition(i, &row, &role);
            column = role == QFormLayout::LabelRole ? 0 : 1;
        }
        placed.append({row, column, layout->itemAt(i)});
    }
    std::stable_sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    QList<QLayoutItem*> items;
    for (const Placed& p : placed)
        items.append(p.item);
    return items;
}

void collectLayout(QLayout* layout, QList<QWidget*>* out)
{
    for (QLayoutItem* item : itemsInOrder(layout)) {
        if (QWidget* widget = item->widget())
            collect(widget, out);
        else if (QLayout* inner = item->layout())
            collectLayout(inner, out);
    }
}

void collect(QWidget* widget, QList<QWidget*>* out)
{
    const bool whole = qobject_cast<QAbstractItemView*>(widget) ||
                       qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QComboBox*>(widget);
    if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
        out->append(widget);
    if (whole)
        return;
    if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
        collect(tabs->tabBar(), out);
        for (int i = 0; i < tabs->count(); ++i)
            collect(tabs->widget(i), out);
    } else if (auto* splitter = qobject_cast<QSplitter*>(widget)) {
        for (int i = 0; i < splitter->count(); ++i)
            collect(splitter->widget(i), out);
    } else if (auto* stack = qobject_cast<QStackedWidget*>(widget)) {
        for (int i = 0; i < stack->count(); ++i)
            collect(stack->widget(i), out);
    } else if (auto* scroll = qobject_cast<QScrollArea*>(widget)) {
        if (scroll->widget())
            collect(scroll->widget(), out);
    } else if (widget->layout()) {
        collectLayout(widget->layout(), out);
    }
}

} // namespace

namespace TabOrder {

QList<QWidget*> inLayoutOrder(QWidget* root)
{
    QList<QWidget*> widgets;
    collect(root, &widgets);
    widgets.removeAll(root);
    return widgets;
}

void followLayouts(QWidget* root)
{
    const QList<QWidget*> widgets = inLayoutOrder(root);
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

bool byKeyboard(Qt::FocusReason reason)
{
    return reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
           reason == Qt::ShortcutFocusReason;
}

} // namespace TabOrder
