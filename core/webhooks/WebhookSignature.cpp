#include "WebhookSignature.h"

#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace {

bool constantTimeEqual(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

} // namespace

std::optional<WebhookSignature> WebhookSignature::fromSecret(QByteArrayView secret, QString* error)
{
    if (!secret.startsWith(secretPrefix)) {
        setError(error, QStringLiteral("a signing secret must start with \"whsec_\""));
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        secret.sliced(secretPrefix.size()).toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        setError(error, QStringLiteral("the part of a signing secret after \"whsec_\" is not "
                                       "valid base64"));
        return std::nullopt;
    }
    if (decoded.decoded.isEmpty()) {
        setError(error, QStringLiteral("a signing secret must hold at least one byte of key"));
        return std::nullopt;
    }
    return WebhookSignature(decoded.decoded);
}

QByteArray WebhookSignature::generateSecret(int bytes)
{
    QByteArray key(bytes, Qt::Uninitialized);
    for (char& byte : key)
        byte = char(QRandomGenerator::system()->bounded(256));
    return secretPrefix + key.toBase64();
}

QByteArray WebhookSignature::mac(QByteArrayView id, qint64 timestamp, QByteArrayView body) const
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, m_key);
    const QByteArray stamp = QByteArray::number(timestamp);
    code.addData(id.data(), id.size());
    code.addData(".", 1);
    code.addData(stamp);
    code.addData(".", 1);
    code.addData(body.data(), body.size());
    return code.result();
}

QByteArray WebhookSignature::sign(QByteArrayView id, qint64 timestamp, QByteArrayView body) const
{
    return QByteArrayLiteral("v1,") + mac(id, timestamp, body).toBase64();
}

WebhookSignature::Verdict WebhookSignature::verify(QByteArrayView id, QByteArrayView timestamp,
                                                   QByteArrayView signatures, QByteArrayView body,
                                                   const QDateTime& now,
                                                   std::chrono::seconds tolerance) const
{
    if (id.isEmpty() || timestamp.isEmpty() || signatures.isEmpty())
        return Verdict::MissingHeader;
    bool ok = false;
    const qint64 sent = timestamp.toLongLong(&ok);
    if (!ok)
        return Verdict::BadTimestamp;
    const qint64 current = now.toSecsSinceEpoch();
    if (current - sent > tolerance.count())
        return Verdict::TooOld;
    if (sent - current > tolerance.count())
        return Verdict::TooNew;

    const QByteArray expected = mac(id, sent, body).toBase64();
    bool matched = false;
    for (const QByteArray& entry : signatures.toByteArray().split(' ')) {
        const qsizetype comma = entry.indexOf(',');
        if (comma < 0 || QByteArrayView(entry).first(comma) != "v1")
            continue;
        // Every entry is compared in full, so the time taken does not say which one matched.
        matched |= constantTimeEqual(QByteArrayView(entry).sliced(comma + 1), expected);
    }
    return matched ? Verdict::Valid : Verdict::NoMatchingSignature;
}

QString WebhookSignature::describe(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::MissingHeader:
        return QStringLiteral("missing webhook-id, webhook-timestamp or webhook-signature");
    case Verdict::BadTimestamp:
        return QStringLiteral("webhook-timestamp is not a number of seconds");
    case Verdict::TooOld:
        return QStringLiteral("webhook-timestamp is older than the tolerance");
    case Verdict::TooNew:
        return QStringLiteral("webhook-timestamp is further in the future than the tolerance");
    case Verdict::NoMatchingSignature:
        return QStringLiteral("no v1 signature matches");
    }
    return {};
}
