#include "../cashback/CashbackFixture.h"
#include "../webhooks/DispatchFixture.h"
#include "HttpGet.h"
#include "store/PgResult.h"
#include "store/StoreError.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <signal.h>

using namespace Qt::StringLiterals;

// Every engine's --metrics server after real work: /metrics passes `promtool check metrics`
// and carries the figures of what it did; /healthz answers; /readyz is 200 while the store
// (and broker) answer and 503 once the store stops (on a cluster of this test's own, since
// the fixture's is shared).
class EngineMetricsTest : public QObject
{
    Q_OBJECT
public:
    ~EngineMetricsTest() override
    {
        stopAll();
        removeCluster();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"promtool"_s).isEmpty(),
                 "promtool missing: Debian package prometheus (scripts/test installs it)");
    }

    void cleanup() { stopAll(); }

    void dispatchDetectAndSimulateAfterWork()
    {
        DispatchFixture f(u"observe_metrics"_s);
        f.startMerchants({R"({"kind":"healthy"})"});
        f.ingest(1, 5, u"evt_obs"_s);

        const quint16 dispatchPort = freePort();
        f.startDispatch({u"--metrics"_s, address(dispatchPort)});
        QTRY_COMPARE_WITH_TIMEOUT(
            f.scalar(u"SELECT count(*) FROM payops.deliveries WHERE state = 'succeeded'"_s), 5,
            20'000);
        QTRY_VERIFY_WITH_TIMEOUT(
            sample(dispatchPort, "payops_dispatch_attempt_duration_seconds_count") == 5, 10'000);
        const QByteArray dispatch = checkedMetrics(dispatchPort);
        QVERIFY2(dispatch.contains("\npayops_dispatch_attempts_total{result=\"delivered\"} 5\n"),
                 dispatch.constData());
        QVERIFY2(dispatch.contains("\npayops_dispatch_deliveries_total{outcome=\"succeeded\"} 5\n"),
                 dispatch.constData());
        QVERIFY2(
            dispatch.contains("payops_dispatch_attempt_duration_seconds_bucket{le=\"+Inf\"} 5"),
            dispatch.constData());
        QTRY_COMPARE_WITH_TIMEOUT(sample(dispatchPort, "payops_dispatch_due_unclaimed_deliveries"),
                                  0.0, 20'000);
        QVERIFY(get(dispatchPort, "/healthz").startsWith("HTTP/1.1 200"));
        QVERIFY(get(dispatchPort, "/readyz").startsWith("HTTP/1.1 200"));

        const quint16 detectPort = freePort();
        start(u"detect"_s,
              {u"--dsn"_s, f.store().dsnAs(u"engine"_s), u"--metrics"_s, address(detectPort)});
        QTRY_COMPARE_WITH_TIMEOUT(sample(detectPort, "payops_detect_events_total"), 5.0, 30'000);
        const QByteArray detect = checkedMetrics(detectPort);
        QVERIFY2(detect.contains("\npayops_detect_lag_seconds "), detect.constData());
        QVERIFY2(detect.contains("# TYPE payops_detect_open_downtimes gauge"), detect.constData());
        QVERIFY2(detect.contains("\npayops_detect_cohorts_watched "), detect.constData());
        QVERIFY(get(detectPort, "/readyz").startsWith("HTTP/1.1 200"));

        const quint16 simulatePort = freePort();
        start(u"simulate"_s,
              {u"--rate"_s, u"20"_s, u"--seed"_s, u"7"_s, u"--every"_s, u"0"_s, u"--dsn"_s,
               f.store().dsnAs(u"engine"_s), u"--metrics"_s, address(simulatePort)});
        QTRY_VERIFY_WITH_TIMEOUT(sample(simulatePort, "payops_ingest_events_total", "loaded") > 0,
                                 20'000);
        checkedMetrics(simulatePort);
        QVERIFY(get(simulatePort, "/readyz").startsWith("HTTP/1.1 200"));
    }

    void cashbackAfterWork()
    {
        CashbackFixture fixture(u"observe_cashback"_s);
        fixture.saveCampaign(u"m_obs"_s, u"10"_s, 10'000, 0);
        QVERIFY(fixture.ingest(fixture.payments(0, 40, u"m_obs"_s)));
        const quint16 port = freePort();
        m_processes.push_back(fixture.start({u"--metrics"_s, address(port)}));
        QTRY_VERIFY_WITH_TIMEOUT(sample(port, "payops_cashback_credits_total", "applied") >= 40,
                                 60'000);
        // The queue depth is read from the broker at most once a second.
        QTRY_VERIFY_WITH_TIMEOUT(sample(port, "payops_cashback_credit_queue_messages") >= 0,
                                 15'000);
        const QByteArray text = checkedMetrics(port);
        QVERIFY2(text.contains("\npayops_cashback_cashbacks_total{outcome=\"reversed\"} 4\n"),
                 text.constData());
        QVERIFY2(text.contains("\npayops_cashback_credit_queue_messages "),
                 text.mid(text.indexOf("payops_cashback_reconnects")).constData());
        QVERIFY2(text.contains("\npayops_cashback_broker_connected 1\n"), text.constData());
        QVERIFY(get(port, "/readyz").startsWith("HTTP/1.1 200"));
    }

    // 013_engine_health: an instance registers, beats, deregisters on a clean exit, and a
    // kill -9'd one shows stale after three missed beats (5 s each: within 20 s).
    void enginesRegisterBeatAndGoStale()
    {
        TestStore store(u"observe_health"_s);
        PgConnection viewer = PgConnection::open(store.dsnAs(u"viewer"_s));
        const QString health = u"SELECT coalesce(string_agg(kind || ':' || health, ','), '') FROM "
                               u"payops.engine_health "
                               u"WHERE pid = $1"_s;
        start(u"detect"_s, {u"--dsn"_s, store.dsnAs(u"engine"_s)});
        const qint64 first = m_processes.back()->processId();
        QTRY_COMPARE_WITH_TIMEOUT(viewer.exec(health, {first}).text(0, 0), u"detect:live"_s,
                                  10'000);
        QTRY_VERIFY_WITH_TIMEOUT(viewer.exec(u"SELECT rate IS NOT NULL AND lag_seconds IS NOT NULL "
                                             u"FROM payops.engine_health WHERE pid = $1"_s,
                                             {first})
                                         .text(0, 0) == u"t",
                                 15'000);
        ::kill(pid_t(first), SIGTERM);
        QVERIFY(m_processes.back()->waitForFinished(20'000));
        QCOMPARE(viewer.exec(health, {first}).text(0, 0), QString());

        start(u"detect"_s, {u"--dsn"_s, store.dsnAs(u"engine"_s)});
        const qint64 second = m_processes.back()->processId();
        QTRY_COMPARE_WITH_TIMEOUT(viewer.exec(health, {second}).text(0, 0), u"detect:live"_s,
                                  10'000);
        ::kill(pid_t(second), SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(viewer.exec(health, {second}).text(0, 0), u"detect:stale"_s,
                                  20'000);
        QVERIFY2(viewer.exec(u"SELECT count(*) FROM payops.engine_instances"_s).toInt(0, 0) == 1,
                 "the viewer reads the instances");
        QVERIFY_EXCEPTION_THROWN(viewer.exec(u"SELECT payops.register_engine('detect', 'h', 1, "
                                             u"'v', 5)"_s),
                                 StoreError);
    }

    // --log-format json: every stderr line one JSON record with ts, level and msg; lines about
    // a delivery or endpoint carry its id; neither the signing secrets nor the DSN's password
    // appear, in either format, even when the store cannot be reached.
    void logsAreJsonAndKeepSecrets()
    {
        DispatchFixture f(u"observe_logs"_s);
        f.startMerchants({R"({"kind":"healthy"})", R"({"kind":"gone"})"});
        f.ingest(1, 3, u"evt_log_a"_s);
        f.ingest(2, 2, u"evt_log_b"_s);
        QStringList secrets;
        const PgResult rows = f.db().exec(u"SELECT secret FROM payops.endpoint_secrets"_s);
        for (int row = 0; row < rows.rows(); ++row)
            secrets << rows.text(row, 0);
        QCOMPARE(secrets.size(), 2);
        const QString password = u"Sekr3t-DSN-pass"_s;
        secrets << password;
        // Trust authentication ignores the password: the run works and carries it.
        const QString dsn = f.store().dsnAs(u"engine"_s) + u" password="_s + password;

        const QByteArray json =
            runLogged(u"dispatch"_s, {u"--drain"_s, u"--allow"_s, u"127.0.0.0/8"_s,
                                      u"--log-format"_s, u"json"_s, u"--dsn"_s, dsn});
        int records = 0;
        bool endpointLine = false;
        for (const QByteArray& line : json.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonObject record = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            QVERIFY2(record.contains(u"ts"_s) && record.contains(u"level"_s) &&
                         record.contains(u"msg"_s),
                     line.constData());
            if (record.value(u"msg"_s).toString().contains(u" disabled: "_s)) {
                endpointLine = true;
                QCOMPARE(record.value(u"endpoint_id"_s).toInteger(), f.endpointId(2));
                QVERIFY2(record.contains(u"delivery_id"_s), line.constData());
                QCOMPARE(record.value(u"level"_s).toString(), u"warn"_s);
            }
            ++records;
        }
        QVERIFY2(records >= 2 && endpointLine, json.constData());

        const QString unreachable =
            u"host=/nonexistent-observe dbname=payops user=engine password="_s + password;
        const QByteArray human =
            runLogged(u"detect"_s, {u"--dsn"_s, unreachable}, 2500) +
            runLogged(u"dispatch"_s, {u"--log-format"_s, u"json"_s, u"--dsn"_s, unreachable}, 2500);
        QVERIFY2(human.contains("unavailable"), human.constData());
        QVERIFY2(human.contains("\"level\":\"warn\""), human.constData());
        for (const QString& secret : std::as_const(secrets)) {
            QVERIFY2(!json.contains(secret.toUtf8()), qPrintable(secret));
            QVERIFY2(!human.contains(secret.toUtf8()), qPrintable(secret));
        }
    }

    void readyzFollowsTheStore()
    {
        QVERIFY(m_var.isValid());
        m_created = true;
        QVERIFY(store({u"start"_s, u"--fresh"_s, u"--fast"_s}));
        QVERIFY(store({u"prepare"_s, u"--payops"_s, qEnvironmentVariable("PAYOPS_BIN")}));
        QString dsn;
        QVERIFY(store({u"dsn"_s, u"engine"_s}, &dsn));
        dsn = dsn.trimmed();
        CashbackFixture broker(u"observe_ready"_s); // for its vhost on the fixture's node
        const quint16 dispatchPort = freePort(), detectPort = freePort(), cashbackPort = freePort();
        start(u"dispatch"_s, {u"--dsn"_s, dsn, u"--metrics"_s, address(dispatchPort)});
        start(u"detect"_s, {u"--dsn"_s, dsn, u"--metrics"_s, address(detectPort)});
        m_processes.push_back(
            broker.start({u"--dsn"_s, dsn, u"--metrics"_s, address(cashbackPort)}));
        for (const quint16 port : {dispatchPort, detectPort, cashbackPort})
            QTRY_VERIFY2_WITH_TIMEOUT(get(port, "/readyz").startsWith("HTTP/1.1 200"),
                                      get(port, "/readyz").constData(), 20'000);

        QVERIFY(store({u"stop"_s}));
        for (const quint16 port : {dispatchPort, detectPort, cashbackPort}) {
            QTRY_VERIFY2_WITH_TIMEOUT(get(port, "/readyz").startsWith("HTTP/1.1 503"),
                                      get(port, "/readyz").constData(), 30'000);
            QVERIFY(get(port, "/readyz").contains("not ready: store"));
            QVERIFY(get(port, "/healthz").startsWith("HTTP/1.1 200"));
        }
    }

private:
    static quint16 freePort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

    static QString address(quint16 port) { return u"127.0.0.1:%1"_s.arg(port); }

    static QByteArray get(quint16 port, const QByteArray& path) { return httpGet(port, path); }

    static QByteArray body(const QByteArray& answer)
    {
        const qsizetype at = answer.indexOf("\r\n\r\n");
        return at < 0 ? QByteArray() : answer.mid(at + 4);
    }

    // The value of a sample (the first with `label` among its labels); NaN when absent.
    static double sample(quint16 port, const char* name, const char* label = nullptr)
    {
        const QByteArray text = body(get(port, "/metrics"));
        for (const QByteArray& line : text.split('\n')) {
            const qsizetype space = line.lastIndexOf(' ');
            if (space < 0 || line.startsWith('#'))
                continue;
            const QByteArray series = line.left(space);
            const qsizetype brace = series.indexOf('{');
            const QByteArray metric = brace < 0 ? series : series.left(brace);
            if (metric == name &&
                (!label || series.contains(QByteArray('"' + QByteArray(label) + '"'))))
                return line.mid(space + 1).toDouble();
        }
        return qQNaN();
    }

    // GET /metrics, which must pass `promtool check metrics` (no lint problem either).
    static QByteArray checkedMetrics(quint16 port)
    {
        const QByteArray answer = get(port, "/metrics");
        if (!answer.startsWith("HTTP/1.1 200")) {
            QTest::qFail(answer.constData(), __FILE__, __LINE__);
            return {};
        }
        const QByteArray text = body(answer);
        QProcess promtool;
        promtool.setProcessChannelMode(QProcess::MergedChannels);
        promtool.start(u"promtool"_s, {u"check"_s, u"metrics"_s});
        promtool.write(text);
        promtool.closeWriteChannel();
        promtool.waitForFinished(30'000);
        const QByteArray said = promtool.readAll();
        if (promtool.exitCode() != 0 || !said.trimmed().isEmpty())
            QTest::qFail(QByteArray(said + "\n--- metrics:\n" + text).constData(), __FILE__,
                         __LINE__);
        return text;
    }

    void start(const QString& command, const QStringList& arguments)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(qEnvironmentVariable("PAYOPS_BIN"), QStringList{command} + arguments);
        process->waitForStarted();
        m_processes.push_back(std::move(process));
    }

    // stderr of `payops COMMAND ARGUMENTS`, to its end or stopped (SIGTERM) after stopAfterMs.
    static QByteArray runLogged(const QString& command, const QStringList& arguments,
                                int stopAfterMs = 0)
    {
        QProcess process;
        process.start(qEnvironmentVariable("PAYOPS_BIN"), QStringList{command} + arguments);
        process.waitForStarted();
        // The merchants' receivers live in this thread: keep its event loop turning.
        const auto waitUpTo = [&process](int ms) {
            QDeadlineTimer deadline(ms);
            while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
                QTest::qWait(20);
        };
        waitUpTo(stopAfterMs > 0 ? stopAfterMs : 60'000);
        if (process.state() != QProcess::NotRunning)
            process.terminate();
        waitUpTo(20'000);
        if (process.state() != QProcess::NotRunning)
            process.kill();
        process.waitForFinished();
        return process.readAllStandardError();
    }

    void stopAll()
    {
        for (auto& process : m_processes) {
            process->kill();
            process->waitForFinished(10'000);
        }
        m_processes.clear();
    }

    bool store(const QStringList& arguments, QString* output = nullptr)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PAYOPS_VAR"_s, m_var.path());
        environment.remove(u"PAYOPS_DSN"_s);
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("PAYOPS_SOURCE_DIR") + u"/scripts/store"_s, arguments);
        const bool ok = process.waitForFinished(120'000) &&
                        process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        if (output)
            *output = QString::fromUtf8(process.readAllStandardOutput());
        if (!ok)
            qWarning("scripts/store %s: %s", qPrintable(arguments.join(u' ')),
                     process.readAllStandardError().constData());
        return ok;
    }

    void removeCluster()
    {
        if (std::exchange(m_created, false))
            store({u"stop"_s, u"--remove"_s});
    }

    QTemporaryDir m_var;
    bool m_created = false;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

QTEST_GUILESS_MAIN(EngineMetricsTest)
#include "tst_engine_metrics.moc"
