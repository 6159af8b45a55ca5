// `payops simulate` as a program against the fixture's store: endpoints registered and
// re-registered, live traffic through the ingest path into the outbox, and `payops dispatch`
// delivering everything to the simulated merchants, who verify every signature.
#include "TestStore.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QByteArray healthySecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const QByteArray slowSecret = "whsec_dGVzdHRlc3R0ZXN0dGVzdHRlc3R0ZXN0dGVzdHRlc3Q=";

QByteArray scenario()
{
    return "{\"merchants\": [\n"
           " {\"merchant\": \"m_sim_a\", \"endpoint\": \"ep_a\", \"secret\": \"" +
           healthySecret +
           "\", \"behaviour\": {\"kind\": \"healthy\"}},\n"
           " {\"merchant\": \"m_sim_b\", \"endpoint\": \"ep_b\", \"secret\": \"" +
           slowSecret + "\", \"behaviour\": {\"kind\": \"slow\", \"delay_ms\": 20}}\n]}\n";
}

} // namespace

class TestSimulate : public QObject
{
    Q_OBJECT

    std::optional<TestStore> m_store;
    QTemporaryDir m_dir;
    QString m_scenario;

    qint64 count(const QString& sql, const QVariantList& params = {})
    {
        PgConnection connection = PgConnection::open(m_store->ownerDsn());
        return connection.exec(sql, params).toInt(0, 0);
    }

