#pragma once

#include <QByteArray>

// Reads one HTTP/1.1 response off a client connection's bytes as they arrive: status line,
// headers, then a body by Content-Length, chunked, or up to the close. Interim 1xx responses
// are skipped. Only the first excerptLimit bytes of the body are kept; the rest is counted and
// dropped, so a huge answer costs no memory.
class HttpResponseParser
{
public:
    enum class Outcome
    {
        NeedMore,
        Complete,
        Bad
    };

    static constexpr qsizetype maxHeaderBytes = 16 * 1024;
    static constexpr qsizetype excerptLimit = 4096;
    static constexpr qsizetype maxChunkSizeLine = 1024;

    // Consumes what it can of `buffer` (bytes of a later response stay in it). Complete: the
    // response is ready; Bad: error() says why and the connection cannot be used again.
    Outcome feed(QByteArray& buffer);
    // The peer closed the connection: a body read to the close is complete now.
    Outcome finishAtClose();
    void reset();

    int status() const { return m_status; }
    const QByteArray& excerpt() const { return m_excerpt; }
    const QByteArray& retryAfter() const { return m_retryAfter; }
    const QByteArray& error() const { return m_error; }
    qint64 bodyBytes() const { return m_bodyBytes; }
    // The connection may carry another request after this response.
    bool keepAlive() const { return m_keepAlive; }
    // Any byte of a response arrived.
    bool started() const { return m_started; }

private:
    enum class State
    {
        StatusLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        UntilClose,
        Done,
        Failed
    };

    Outcome fail(QByteArray error);
    bool parseStatusLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    bool headersDone();
    void keep(QByteArrayView bytes);
    // Takes a CRLF-terminated line off the front of buffer; false when it is not all there.
    bool takeLine(QByteArray& buffer, qsizetype& offset, QByteArrayView* line);

    State m_state = State::StatusLine;
    int m_status = 0;
    int m_minorVersion = 1;
    qint64 m_contentLength = -1;
    qint64 m_remaining = 0;
    qint64 m_bodyBytes = 0;
    qsizetype m_headerBytes = 0;
    bool m_chunked = false;
    bool m_keepAlive = true;
    bool m_started = false;
    QByteArray m_excerpt;
    QByteArray m_retryAfter;
    QByteArray m_error;
};
