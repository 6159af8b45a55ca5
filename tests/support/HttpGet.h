#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QTcpSocket>

// GET path from a server on loopback port (the engines' --metrics server): the whole answer,
// status line and headers included, read until the server closes; the socket's error text
// when it cannot connect.
inline QByteArray httpGet(quint16 port, const QByteArray& path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return socket.errorString().toUtf8();
    socket.write("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    return answer + socket.readAll();
}
