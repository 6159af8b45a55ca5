#include "AppIcon.h"
#include "CommandLine.h"
#include "MainWindow.h"
#include "ScreenshotJob.h"
#include "ScreenshotSteps.h"
#include "Theme.h"
#include "console/ConsoleSettings.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace std::chrono_literals;

namespace {

void installTranslators(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("payops"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("payops"));
    QCoreApplication::setApplicationName(QStringLiteral("payops-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYOPS_VERSION));
    QApplication::setWindowIcon(AppIcon::create());
    installTranslators(app, ConsoleSettings::startupLanguage(
                                CommandLine::language(QCoreApplication::arguments())));
    Theme::apply(ConsoleSettings::theme());
    const CommandLine commandLine(QCoreApplication::arguments());

    MainWindow window;
    window.showArea(commandLine.area());
    if (!commandLine.screenshot().isEmpty()) {
        window.resize(1200, 760);
        new ScreenshotJob(&window, commandLine.screenshot(),
                          new ScreenshotSteps(commandLine.steps(), &window), 20s);
    }
    window.openStore(ConsoleSettings::startupDsn(commandLine.dsn()),
                     ConsoleSettings::startupReadDsn(commandLine.dsn(), commandLine.readDsn()));
    window.show();
    if (commandLine.wall())
        window.setWallMode(true);
    return QApplication::exec();
}
