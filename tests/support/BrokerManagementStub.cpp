#include "BrokerManagementStub.h"

#include <QTcpSocket>

BrokerManagementStub::BrokerManagementStub()
{
    m_server.listen(QHostAddress::LocalHost);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
    });
}

QUrl BrokerManagementStub::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void BrokerManagementStub::answer(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray head = buffer.left(end);
    buffer.remove(0, end + 4);
    heads << head;
    const QByteArray path = head.split(' ').value(1);
    const QByteArray queue = path.mid(path.lastIndexOf('/') + 1);
    const QByteArray body = status == 200 ? m_bodies.value(queue, "{}") : errorBody;
    socket->write("HTTP/1.1 " + QByteArray::number(status) +
                  " X\r\nContent-Type: application/json\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
}
