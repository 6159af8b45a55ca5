#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <chrono>
#include <optional>

// Standard Webhooks signing: "v1," + base64 HMAC-SHA256 of "id.timestamp.body", keyed with the
// bytes of a "whsec_<base64>" secret. The key never leaves this object.
class WebhookSignature
{
public:
    enum class Verdict
    {
        Valid,
        MissingHeader,
        BadTimestamp,
        TooOld,
        TooNew,
        NoMatchingSignature,
    };

    static constexpr std::chrono::seconds defaultTolerance{300};
    static inline const QByteArray secretPrefix = QByteArrayLiteral("whsec_");

    // Nullopt and *error set when the secret is not "whsec_" followed by non-empty base64.
    static std::optional<WebhookSignature> fromSecret(QByteArrayView secret,
                                                      QString* error = nullptr);
    // "whsec_" + base64 of `bytes` random bytes.
    static QByteArray generateSecret(int bytes = 32);

    // The value of the webhook-signature header.
    QByteArray sign(QByteArrayView id, qint64 timestamp, QByteArrayView body) const;

    // signatures: the header as sent, a space-separated list of "version,base64" entries.
    Verdict verify(QByteArrayView id, QByteArrayView timestamp, QByteArrayView signatures,
                   QByteArrayView body, const QDateTime& now = QDateTime::currentDateTimeUtc(),
                   std::chrono::seconds tolerance = defaultTolerance) const;

    static QString describe(Verdict verdict);

private:
    explicit WebhookSignature(QByteArray key)
        : m_key(std::move(key))
    {}
    QByteArray mac(QByteArrayView id, qint64 timestamp, QByteArrayView body) const;

    QByteArray m_key;
};
