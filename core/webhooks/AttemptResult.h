#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One HTTP attempt as it happened, and what the schedule made of it.
struct AttemptResult
{
    enum class Outcome
    {
        Succeeded,
        Failed,
        RetryAfter,
        Gone,
        Timeout,
        Refused,
    };

    qint64 deliveryId = 0;
    qint64 endpointId = 0;
    int attemptNo = 1;
    QString trigger;
    QDateTime startedAt;
    qint64 durationMs = 0;
    int httpStatus = 0; // 0: no response
    QString transportError;
    QString responseExcerpt;
    // What was sent besides content-type: application/json; empty when nothing was sent.
    struct SentHeaders
    {
        QByteArray id;
        QByteArray timestamp;
        QByteArray signature;
        QByteArray userAgent;
    };
    SentHeaders requestHeaders;
    QByteArray retryAfter; // the header, when the response had one

    Outcome outcome = Outcome::Failed;
    // Decided by the dispatcher: the delivery's next state and due time.
    QString nextState; // succeeded, failed or dead
    QDateTime nextAttemptAt;

    bool success() const { return outcome == Outcome::Succeeded; }

    static QString outcomeName(Outcome outcome)
    {
        switch (outcome) {
        case Outcome::Succeeded:
            return QStringLiteral("succeeded");
        case Outcome::Failed:
            return QStringLiteral("failed");
        case Outcome::RetryAfter:
            return QStringLiteral("retry_after");
        case Outcome::Gone:
            return QStringLiteral("gone");
        case Outcome::Timeout:
            return QStringLiteral("timeout");
        case Outcome::Refused:
            return QStringLiteral("refused");
        }
        return {};
    }
};
