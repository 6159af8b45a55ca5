#pragma once

#include "cashback/AmqpConnection.h"

#include <QByteArray>
#include <QString>

// A fresh vhost of its own for one test on the fixture's RabbitMQ node (PAYOPS_AMQP_URL,
// password from the node's credentials file), made through the management API. Deleted again
// when the test ends.
class TestBroker
{
public:
    explicit TestBroker(const QString& name);
    ~TestBroker();
    TestBroker(const TestBroker&) = delete;
    TestBroker& operator=(const TestBroker&) = delete;

    QString vhost() const { return m_vhost; }
    // amqp://payops@127.0.0.1:PORT/VHOST (no password: payops reads the credentials file).
    QString url() const;
    AmqpEndpoint endpoint() const;
    AmqpConnection connect() const;

    // Sends a management API request; returns the HTTP status (0: no answer).
    static int management(const QByteArray& verb, const QString& path, const QByteArray& body = {},
                          QByteArray* reply = nullptr);

private:
    QString m_vhost;
};
