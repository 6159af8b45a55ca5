#include "webhooks/WebhookSignature.h"

#include <QTest>

using namespace std::chrono_literals;
using Verdict = WebhookSignature::Verdict;

namespace {

// The "sign function works" vector of the Standard Webhooks reference libraries.
const QByteArray vectorSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const QByteArray vectorId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
const qint64 vectorTimestamp = 1614265330;
const QByteArray vectorBody = R"({"test": 2432232314})";
const QByteArray vectorSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

WebhookSignature vectorSigner()
{
    return *WebhookSignature::fromSecret(vectorSecret);
}

QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace

class TestWebhookSignature : public QObject
{
    Q_OBJECT
private slots:
    void signsTheReferenceVector()
    {
        QCOMPARE(vectorSigner().sign(vectorId, vectorTimestamp, vectorBody), vectorSignature);
    }
    void verifiesTheReferenceVector()
    {
        QCOMPARE(vectorSigner().verify(vectorId, QByteArray::number(vectorTimestamp),
                                       vectorSignature, vectorBody, at(vectorTimestamp)),
                 Verdict::Valid);
    }
    void anyChangeBreaksTheSignature()
    {
        const auto signer = vectorSigner();
        const QByteArray ts = QByteArray::number(vectorTimestamp);
        const QDateTime now = at(vectorTimestamp);
        QCOMPARE(signer.verify("msg_other", ts, vectorSignature, vectorBody, now),
                 Verdict::NoMatchingSignature);
        QCOMPARE(signer.verify(vectorId, QByteArray::number(vectorTimestamp + 1), vectorSignature,
                               vectorBody, now),
                 Verdict::NoMatchingSignature);
        QCOMPARE(signer.verify(vectorId, ts, vectorSignature, R"({"test": 2432232315})", now),
                 Verdict::NoMatchingSignature);
        const auto other = *WebhookSignature::fromSecret(WebhookSignature::generateSecret());
        QCOMPARE(other.verify(vectorId, ts, vectorSignature, vectorBody, now),
                 Verdict::NoMatchingSignature);
    }
    void acceptsOneGoodSignatureAmongSeveral()
    {
        const QByteArray list = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= "
                                "v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= " +
                                vectorSignature +
                                " v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=";
        QCOMPARE(vectorSigner().verify(vectorId, QByteArray::number(vectorTimestamp), list,
                                       vectorBody, at(vectorTimestamp)),
                 Verdict::Valid);
    }
    void refusesOtherVersionsAndPartialSignatures()
    {
        const auto signer = vectorSigner();
        const QByteArray ts = QByteArray::number(vectorTimestamp);
        const QDateTime now = at(vectorTimestamp);
        QByteArray v2 = vectorSignature;
        v2[1] = '2';
        QCOMPARE(signer.verify(vectorId, ts, v2, vectorBody, now), Verdict::NoMatchingSignature);
        QCOMPARE(signer.verify(vectorId, ts, vectorSignature.left(8), vectorBody, now),
                 Verdict::NoMatchingSignature);
        QCOMPARE(signer.verify(vectorId, ts, "v1,", vectorBody, now), Verdict::NoMatchingSignature);
        QCOMPARE(signer.verify(vectorId, ts, "garbage", vectorBody, now),
                 Verdict::NoMatchingSignature);
    }
    void missingHeadersAndBadTimestamps()
    {
        const auto signer = vectorSigner();
        const QByteArray ts = QByteArray::number(vectorTimestamp);
        const QDateTime now = at(vectorTimestamp);
        QCOMPARE(signer.verify("", ts, vectorSignature, vectorBody, now), Verdict::MissingHeader);
        QCOMPARE(signer.verify(vectorId, "", vectorSignature, vectorBody, now),
                 Verdict::MissingHeader);
        QCOMPARE(signer.verify(vectorId, ts, "", vectorBody, now), Verdict::MissingHeader);
        QCOMPARE(signer.verify(vectorId, "hello", vectorSignature, vectorBody, now),
                 Verdict::BadTimestamp);
    }
    void timestampToleranceBothWays()
    {
        const auto signer = vectorSigner();
        const QByteArray ts = QByteArray::number(vectorTimestamp);
        auto verifyAt = [&](qint64 now, std::chrono::seconds tolerance) {
            return signer.verify(vectorId, ts, vectorSignature, vectorBody, at(now), tolerance);
        };
        QCOMPARE(verifyAt(vectorTimestamp + 300, WebhookSignature::defaultTolerance),
                 Verdict::Valid);
        QCOMPARE(verifyAt(vectorTimestamp + 301, WebhookSignature::defaultTolerance),
                 Verdict::TooOld);
        QCOMPARE(verifyAt(vectorTimestamp - 300, WebhookSignature::defaultTolerance),
                 Verdict::Valid);
        QCOMPARE(verifyAt(vectorTimestamp - 301, WebhookSignature::defaultTolerance),
                 Verdict::TooNew);
        QCOMPARE(verifyAt(vectorTimestamp + 11, 10s), Verdict::TooOld);
    }
    void badSecretsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no prefix")
            << QByteArray("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") << QStringLiteral("must start with");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("must start with");
        QTest::newRow("not base64")
            << QByteArray("whsec_not*base64!") << QStringLiteral("not valid base64");
        QTest::newRow("no key") << QByteArray("whsec_") << QStringLiteral("at least one byte");
    }
    void badSecretsAreRefusedWithAReason()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!WebhookSignature::fromSecret(secret, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!error.contains(QString::fromLatin1(secret.mid(6))) || secret.size() <= 6);
    }
    void generatedSecretsAreAcceptedAndDistinct()
    {
        const QByteArray a = WebhookSignature::generateSecret();
        const QByteArray b = WebhookSignature::generateSecret();
        QVERIFY(a != b);
        QVERIFY(a.startsWith("whsec_"));
        QCOMPARE(QByteArray::fromBase64(a.mid(6)).size(), 32);
        const auto signer = WebhookSignature::fromSecret(a);
        QVERIFY(signer);
        const QByteArray signature = signer->sign("evt_1", 1700000000, "{}");
        QCOMPARE(signer->verify("evt_1", "1700000000", signature, "{}", at(1700000000)),
                 Verdict::Valid);
    }
};

QTEST_GUILESS_MAIN(TestWebhookSignature)
#include "tst_webhook_signature.moc"
