#pragma once

#include "AttemptResult.h"
#include "ClaimedDelivery.h"

#include <QHash>
#include <QObject>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

// Sends webhook requests over HTTP/1.1 keep-alive with Qt Network: Standard Webhooks headers
// and signature, a connect timeout and a response timeout, the first 4 KiB of the response
// kept. A QNetworkAccessManager opens at most 6 connections to one host and port, so
// requests to one endpoint spread over as many managers as its concurrency needs.
class WebhookSender : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        std::chrono::milliseconds connectTimeout{10'000};
        std::chrono::milliseconds responseTimeout{30'000};
        QByteArray userAgent;
    };
    using Done = std::function<void(AttemptResult)>;

    static constexpr qsizetype excerptLimit = 4096;
    static constexpr int connectionsPerManager = 6;

    explicit WebhookSender(Options options, QObject* parent = nullptr);
    ~WebhookSender() override;

    // `done` is called once, on this object's thread, with the transport side of the result
    // filled in (status or error, duration, excerpt, headers, Retry-After).
    void send(const ClaimedDelivery& delivery, const QDateTime& startedAt, Done done);
    int inFlight() const { return m_inFlight; }
    int managers() const { return int(m_managers.size()); }

private:
    struct Slot
    {
        QString host;
        int manager = 0;
    };
    Slot takeSlot(const QString& host);
    void releaseSlot(const Slot& slot);
    void finish(QNetworkReply* reply, AttemptResult result, const Slot& slot, bool timedOut,
                const Done& done);

    Options m_options;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    // Per host:port, requests in flight on each manager.
    QHash<QString, std::vector<int>> m_load;
    int m_inFlight = 0;
};
