#pragma once

#include <QObject>

class QAbstractItemView;
class QMenu;
class QWidget;

// The context menu (right click, the Menu key, Shift+F10) of every table and chart in the
// console: "Export table as CSV…" (ModelCsv: what the table shows, columns in the order and
// visibility the user left them) and "Save chart as PNG…" (the chart as drawn, at the
// screen's pixel ratio). Installed once on the application; views with a context menu of
// their own keep it.
class ExportMenu : public QObject
{
    Q_OBJECT
public:
    static void install();

    // The menu for target (a table or chart, or a table's viewport), or nullptr.
    static QMenu* createFor(QWidget* target, QWidget* parent);
    static bool isChart(const QWidget* widget);
    static bool saveCsv(const QAbstractItemView* view, const QString& path, QString* error);
    static bool savePng(QWidget* chart, const QString& path, QString* error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};
