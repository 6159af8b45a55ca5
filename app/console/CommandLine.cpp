#include "CommandLine.h"

#include "store/Dsn.h"

#include <QTextStream>
#include <cstdlib>

CommandLine::CommandLine(const QStringList& arguments)
    : m_dsn(QStringLiteral("dsn"),
            tr("The store to open: a libpq connection string (default: PAYOPS_DSN, then the "
               "last store connected to, then the embedded store)."),
            QStringLiteral("DSN"))
    , m_readDsn(QStringLiteral("read-dsn"),
                tr("Read from this store instead, a streaming replica of the --dsn store: every "
                   "view's queries go there, operator actions and notifications stay on the "
                   "primary (default: PAYOPS_READ_DSN, else the store read with --dsn)."),
                QStringLiteral("DSN"))
    , m_screenshot(QStringLiteral("screenshot"),
                   tr("Render the window to FILE (PNG) once data has loaded and the --step steps "
                      "have played, then exit: status 0 when data loaded and every step played, "
                      "1 otherwise."),
                   QStringLiteral("FILE"))
    , m_areaOption(QStringLiteral("area"),
                   tr("The area to show first: wall, deliveries, rules or cashback."),
                   QStringLiteral("AREA"), QStringLiteral("wall"))
    , m_lang(QStringLiteral("lang"),
             tr("The console's language: en, fr, pl or ru (default: the one chosen in "
                "Preferences, else the system's)."),
             QStringLiteral("LANG"))
    , m_wall(QStringLiteral("wall"),
             tr("Start in wall mode: full screen, the Wall alone in a dark high-contrast theme, "
                "its pages of charts rotating (F11 or Escape leaves it)."))
    , m_step(QStringLiteral("step"),
             tr("With --screenshot: what to do before the picture, once data has loaded, one "
                "step a second (repeatable): tab:NAME=N, set:NAME=VALUE, click:NAME, "
                "select:NAME=ROW, show:NAME, grab:NAME (the picture is of that widget), wait:MS. "
                "NAME is a widget's object name."),
             QStringLiteral("STEP"))
{
    m_parser.setApplicationDescription(
        tr("The payops operations console: the store's payments, deliveries, downtimes and "
           "cashback."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_dsn, m_readDsn, m_screenshot, m_areaOption, m_lang, m_wall, m_step});
    m_parser.process(arguments);
    const QString area = m_parser.value(m_areaOption);
    const auto known = consoleAreaFromName(area);
    if (!known)
        refuse(tr("unknown area “%1” (wall, deliveries, rules or cashback)").arg(area));
    m_area = *known;
    QString problem;
    m_steps = ScreenshotSteps::parse(m_parser.values(m_step), &problem);
    if (!problem.isEmpty())
        refuse(problem);
    if (!m_steps.isEmpty() && screenshot().isEmpty())
        refuse(tr("--step needs --screenshot (steps play only before a picture)"));
    refuseMalformed(m_dsn, QStringLiteral("PAYOPS_DSN"));
    refuseMalformed(m_readDsn, QStringLiteral("PAYOPS_READ_DSN"));
}

// A string libpq cannot parse would only fail at connecting, again and again, as an outage.
void CommandLine::refuseMalformed(const QCommandLineOption& option, const QString& variable) const
{
    const QString fromCommandLine = m_parser.value(option);
    const QString conninfo =
        fromCommandLine.isEmpty() ? qEnvironmentVariable(qPrintable(variable)) : fromCommandLine;
    const QString source =
        fromCommandLine.isEmpty() ? variable : u"--" + option.names().constFirst();
    if (const auto error = Dsn::validate(conninfo))
        refuse(tr("%1: not a connection string: %2").arg(source, *error));
}

void CommandLine::refuse(const QString& problem)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << problem << '\n';
    std::exit(2);
}

QString CommandLine::language(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument.startsWith(u"--lang="))
            return argument.mid(7);
        if (argument == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}
