#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A tiny stand-in for RabbitMQ's management API on loopback: answers GET /api/queues/... with
// one status and the body set for the queue named last in the path, and keeps the requests'
// heads. For tests of how the console handles the API's answers; tests of the real API use
// the `broker` fixture.
class BrokerManagementStub : public QObject
{
public:
    BrokerManagementStub();

    QUrl url() const;
    void setQueue(const QByteArray& name, const QByteArray& json) { m_bodies[name] = json; }

    int status = 200;
    QByteArray errorBody = R"({"error":"stub"})";
    QList<QByteArray> heads;

private:
    void answer(QTcpSocket* socket);

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QHash<QByteArray, QByteArray> m_bodies;
};
