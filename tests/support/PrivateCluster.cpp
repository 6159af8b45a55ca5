#include "PrivateCluster.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

PrivateCluster::~PrivateCluster()
{
    if (std::exchange(m_created, false))
        store({u"stop"_s, u"--remove"_s});
}

bool PrivateCluster::create()
{
    if (!m_var.isValid())
        return false;
    qputenv("PAYOPS_VAR", m_var.path().toUtf8());
    qunsetenv("PAYOPS_DSN");
    m_created = true;
    return store({u"start"_s, u"--fresh"_s, u"--fast"_s}) &&
           store({u"prepare"_s, u"--payops"_s, qEnvironmentVariable("PAYOPS_BIN")});
}

bool PrivateCluster::stop()
{
    return store({u"stop"_s});
}

bool PrivateCluster::start()
{
    return store({u"start"_s});
}

bool PrivateCluster::store(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PAYOPS_VAR"_s, m_var.path());
    environment.remove(u"PAYOPS_DSN"_s);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(qEnvironmentVariable("PAYOPS_SOURCE_DIR") + u"/scripts/store"_s, arguments);
    const bool finished =
        process.waitForStarted() &&
        QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120'000);
    const bool ok =
        finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!ok) {
        qWarning("scripts/store %s failed:\n%s", qPrintable(arguments.join(u' ')),
                 process.readAll().constData());
        process.kill();
        process.waitForFinished();
    }
    return ok;
}
