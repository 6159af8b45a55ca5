#include "ScreenshotJob.h"

#include "MainWindow.h"
#include "ScreenshotSteps.h"
#include "StoreOverviewModel.h"
#include "WallCohortsModel.h"
#include "WallPage.h"
#include "store/StoreClient.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTextStream>

using namespace std::chrono_literals;

ScreenshotJob::ScreenshotJob(MainWindow* window, QString path, ScreenshotSteps* steps,
                             std::chrono::milliseconds timeout)
    : QObject(window)
    , m_window(window)
    , m_steps(steps)
    , m_path(std::move(path))
{
    StoreOverviewModel* overview = m_window->overviewModel();
    connect(overview, &StoreOverviewModel::resultApplied, this,
            [this, overview] { loaded(&m_overviewLoaded, overview->error()); });
    WallCohortsModel* wall = m_window->wallPage()->cohortsModel();
    connect(wall, &WallCohortsModel::resultApplied, this,
            [this, wall] { loaded(&m_wallLoaded, wall->error()); });
    connect(m_window->storeClient(), &StoreClient::stateChanged, this,
            &ScreenshotJob::onStateChanged);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { captureSoon(tr("the store did not answer in time")); });
    m_timeout.start(timeout);
    connect(m_steps, &ScreenshotSteps::finished, this, [this](const QString& problem) {
        m_stepProblem = problem;
        captureAfterLayout();
    });
}

void ScreenshotJob::onStateChanged(const ConnectionState& state)
{
    if (state.kind == ConnectionState::Refused)
        captureSoon(tr("refused: %1").arg(state.reason));
}

void ScreenshotJob::loaded(bool* flag, const QString& problem)
{
    *flag = true;
    if (m_loadProblem.isEmpty())
        m_loadProblem = problem;
    if (m_overviewLoaded && m_wallLoaded)
        captureSoon(m_loadProblem);
}

void ScreenshotJob::captureSoon(const QString& problem)
{
    if (m_capturing)
        return;
    m_capturing = true;
    m_problem = problem;
    m_timeout.stop();
    if (problem.isEmpty())
        m_steps->start(); // finished() comes at once when there are no steps
    else
        captureAfterLayout();
}

void ScreenshotJob::captureAfterLayout()
{
    // Lets the views lay out the new rows before the picture is taken.
    QTimer::singleShot(300ms, this, &ScreenshotJob::capture);
}

void ScreenshotJob::capture()
{
    QTextStream err(stderr);
    const bool saved = m_steps->target()->grab().save(m_path, "PNG");
    if (!saved)
        err << tr("payops-console: cannot write %1").arg(m_path) << '\n';
    else if (!m_stepProblem.isEmpty())
        err << tr("payops-console: %1").arg(m_stepProblem) << '\n';
    else if (!m_problem.isEmpty())
        err << tr("payops-console: no data loaded (%1); the picture shows the console without it")
                   .arg(m_problem)
            << '\n';
    QCoreApplication::exit(saved && m_problem.isEmpty() && m_stepProblem.isEmpty() ? 0 : 1);
}
