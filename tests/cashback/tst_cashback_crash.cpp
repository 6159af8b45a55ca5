#include "CashbackFixture.h"

#include <QDir>
#include <QTest>
#include <signal.h>

using namespace Qt::StringLiterals;

namespace {

const QString ledgerCount = u"SELECT count(*) FROM payops.ledger_entries"_s;
const QString expectedEntries = u"SELECT count(*) + count(refunded_at) FROM payops.cashbacks"_s;

// Polls until sql gives more than low (or timeout).
bool waitAbove(const CashbackFixture& fixture, const QString& sql, qint64 low, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (fixture.scalar(sql) > low)
            return true;
        QThread::msleep(20);
    }
    return false;
}

// A RabbitMQ node of this test's own (scripts/broker) on ports next to the fixture's, so that
// restarting it disturbs no other test. Stopped and removed at the end.
class OwnBroker
{
public:
    OwnBroker()
    {
        const int base = qEnvironmentVariableIntValue("PAYOPS_AMQP_PORT") + 4;
        m_env.insert(u"PAYOPS_VAR"_s, qEnvironmentVariable("PAYOPS_VAR") + u"/restart-broker"_s);
        m_env.insert(u"PAYOPS_AMQP_PORT"_s, QString::number(base));
        m_env.insert(u"PAYOPS_AMQP_HTTP_PORT"_s, QString::number(base + 1));
        m_env.insert(u"PAYOPS_AMQP_DIST_PORT"_s, QString::number(base + 2));
        m_env.insert(u"PAYOPS_AMQP_EPMD_PORT"_s, QString::number(base + 3));
        m_env.insert(u"PAYOPS_AMQP_URL"_s, u"amqp://payops@127.0.0.1:%1/"_s.arg(base));
    }
    ~OwnBroker() { run({u"stop"_s, u"--remove"_s}); }

    bool run(const QStringList& arguments) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(m_env);
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(qEnvironmentVariable("PAYOPS_SOURCE_DIR") + u"/scripts/broker"_s, arguments);
        return process.waitForFinished(180'000) && process.exitCode() == 0;
    }
    const QProcessEnvironment& environment() const { return m_env; }

private:
    QProcessEnvironment m_env;
};

int summaryFigure(const QString& output, const QString& label)
{
    const QRegularExpressionMatch match =
        QRegularExpression(u"(\\d+) "_s + label).match(output.section(u'\n', -2));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestCashbackCrash : public QObject
{
    Q_OBJECT

private slots:
    void workerKilledMidBatch()
    {
        CashbackFixture fixture(u"cashback_kill"_s);
        fixture.saveCampaign(u"m_k"_s, u"3"_s, 10'000, 0);
        QVERIFY(fixture.ingest(fixture.payments(0, 20'000, u"m_k"_s)));
        QCOMPARE(fixture.drain({u"--compute"_s}), 0);
        const qint64 expected = fixture.scalar(expectedEntries);
        QCOMPARE(expected, 22'000);

        auto victim = fixture.start({u"--credit"_s, u"--credit-batch"_s, u"200"_s});
        auto survivor = fixture.start({u"--credit"_s, u"--credit-batch"_s, u"200"_s});
        QVERIFY(waitAbove(fixture, ledgerCount, 2000, 60'000));
        ::kill(pid_t(victim->processId()), SIGKILL);
        QVERIFY(victim->waitForFinished(10'000));
        const qint64 atKill = fixture.scalar(ledgerCount);
        QVERIFY2(atKill < expected, "the workers finished before the kill: nothing was in flight");
        // The victim's unacknowledged messages go back to the queue: the survivor and a
        // restarted worker credit them, the ones already written change nothing.
        auto restarted = fixture.start({u"--credit"_s, u"--credit-batch"_s, u"200"_s});
        QCOMPARE(fixture.waitFor(ledgerCount, expected, 120'000), expected);
        for (auto* worker : {survivor.get(), restarted.get()}) {
            worker->terminate();
            QVERIFY(worker->waitForFinished(30'000));
            QCOMPARE(worker->exitCode(), 0);
        }
        QCOMPARE(fixture.exactlyOnceViolations(), QStringList());
    }

    void brokerRestartedMidRun()
    {
        CashbackFixture fixture(u"cashback_restart"_s);
        fixture.saveCampaign(u"m_b"_s, u"3"_s, 10'000, 0);
        OwnBroker broker;
        QVERIFY(broker.run({u"start"_s, u"--fresh"_s}));
        auto engine = fixture.start({u"--workers"_s, u"2"_s, u"--credit-batch"_s, u"100"_s},
                                    broker.environment());
        QVERIFY(fixture.ingest(fixture.payments(0, 5000, u"m_b"_s)));
        QVERIFY(waitAbove(fixture, ledgerCount, 500, 60'000));
        QVERIFY(broker.run({u"stop"_s}));
        // Events keep coming while the broker is down: computed, published once it is back.
        QVERIFY(fixture.ingest(fixture.payments(5000, 5000, u"m_b"_s)));
        QThread::sleep(2);
        QVERIFY(broker.run({u"start"_s}));
        QVERIFY(fixture.ingest(fixture.payments(10'000, 2000, u"m_b"_s)));
        const qint64 expected = 12'000 + 1200;
        QCOMPARE(fixture.waitFor(expectedEntries, expected, 120'000), expected);
        QCOMPARE(fixture.waitFor(ledgerCount, expected, 120'000), expected);
        engine->terminate();
        QVERIFY(engine->waitForFinished(30'000));
        QCOMPARE(engine->exitCode(), 0);
        const QString output = QString::fromUtf8(engine->readAllStandardError());
        QVERIFY2(summaryFigure(output, u"reconnects"_s) > 0, qPrintable(output));
        QCOMPARE(fixture.exactlyOnceViolations(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCashbackCrash)
#include "tst_cashback_crash.moc"