    // Starts payops simulate and returns its port, read from its first line.
    quint16 start(QProcess& process, const QStringList& extra)
    {
        process.start(qEnvironmentVariable("PAYOPS_BIN"),
                      QStringList{u"simulate"_s, u"--merchants"_s, m_scenario, u"--listen"_s,
                                  u"127.0.0.1:0"_s, u"--every"_s, u"0"_s} +
                          extra);
        if (!process.waitForStarted(10'000))
            return 0;
        QByteArray err;
        static const QRegularExpression listening(u"merchants on http://127.0.0.1:(\\d+)/"_s);
        process.setReadChannel(QProcess::StandardError);
        while (process.waitForReadyRead(10'000)) {
            err += process.readAll();
            const auto match = listening.match(QString::fromUtf8(err));
            if (match.hasMatch() &&
                (!extra.contains(u"--register"_s) || err.count("payops simulate: endpoint ") == 2))
                return quint16(match.captured(1).toUInt());
        }
        qWarning() << "payops simulate said:" << err;
        return 0;
    }

    QJsonObject stop(QProcess& process)
    {
        process.terminate();
        if (!process.waitForFinished(30'000))
            return {};
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            qWarning() << "payops simulate ended with" << process.exitCode()
                       << process.readAllStandardError();
            return {};
        }
        return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store.emplace(u"simulate"_s);
        m_scenario = m_dir.filePath(u"scenario.json"_s);
        QFile file(m_scenario);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(scenario());
    }
    void cleanupTestCase() { m_store.reset(); }

    void registersSendsTrafficAndReceivesEveryDelivery()
    {
        // First run: endpoints registered, payments flow into the store and the outbox.
        QProcess first;
        const quint16 firstPort =
            start(first, {u"--register"_s, u"--dsn"_s, m_store->dsnAs(u"admin"_s),
                          u"--engine-dsn"_s, m_store->dsnAs(u"engine"_s), u"--traffic"_s, u"40"_s});
        QVERIFY(firstPort != 0);
        QTRY_VERIFY_WITH_TIMEOUT(count(u"SELECT count(*) FROM payops.webhook_events"_s) >= 30,
                                 30'000);
        const QJsonObject firstReport = stop(first);
        QVERIFY(!firstReport.isEmpty());
        QVERIFY(firstReport[u"traffic"_s][u"payments"_s].toInteger() > 0);
        QCOMPARE(firstReport[u"traffic"_s][u"failed_loads"_s].toInteger(), 0);

        QCOMPARE(count(u"SELECT count(*) FROM payops.endpoints"_s), 2);
        QCOMPARE(count(u"SELECT count(*) FROM payops.endpoints e JOIN payops.endpoint_secrets s "
                       "ON s.endpoint_id = e.id WHERE e.merchant_id = 'm_sim_a' AND s.secret = $1 "
                       "AND e.url = $2"_s,
                       {QString::fromLatin1(healthySecret),
                        u"http://127.0.0.1:%1/m_sim_a"_s.arg(firstPort)}),
                 1);
        QVERIFY(count(u"SELECT count(*) FROM payops.payment_events WHERE merchant_id IN "
                      "('m_sim_a', 'm_sim_b')"_s) > 0);
        QCOMPARE(count(u"SELECT count(*) FROM payops.payment_events WHERE merchant_id NOT IN "
                       "('m_sim_a', 'm_sim_b')"_s),
                 0);
        // Every webhook event of a payment status that notifies has one delivery per endpoint.
        QCOMPARE(count(u"SELECT count(*) FROM payops.deliveries"_s),
                 count(u"SELECT count(*) FROM payops.webhook_events"_s));

        // An admin disables one; the next --register points both at the new port and
        // enables it again, without making new endpoints.
        {
            PgConnection admin = PgConnection::open(m_store->dsnAs(u"admin"_s));
            admin.exec(u"SELECT payops.set_endpoint_enabled(id, false, 'test') FROM "
                       "payops.endpoints WHERE merchant_id = 'm_sim_b'"_s);
        }
        QProcess second;
        const QString idsPath = m_dir.filePath(u"ids.csv"_s);
        const quint16 port = start(
            second, {u"--register"_s, u"--dsn"_s, m_store->dsnAs(u"admin"_s), u"--ids"_s, idsPath});
        QVERIFY(port != 0);
        QCOMPARE(count(u"SELECT count(*) FROM payops.endpoints"_s), 2);
        QCOMPARE(count(u"SELECT count(*) FROM payops.endpoints WHERE enabled AND url LIKE $1"_s,
                       {u"http://127.0.0.1:%1/%"_s.arg(port)}),
                 2);

        // The dispatcher delivers everything; the merchants verify every signature.
        QProcess dispatch;
        dispatch.start(qEnvironmentVariable("PAYOPS_BIN"),
                       {u"dispatch"_s, u"--drain"_s, u"--allow"_s, u"127.0.0.0/8"_s, u"--dsn"_s,
                        m_store->dsnAs(u"engine"_s)});
        QVERIFY(dispatch.waitForFinished(120'000));
        QVERIFY2(dispatch.exitCode() == 0, dispatch.readAllStandardError().constData());
        const QJsonObject report = stop(second);
        QVERIFY(!report.isEmpty());

        for (const auto& [key, merchant] :
             {std::pair{u"ep_a"_s, u"m_sim_a"_s}, std::pair{u"ep_b"_s, u"m_sim_b"_s}}) {
            const QJsonObject counts = report[u"merchants"_s][key].toObject();
            const qint64 events = count(
                u"SELECT count(*) FROM payops.webhook_events WHERE merchant_id = $1"_s, {merchant});
            QVERIFY(events > 0);
            QCOMPARE(counts[u"bad_signatures"_s].toInteger(), 0);
            QCOMPARE(counts[u"delivered_ids"_s].toInteger(), events);
            QCOMPARE(counts[u"verified"_s].toInteger(), counts[u"received"_s].toInteger());
            QCOMPARE(counts[u"duplicates"_s].toInteger(), 0);
        }
        QCOMPARE(count(u"SELECT count(*) FROM payops.deliveries WHERE state <> 'succeeded'"_s), 0);

        // --ids: each endpoint's line per webhook-id it saw, each one delivered: the store's
        // events of that merchant, id for id.
        QFile idsFile(idsPath);
        QVERIFY(idsFile.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = idsFile.readAll().split('\n');
        QCOMPARE(lines.takeFirst(), QByteArray("endpoint,webhook_id,delivered"));
        QStringList seen;
        for (const QByteArray& line : lines) {
            if (line.isEmpty())
                continue;
            const QList<QByteArray> fields = line.split(',');
            QCOMPARE(fields.size(), 3);
            QCOMPARE(fields[2], QByteArray("1"));
            seen.append(QString::fromUtf8(fields[0] + ',' + fields[1]));
        }
        seen.sort();
        PgConnection owner = PgConnection::open(m_store->ownerDsn());
        const PgResult events = owner.exec(
            u"SELECT k FROM (SELECT CASE merchant_id WHEN 'm_sim_a' THEN 'ep_a' ELSE 'ep_b' END "
            "|| ',' || id AS k FROM payops.webhook_events) AS e ORDER BY k COLLATE \"C\""_s);
        QStringList expected;
        for (int row = 0; row < events.rows(); ++row)
            expected.append(events.value(row, 0).toString());
        QCOMPARE(seen, expected);
    }

    void aBadScenarioIsRefusedWithItsLine()
    {
        const QString path = m_dir.filePath(u"bad.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"merchants\": [\n  {\"merchant\": \"m\", \"secret\": \"whsec_abc\",\n"
                   "   \"behaviour\": {\"kind\": \"sleepy\"}}]}\n");
        file.close();
        QProcess process;
        process.start(qEnvironmentVariable("PAYOPS_BIN"), {u"simulate"_s, u"--merchants"_s, path});
        QVERIFY(process.waitForFinished(10'000));
        QCOMPARE(process.exitCode(), 2);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(path + u": line 3: merchants[0].behaviour.kind: must be one of"_s),
                 qPrintable(err));
    }

    void theReportFileIsWritten()
    {
        const QString reportPath = m_dir.filePath(u"report.json"_s);
        QProcess process;
        process.start(qEnvironmentVariable("PAYOPS_BIN"),
                      {u"simulate"_s, u"--merchants"_s, m_scenario, u"--listen"_s, u"127.0.0.1:0"_s,
                       u"--duration"_s, u"1"_s, u"--report"_s, reportPath});
        QVERIFY(process.waitForFinished(20'000));
        QCOMPARE(process.exitCode(), 0);
        QFile file(reportPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(report[u"merchants"_s].toObject().keys(), (QStringList{u"ep_a"_s, u"ep_b"_s}));
        QCOMPARE(report[u"totals"_s][u"received"_s].toInteger(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimulate)
#include "tst_simulate.moc"
