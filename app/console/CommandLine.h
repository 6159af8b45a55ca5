#pragma once

#include "ConsoleArea.h"
#include "ScreenshotSteps.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// payops-console's options. Parsing ends the program on --help, --version and bad input.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    explicit CommandLine(const QStringList& arguments);

    QString dsn() const { return m_parser.value(m_dsn); }
    QString readDsn() const { return m_parser.value(m_readDsn); }
    QString screenshot() const { return m_parser.value(m_screenshot); }
    ConsoleArea area() const { return m_area; }
    bool wall() const { return m_parser.isSet(m_wall); }
    const QList<ScreenshotSteps::Step>& steps() const { return m_steps; }

    // --lang must be known before the options' texts are, so it is looked for by hand.
    static QString language(const QStringList& arguments);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_dsn;
    QCommandLineOption m_readDsn;
    QCommandLineOption m_screenshot;
    QCommandLineOption m_areaOption;
    QCommandLineOption m_lang;
    QCommandLineOption m_wall;
    QCommandLineOption m_step;
    ConsoleArea m_area = ConsoleArea::Wall;
    QList<ScreenshotSteps::Step> m_steps;

    [[noreturn]] static void refuse(const QString& problem);
    // The option's string, else the environment variable's, when set, must parse.
    void refuseMalformed(const QCommandLineOption& option, const QString& variable) const;
};
