#include "DispatchFixture.h"

#include "webhooks/WebhookSignature.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

DispatchFixture::DispatchFixture(const QString& storeName)
{
    m_store.emplace(storeName);
    m_db = std::make_unique<PgConnection>(PgConnection::open(m_store->ownerDsn()));
}

DispatchFixture::~DispatchFixture()
{
    for (QProcess* process : std::as_const(m_processes)) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
        delete process;
    }
    m_receiver.reset();
    m_db.reset();
}

void DispatchFixture::startMerchants(const QList<QByteArray>& behaviours)
{
    QByteArray json = "{\"merchants\":[";
    QList<QByteArray> secrets;
    for (int i = 0; i < behaviours.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        secrets.append(WebhookSignature::generateSecret(32));
        const bool schedule = behaviours[i].trimmed().startsWith('[');
        json += (i ? "," : "") + "{\"merchant\":\"m_"_ba + n + "\",\"endpoint\":\"ep_" + n +
                "\",\"path\":\"m_" + n + "\",\"secret\":\"" + secrets.last() + "\",\"" +
                (schedule ? "schedule" : "behaviour") + "\":" + behaviours[i] + '}';
    }
    json += "]}";
    QString error;
    auto script = MerchantScript::parse(json, &error);
    if (!script)
        qFatal("merchant script: %s", qPrintable(error));
    m_receiver = std::make_unique<MerchantReceiver>(*script);
    m_receiver->setElapsedSource([this] { return std::chrono::milliseconds(m_phaseTime); });
    if (!m_receiver->listen(QHostAddress::LocalHost, 0, &error))
        qFatal("receiver: %s", qPrintable(error));
    for (int i = 0; i < behaviours.size(); ++i) {
        const MerchantSpec& spec = m_receiver->script().merchants().at(i);
        m_endpointIds.append(
            m_db->exec(u"SELECT payops.save_endpoint(NULL, $1, $2, '{}', $3, 'test merchant')"_s,
                       {spec.merchantId, m_receiver->urlOf(spec), QString::fromLatin1(secrets[i])})
                .toInt(0, 0));
    }
}

const MerchantCounters& DispatchFixture::counters(int merchant) const
{
    return m_receiver->counters(u"ep_%1"_s.arg(merchant));
}

QStringList DispatchFixture::ingest(int merchant, int count, const QString& prefix)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids.append(u"%1_%2"_s.arg(prefix).arg(i));
    ingestIds(merchant, ids);
    return ids;
}

void DispatchFixture::ingestIds(int merchant, const QStringList& ids, const QByteArray& status)
{
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    QByteArray lines;
    for (const QString& id : ids) {
        lines += "{\"id\":\"" + id.toLatin1() + "\",\"payment_id\":\"pay_" + id.toLatin1() +
                 "\",\"merchant_id\":\"m_" + QByteArray::number(merchant) + "\",\"status\":\"" +
                 status +
                 "\",\"method\":\"card\",\"issuer\":\"HDFC\",\"network\":\"visa\",\"amount\":"
                 "49900,\"currency\":\"INR\",\"occurred_at\":\"" +
                 now + "\"}\n";
    }
    QFile file(m_dir.filePath(u"events_%1.jsonl"_s.arg(++m_files)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines);
    file.close();
    QProcess ingest;
    ingest.start(qEnvironmentVariable("PAYOPS_BIN"),
                 {u"ingest"_s, u"--dsn"_s, m_store->dsnAs(u"ingest"_s), file.fileName()});
    QVERIFY(ingest.waitForFinished(30000));
    QVERIFY2(ingest.exitCode() == 0, ingest.readAllStandardError().constData());
}

QProcess* DispatchFixture::startDispatch(const QStringList& extra,
                                         const QMap<QString, QString>& env)
{
    auto* process = new QProcess;
    m_processes.append(process);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    process->setProcessEnvironment(environment);
    QStringList arguments{u"dispatch"_s, u"--dsn"_s, m_store->dsnAs(u"dispatcher"_s), u"--allow"_s,
                          u"127.0.0.0/8"_s};
    process->start(qEnvironmentVariable("PAYOPS_BIN"), arguments + extra);
    if (!process->waitForStarted(10000))
        qWarning("payops dispatch did not start: %s", qPrintable(process->errorString()));
    return process;
}

int DispatchFixture::drain(const QStringList& extra, const QMap<QString, QString>& env,
                           QString* out)
{
    QProcess* process = startDispatch(QStringList{u"--drain"_s} + extra, env);
    // The receiver lives in this thread: keep its event loop turning while waiting.
    QDeadlineTimer deadline(30000);
    while (process->state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    if (process->state() != QProcess::NotRunning)
        return -1;
    const QString stderrText = QString::fromUtf8(process->readAllStandardError());
    if (out)
        *out = QString::fromUtf8(process->readAllStandardOutput());
    if (process->exitCode() != 0)
        qWarning("payops dispatch: %s", qPrintable(stderrText));
    return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
}

qint64 DispatchFixture::scalar(const QString& sql, const QVariantList& params)
{
    return m_db->exec(sql, params).toInt(0, 0);
}
