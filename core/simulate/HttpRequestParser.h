#pragma once

#include "HttpRequest.h"

#include <QByteArray>

// Takes requests off the front of a connection's buffer: partial reads wait for more bytes,
// pipelined requests come out one at a time, bodies by Content-Length only.
class HttpRequestParser
{
public:
    enum class Outcome
    {
        NeedMore,
        Complete,
        Bad
    };

    static constexpr qsizetype maxHeaderBytes = 16 * 1024;
    static constexpr qsizetype maxBodyBytes = 8 * 1024 * 1024;

    // Complete: the request is in *request and removed from buffer. Bad: *error says why
    // and *status is the answer to send (400, 413, 431, 501, 505) before closing.
    static Outcome take(QByteArray& buffer, HttpRequest* request, int* status, QByteArray* error);
    // "Bad Request" for 400 and so on, for the statuses the receivers answer.
    static QByteArray reasonPhrase(int status);

private:
    static bool parseRequestLine(QByteArrayView line, HttpRequest* request, int* status,
                                 QByteArray* error);
    static bool parseHeaderLine(QByteArrayView line, HttpRequest* request, QByteArray* error);
};
