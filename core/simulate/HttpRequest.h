#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One HTTP/1.x request as it came off the wire; header names lower-cased.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;
    int minorVersion = 1;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [key, value] : headers) {
            if (key == name)
                return value;
        }
        return {};
    }
    // HTTP/1.1 keeps the connection unless told "close"; HTTP/1.0 only when told "keep-alive".
    bool keepAlive() const
    {
        const QByteArray connection = header("connection").toLower();
        return minorVersion >= 1 ? !connection.contains("close")
                                 : connection.contains("keep-alive");
    }
};
