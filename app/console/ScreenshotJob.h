#pragma once

#include "store/ConnectionState.h"

#include <QObject>
#include <QTimer>
#include <chrono>

class MainWindow;
class ScreenshotSteps;

// --screenshot: renders the main window to a PNG once the overview's and the Wall's first
// results are in (or the store refused the connection, or the time is up) and the --step
// steps have played, then ends the application with status 0 when data had loaded, the steps
// played and the file was written, 1 otherwise.
class ScreenshotJob : public QObject
{
    Q_OBJECT
public:
    // steps: played once data has loaded (owned by window); timeout: for the data to load.
    ScreenshotJob(MainWindow* window, QString path, ScreenshotSteps* steps,
                  std::chrono::milliseconds timeout);

private:
    void onStateChanged(const ConnectionState& state);
    // problem: why no data loaded; empty when it did.
    void captureSoon(const QString& problem);
    void captureAfterLayout();
    void capture();
    // A first result came (of the overview or of the Wall's charts); problem: its error.
    void loaded(bool* flag, const QString& problem);

    MainWindow* m_window;
    ScreenshotSteps* m_steps;
    QString m_path;
    QTimer m_timeout;
    QString m_problem;
    QString m_stepProblem;
    bool m_capturing = false;
    bool m_overviewLoaded = false;
    bool m_wallLoaded = false;
    QString m_loadProblem;
};
