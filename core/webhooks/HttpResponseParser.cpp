#include "HttpResponseParser.h"

#include <QList>
#include <QString>

namespace {

bool equalsNoCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool containsToken(QByteArrayView value, QByteArrayView token)
{
    for (const QByteArrayView part : value.toByteArray().split(',')) {
        if (equalsNoCase(part.trimmed(), token))
            return true;
    }
    return false;
}

// The length of a line whose CRLF has not all arrived yet: a final CR may be the CRLF's start.
qsizetype partialLineLength(const QByteArray& buffer)
{
    return buffer.size() - (buffer.endsWith('\r') ? 1 : 0);
}

QByteArray clip(QByteArrayView line)
{
    return line.first(std::min<qsizetype>(line.size(), 80)).toByteArray();
}

} // namespace

void HttpResponseParser::reset()
{
    *this = HttpResponseParser();
}

HttpResponseParser::Outcome HttpResponseParser::fail(QByteArray error)
{
    m_state = State::Failed;
    m_keepAlive = false;
    m_error = std::move(error);
    return Outcome::Bad;
}

void HttpResponseParser::keep(QByteArrayView bytes)
{
    m_bodyBytes += bytes.size();
    const qsizetype room = excerptLimit - m_excerpt.size();
    if (room > 0)
        m_excerpt.append(bytes.first(std::min(room, bytes.size())));
}

bool HttpResponseParser::takeLine(QByteArray& buffer, qsizetype& offset, QByteArrayView* line)
{
    const qsizetype end = buffer.indexOf("\r\n", offset);
    if (end < 0)
        return false;
    *line = QByteArrayView(buffer).sliced(offset, end - offset);
    offset = end + 2;
    return true;
}

bool HttpResponseParser::parseStatusLine(QByteArrayView line)
{
    // HTTP/1.x SP 3DIGIT [SP reason]
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line[8] != ' ')
        return false;
    if (line[7] != '0' && line[7] != '1')
        return false;
    m_minorVersion = line[7] - '0';
    const QByteArrayView code = line.sliced(9, 3);
    if (line.size() > 12 && line[12] != ' ')
        return false;
    bool ok = false;
    m_status = code.toInt(&ok);
    return ok && m_status >= 100 && m_status <= 999;
}

bool HttpResponseParser::parseHeaderLine(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    const QByteArrayView name = line.first(colon);
    if (name.back() == ' ' || name.back() == '\t')
        return false;
    const QByteArrayView value = line.sliced(colon + 1).trimmed();
    if (equalsNoCase(name, "content-length")) {
        bool ok = false;
        const qint64 length = value.toLongLong(&ok);
        if (!ok || length < 0 || (m_contentLength >= 0 && m_contentLength != length))
            return false;
        m_contentLength = length;
    } else if (equalsNoCase(name, "transfer-encoding")) {
        m_chunked = containsToken(value, "chunked");
    } else if (equalsNoCase(name, "connection")) {
        if (containsToken(value, "close"))
            m_keepAlive = false;
        else if (containsToken(value, "keep-alive"))
            m_keepAlive = true;
    } else if (equalsNoCase(name, "retry-after")) {
        m_retryAfter = value.toByteArray();
    }
    return true;
}

// Decides how the body is framed; false for an interim response to skip.
bool HttpResponseParser::headersDone()
{
    if (m_status >= 100 && m_status < 200) {
        m_state = State::StatusLine;
        m_status = 0;
        m_contentLength = -1;
        m_chunked = false;
        m_retryAfter.clear();
        return false;
    }
    if (m_status == 204 || m_status == 304) {
        m_state = State::Done;
    } else if (m_chunked) {
        m_state = State::ChunkSize;
    } else if (m_contentLength >= 0) {
        m_remaining = m_contentLength;
        m_state = m_remaining > 0 ? State::Body : State::Done;
    } else {
        m_keepAlive = false;
        m_state = State::UntilClose;
    }
    return true;
}

