// Our signatures checked by an independent implementation: the reference Standard Webhooks
// library for JavaScript (npm "standardwebhooks", pinned in tests/node, installed by
// tests/node/install), driven through tests/node/check.js.
#include "webhooks/WebhookSignature.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

class ReferenceLibrary
{
public:
    bool start(QString* error)
    {
        const QString dir = qEnvironmentVariable("PAYOPS_SOURCE_DIR") + u"/tests/node"_s;
        if (!QFile::exists(dir + u"/node_modules/standardwebhooks/package.json"_s)) {
            *error = u"the npm package standardwebhooks is not installed: run tests/node/install "
                     "(scripts/test does)"_s;
            return false;
        }
        m_node.setWorkingDirectory(dir);
        m_node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_node.start(u"node"_s, {u"check.js"_s});
        if (!m_node.waitForStarted(10'000)) {
            *error = u"node did not start: "_s + m_node.errorString();
            return false;
        }
        return true;
    }
    ~ReferenceLibrary()
    {
        m_node.closeWriteChannel();
        if (!m_node.waitForFinished(5000))
            m_node.kill();
    }

    QJsonObject ask(const QJsonObject& request)
    {
        m_node.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
        while (!m_node.canReadLine()) {
            if (!m_node.waitForReadyRead(10'000))
                return {{u"error"_s, u"no answer from node"_s}};
        }
        return QJsonDocument::fromJson(m_node.readLine()).object();
    }

private:
    QProcess m_node;
};

QByteArray randomBody(int i)
{
    auto* random = QRandomGenerator::global();
    QJsonObject data{{u"id"_s, u"pay_%1"_s.arg(random->generate64())},
                     {u"amount"_s, qint64(random->bounded(1'000'000))},
                     {u"note"_s, u"zażółć gęślą jaźń — платёж №%1 ✓"_s.arg(i)}};
    return QJsonDocument(QJsonObject{{u"type"_s, u"payment.captured"_s}, {u"data"_s, data}})
        .toJson(i % 2 ? QJsonDocument::Indented : QJsonDocument::Compact);
}

} // namespace

class TestWebhookSignatureNode : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_library.start(&error), qPrintable(error));
    }
    void referenceLibraryVerifiesOurSignatures()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < 50; ++i) {
            const QByteArray secret = WebhookSignature::generateSecret(24 + i % 41);
            const auto signer = *WebhookSignature::fromSecret(secret);
            const QByteArray id = "evt_" + QByteArray::number(i) + "_" +
                                  QByteArray::number(QRandomGenerator::global()->generate());
            const QByteArray body = i == 0 ? QByteArray() : randomBody(i);
            const qint64 timestamp = now - 60 + i;
            const QJsonObject reply = m_library.ask({
                {u"op"_s, u"verify"_s},
                {u"secret"_s, QString::fromLatin1(secret)},
                {u"id"_s, QString::fromLatin1(id)},
                {u"timestamp"_s, QString::number(timestamp)},
                {u"signature"_s, QString::fromLatin1(signer.sign(id, timestamp, body))},
                {u"body"_s, QString::fromUtf8(body)},
            });
            QVERIFY2(reply.value(u"ok"_s).toBool(),
                     qPrintable(u"case %1: %2"_s.arg(i).arg(
                         QString::fromUtf8(QJsonDocument(reply).toJson()))));
        }
    }
    void referenceLibraryRefusesATamperedBody()
    {
        const QByteArray secret = WebhookSignature::generateSecret();
        const auto signer = *WebhookSignature::fromSecret(secret);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray body = randomBody(7);
        const QJsonObject reply = m_library.ask({
            {u"op"_s, u"verify"_s},
            {u"secret"_s, QString::fromLatin1(secret)},
            {u"id"_s, u"evt_1"_s},
            {u"timestamp"_s, QString::number(now)},
            {u"signature"_s, QString::fromLatin1(signer.sign("evt_1", now, body))},
            {u"body"_s, QString::fromUtf8(body + ' ')},
        });
        QCOMPARE(reply.value(u"ok"_s).toBool(true), false);
    }
    void weVerifyTheReferenceLibrarysSignatures()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < 50; ++i) {
            const QByteArray secret = WebhookSignature::generateSecret(24 + i % 41);
            const QByteArray id = "msg_" + QByteArray::number(i);
            const QByteArray body = i == 0 ? QByteArray() : randomBody(i);
            const qint64 timestamp = now + 30 - i;
            const QJsonObject reply = m_library.ask({
                {u"op"_s, u"sign"_s},
                {u"secret"_s, QString::fromLatin1(secret)},
                {u"id"_s, QString::fromLatin1(id)},
                {u"timestamp"_s, timestamp},
                {u"body"_s, QString::fromUtf8(body)},
            });
            const QByteArray signature = reply.value(u"signature"_s).toString().toLatin1();
            QVERIFY2(signature.startsWith("v1,"),
                     qPrintable(QString::fromUtf8(QJsonDocument(reply).toJson())));
            const auto verifier = *WebhookSignature::fromSecret(secret);
            QCOMPARE(verifier.verify(id, QByteArray::number(timestamp), signature, body),
                     WebhookSignature::Verdict::Valid);
            QCOMPARE(verifier.verify(id, QByteArray::number(timestamp), signature,
                                     QByteArray(body + "x")),
                     WebhookSignature::Verdict::NoMatchingSignature);
        }
    }

private:
    ReferenceLibrary m_library;
};

QTEST_GUILESS_MAIN(TestWebhookSignatureNode)
#include "tst_webhook_signature_node.moc"
