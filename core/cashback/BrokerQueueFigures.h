#pragma once

#include <QByteArray>
#include <QString>

// One queue as RabbitMQ's management API describes it (GET /api/queues/<vhost>/<name>):
// depth, ready and unacknowledged messages, consumers, and the broker's message rates.
struct BrokerQueueFigures
{
    QString name;
    QString type;  // "quorum", "classic"…
    QString state; // "running"…
    qint64 messages = 0;
    qint64 ready = 0;
    qint64 unacked = 0;
    int consumers = 0;
    double publishRate = 0; // messages/s, as the broker averages them
    double deliverRate = 0; // deliveries to consumers and basic.get
    double ackRate = 0;
    double redeliverRate = 0;

    // Reads the API's JSON; on failure returns an empty struct and sets *error.
    static BrokerQueueFigures fromJson(const QByteArray& json, QString* error);
};
