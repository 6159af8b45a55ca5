#pragma once

#include "BrokerQueueFigures.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

// Reads the credit queues' figures from RabbitMQ's management API over Qt Network
// (GET /api/queues/%2F/<queue>), asynchronously: refresh() returns at once and updated()
// follows. The API's address comes from PAYOPS_AMQP_HTTP_URL, else
// http://127.0.0.1:$PAYOPS_AMQP_HTTP_PORT (15673); the login from
// $PAYOPS_VAR/rabbitmq/credentials. The password is sent in the Authorization header only:
// it never appears in server(), in an error or in a log.
class BrokerQueueStats : public QObject
{
    Q_OBJECT
public:
    struct Snapshot
    {
        QDateTime at;
        QList<BrokerQueueFigures> queues; // those that answered, in the order asked
        QString error;                    // empty when every queue answered

        bool ok() const { return error.isEmpty(); }
        const BrokerQueueFigures* queue(const QString& name) const;
    };

    explicit BrokerQueueStats(QObject* parent = nullptr);

    static QUrl defaultUrl();
    static QString defaultCredentialsFile();

    // A user and password in the URL are used as the login (and dropped from the URL).
    void setUrl(const QUrl& url);
    void setCredentialsFile(const QString& path);
    void setQueues(const QStringList& names) { m_queues = names; }
    void setVirtualHost(const QString& vhost) { m_vhost = vhost; } // default "/"
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // host:port of the API, for the screen.
    QString server() const;
    QStringList queues() const { return m_queues; }

    // Asks for every queue; a refresh while the last one is still answering is skipped.
    void refresh();

signals:
    void updated(const BrokerQueueStats::Snapshot& snapshot);

private:
    bool loadLogin(QString* error);
    void request(const QString& queue);
    void onFinished(QNetworkReply* reply, const QString& queue);
    QString describeFailure(QNetworkReply* reply, const QString& queue) const;

    QNetworkAccessManager* m_network;
    QUrl m_url;
    QString m_credentialsFile;
    QString m_user;
    QString m_password;
    bool m_loginFromUrl = false;
    QStringList m_queues;
    QString m_vhost = QStringLiteral("/");
    std::chrono::milliseconds m_timeout{3000};
    int m_waiting = 0;
    Snapshot m_round;
};

Q_DECLARE_METATYPE(BrokerQueueStats::Snapshot)
