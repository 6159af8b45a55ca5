#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

// --step: what the screenshot mode does to the console after its data has loaded and before
// the picture, so that a picture can show a tab, a search, a selected row or a dialog. A step
// names a widget by its object name:
//   tab:NAME=N      the tab widget NAME shows its N-th tab (from 1)
//   set:NAME=VALUE  a line edit's text, a combo box's item (its text or its number from 1),
//                   a check box's state (on or off)
//   click:NAME      a button is clicked; any other widget gets a left click at its centre
//   select:NAME=ROW the table or list NAME selects its ROW-th row (from 1)
//   show:NAME       a hidden widget is shown
//   grab:NAME       the picture is of NAME (a dialog, a panel) instead of the main window
//   wait:MS         a longer pause before the next step
// Steps play one a second: what they start (queries, a backtest) answers on other threads. A
// step that cannot play yet (no such widget or row so far) is tried again for 10 s.
class ScreenshotSteps : public QObject
{
    Q_OBJECT
public:
    struct Step
    {
        QString action;
        QString name;
        QString value;
        QString text; // as given on the command line
    };

    // The steps as given; a malformed one is named in problem ("step: reason").
    static QList<Step> parse(const QStringList& steps, QString* problem);

    ScreenshotSteps(QList<Step> steps, QWidget* window);

    bool isEmpty() const { return m_steps.isEmpty(); }
    // Plays the steps; finished() says when they are done, or which one could not be played.
    void start();
    // What to grab: the main window unless a grab step named another widget.
    QWidget* target() const { return m_target ? m_target.data() : m_window; }

signals:
    void finished(const QString& problem);

private:
    void playNext();
    QString play(const Step& step); // empty when done, else why not
    QWidget* find(const QString& name) const;

    QList<Step> m_steps;
    QWidget* m_window;
    QPointer<QWidget> m_target;
    QTimer m_timer;
    qsizetype m_next = 0;
    int m_failures = 0; // of the current step, in a row
    bool m_done = false;
};
