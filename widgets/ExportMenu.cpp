#include "ExportMenu.h"

#include "AttemptTimelineView.h"
#include "BacktestTimelineView.h"
#include "ModelCsv.h"

#include <QApplication>
#include <QChartView>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QTreeView>
#include <functional>

namespace {

QAbstractItemView* tableOf(QWidget* widget)
{
    if (!widget)
        return nullptr;
    for (QWidget* candidate : {widget, widget->parentWidget()}) {
        // Qt's own views (a date edit's calendar, "qt_calendar_calendarview") are not tables.
        if (candidate && candidate->objectName().startsWith(u"qt_"))
            continue;
        if (qobject_cast<QTableView*>(candidate) || qobject_cast<QTreeView*>(candidate))
            return static_cast<QAbstractItemView*>(candidate);
    }
    return nullptr;
}

QWidget* chartOf(QWidget* widget)
{
    if (!widget)
        return nullptr;
    if (ExportMenu::isChart(widget))
        return widget;
    return widget->parentWidget() && ExportMenu::isChart(widget->parentWidget())
               ? widget->parentWidget()
               : nullptr;
}

QHeaderView* headerOf(const QAbstractItemView* view)
{
    if (auto* table = qobject_cast<const QTableView*>(view))
        return table->horizontalHeader();
    return static_cast<const QTreeView*>(view)->header();
}

struct Export
{
    QWidget* source;
    QString action;
    QString title;
    QString fileName;
    QString filter;
    std::function<bool(const QString& path, QString* error)> save;
};

// One action that asks where to write, writes, and says why when it could not.
QMenu* menuWith(QWidget* parent, Export how)
{
    auto* menu = new QMenu(parent);
    menu->addAction(how.action, how.source, [how] {
        const QString path =
            QFileDialog::getSaveFileName(how.source, how.title, how.fileName, how.filter);
        QString error;
        if (!path.isEmpty() && !how.save(path, &error))
            QMessageBox::warning(how.source, ExportMenu::tr("Export failed"),
                                 ExportMenu::tr("Nothing was written: %1").arg(error));
    });
    return menu;
}

} // namespace

void ExportMenu::install()
{
    static ExportMenu* filter = nullptr;
    if (filter)
        return;
    filter = new ExportMenu(qApp);
    qApp->installEventFilter(filter);
}

bool ExportMenu::isChart(const QWidget* widget)
{
    return qobject_cast<const QChartView*>(widget) ||
           qobject_cast<const AttemptTimelineView*>(widget) ||
           qobject_cast<const BacktestTimelineView*>(widget);
}

QMenu* ExportMenu::createFor(QWidget* target, QWidget* parent)
{
    if (QAbstractItemView* view = tableOf(target))
        return menuWith(parent, {view, tr("Export table as &CSV…"), tr("Export table as CSV"),
                                 QStringLiteral("table.csv"), tr("CSV files (*.csv)"),
                                 [view](const QString& path, QString* error) {
                                     return saveCsv(view, path, error);
                                 }});
    if (QWidget* chart = chartOf(target))
        return menuWith(parent, {chart, tr("Save chart as &PNG…"), tr("Save chart as PNG"),
                                 QStringLiteral("chart.png"), tr("PNG images (*.png)"),
                                 [chart](const QString& path, QString* error) {
                                     return savePng(chart, path, error);
                                 }});
    return nullptr;
}

bool ExportMenu::saveCsv(const QAbstractItemView* view, const QString& path, QString* error)
{
    const QHeaderView* header = headerOf(view);
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    return ModelCsv::save(*view->model(), columns, path, error);
}

bool ExportMenu::savePng(QWidget* chart, const QString& path, QString* error)
{
    if (chart->grab().save(path, "PNG"))
        return true;
    if (error)
        *error = tr("could not write %1").arg(path);
    return false;
}

bool ExportMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ContextMenu || !watched->isWidgetType())
        return false;
    auto* widget = static_cast<QWidget*>(watched);
    QWidget* owner = tableOf(widget) ? static_cast<QWidget*>(tableOf(widget)) : chartOf(widget);
    if (!owner || owner->contextMenuPolicy() != Qt::DefaultContextMenu)
        return false;
    QMenu* menu = createFor(widget, owner);
    if (!menu)
        return false;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(static_cast<QContextMenuEvent*>(event)->globalPos());
    return true;
}