HttpResponseParser::Outcome HttpResponseParser::feed(QByteArray& buffer)
{
    if (m_state == State::Failed)
        return Outcome::Bad;
    if (!buffer.isEmpty())
        m_started = true;
    qsizetype offset = 0;
    auto consumed = [&buffer, &offset] { buffer.remove(0, offset); };
    QByteArrayView line;
    while (m_state != State::Done) {
        switch (m_state) {
        case State::StatusLine:
            if (!takeLine(buffer, offset, &line)) {
                consumed();
                if (buffer.size() > maxHeaderBytes)
                    return fail("the response's status line is too long");
                return Outcome::NeedMore;
            }
            if (line.isEmpty() && m_headerBytes == 0)
                continue; // a stray CRLF before the response
            m_headerBytes = line.size() + 2;
            if (!parseStatusLine(line))
                return fail(QByteArray("malformed status line: ") + clip(line));
            m_keepAlive = m_minorVersion == 1;
            m_state = State::Headers;
            break;
        case State::Headers:
            if (!takeLine(buffer, offset, &line)) {
                consumed();
                if (m_headerBytes + buffer.size() > maxHeaderBytes)
                    return fail("the response's headers are too large");
                return Outcome::NeedMore;
            }
            m_headerBytes += line.size() + 2;
            if (m_headerBytes > maxHeaderBytes)
                return fail("the response's headers are too large");
            if (line.isEmpty()) {
                if (!headersDone())
                    m_headerBytes = 0;
                break;
            }
            if (!parseHeaderLine(line))
                return fail(QByteArray("malformed response header: ") + clip(line));
            break;
        case State::Body:
        case State::ChunkData: {
            const qint64 take = std::min<qint64>(m_remaining, buffer.size() - offset);
            keep(QByteArrayView(buffer).sliced(offset, take));
            offset += take;
            m_remaining -= take;
            if (m_remaining > 0) {
                consumed();
                return Outcome::NeedMore;
            }
            m_state = m_state == State::Body ? State::Done : State::ChunkEnd;
            break;
        }
        case State::ChunkSize: {
            // A line's limit holds however the network cuts the bytes.
            if (!takeLine(buffer, offset, &line)) {
                consumed();
                if (partialLineLength(buffer) > maxChunkSizeLine)
                    return fail("malformed chunk size line");
                return Outcome::NeedMore;
            }
            if (line.size() > maxChunkSizeLine)
                return fail("malformed chunk size line");
            const qsizetype semicolon = line.indexOf(';');
            const QByteArrayView digits = (semicolon >= 0 ? line.first(semicolon) : line).trimmed();
            bool ok = false;
            const qint64 size = digits.toLongLong(&ok, 16);
            if (!ok || size < 0 || digits.size() > 15)
                return fail("malformed chunk size line");
            m_remaining = size;
            m_state = size > 0 ? State::ChunkData : State::Trailers;
            break;
        }
        case State::ChunkEnd:
            if (buffer.size() - offset < 2) {
                consumed();
                return Outcome::NeedMore;
            }
            if (buffer.at(offset) != '\r' || buffer.at(offset + 1) != '\n')
                return fail("a chunk does not end with CRLF");
            offset += 2;
            m_state = State::ChunkSize;
            break;
        case State::Trailers:
            if (!takeLine(buffer, offset, &line)) {
                consumed();
                if (partialLineLength(buffer) > maxHeaderBytes)
                    return fail("the response's trailers are too large");
                return Outcome::NeedMore;
            }
            if (line.size() > maxHeaderBytes)
                return fail("the response's trailers are too large");
            if (line.isEmpty())
                m_state = State::Done;
            break;
        case State::UntilClose:
            keep(QByteArrayView(buffer).sliced(offset));
            offset = buffer.size();
            consumed();
            return Outcome::NeedMore;
        case State::Done:
        case State::Failed:
            break;
        }
    }
    consumed();
    return Outcome::Complete;
}

HttpResponseParser::Outcome HttpResponseParser::finishAtClose()
{
    if (m_state == State::UntilClose) {
        m_state = State::Done;
        return Outcome::Complete;
    }
    if (m_state == State::Done)
        return Outcome::Complete;
    if (m_state == State::Failed)
        return Outcome::Bad;
    return fail(m_started ? "the connection closed in the middle of the response"
                          : "the connection closed without a response");
}
