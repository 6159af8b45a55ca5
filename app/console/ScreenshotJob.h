#pragma once

#include "store/ConnectionState.h"

#include <QObject>
#include <QTimer>
#include <chrono>

class MainWindow;

// --screenshot: renders the main window to a PNG once the overview's and the Wall's first
// results are in (or the store refused the connection, or the time is up), then ends the
// application with status 0 when data had loaded and the file was written, 1 otherwise.
class ScreenshotJob : public QObject
{
    Q_OBJECT
public:
    ScreenshotJob(MainWindow* window, QString path, std::chrono::milliseconds timeout);

private:
    void onStateChanged(const ConnectionState& state);
    // problem: why no data loaded; empty when it did.
    void captureSoon(const QString& problem);
    void capture();
    // A first result came (of the overview or of the Wall's charts); problem: its error.
    void loaded(bool* flag, const QString& problem);

    MainWindow* m_window;
    QString m_path;
    QTimer m_timeout;
    QString m_problem;
    bool m_capturing = false;
    bool m_overviewLoaded = false;
    bool m_wallLoaded = false;
    QString m_loadProblem;
};
