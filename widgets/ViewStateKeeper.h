#pragma once

#include <QObject>
#include <QString>

class QHeaderView;
class QSplitter;
class QWidget;

// Remembers what the user chose for a table's columns (widths, order, sort) and where a
// splitter's handle was left, in QSettings under a key made from the widget's place in the
// window, and puts them back the next time the view is made. A header's state is saved when
// the user lets go of it (not when a view sizes its columns to new data), and is put back
// after each new result, over the view's own resizeColumnsToContents().
class ViewStateKeeper : public QObject
{
    Q_OBJECT
public:
    // Every table header and splitter under root, made now.
    static void keepAll(QWidget* root);
    static void keep(QHeaderView* header);
    static void keep(QSplitter* splitter);
    // "views/<names or class#index from the window down>": stable from one run to the next.
    static QString keyFor(const QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ViewStateKeeper(QHeaderView* header);
    void reapplyLater();
    void reapply();
    void remember();

    QHeaderView* m_header;
    QString m_key;
    QByteArray m_state;
    int m_columns = 0;
    bool m_pending = false;
};
