#include "HttpRequestParser.h"

namespace {

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

HttpRequestParser::Outcome bad(int code, const char* reason, int* status, QByteArray* error)
{
    *status = code;
    *error = reason;
    return HttpRequestParser::Outcome::Bad;
}

} // namespace

HttpRequestParser::Outcome HttpRequestParser::take(QByteArray& buffer, HttpRequest* request,
                                                   int* status, QByteArray* error)
{
    // Tolerate blank lines between pipelined requests (RFC 9112 §2.2).
    qsizetype start = 0;
    while (buffer.size() >= start + 2 && buffer[start] == '\r' && buffer[start + 1] == '\n')
        start += 2;
    const qsizetype end = buffer.indexOf("\r\n\r\n", start);
    if (end < 0) {
        if (buffer.size() - start > maxHeaderBytes)
            return bad(431, "request head too large", status, error);
        return Outcome::NeedMore;
    }
    if (end - start > maxHeaderBytes)
        return bad(431, "request head too large", status, error);

    HttpRequest parsed;
    const QList<QByteArray> lines = buffer.mid(start, end - start).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArrayView line(lines[i]);
        if (line.endsWith('\r'))
            line.chop(1);
        const bool ok = i == 0 ? parseRequestLine(line, &parsed, status, error)
                               : parseHeaderLine(line, &parsed, error);
        if (!ok) {
            if (i != 0)
                *status = 400;
            return Outcome::Bad;
        }
    }

    if (!parsed.header("transfer-encoding").isEmpty())
        return bad(501, "Transfer-Encoding is not supported: send Content-Length", status, error);
    qint64 length = 0;
    const QByteArray lengthText = parsed.header("content-length");
    if (!lengthText.isEmpty()) {
        bool ok = false;
        length = lengthText.toLongLong(&ok);
        if (!ok || length < 0 || !std::all_of(lengthText.begin(), lengthText.end(), ::isdigit))
            return bad(400, "bad Content-Length", status, error);
        if (length > maxBodyBytes)
            return bad(413, "body too large", status, error);
    }
    const qsizetype bodyStart = end + 4;
    if (buffer.size() - bodyStart < length)
        return Outcome::NeedMore;
    parsed.body = buffer.mid(bodyStart, length);
    buffer.remove(0, bodyStart + length);
    *request = std::move(parsed);
    return Outcome::Complete;
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line, HttpRequest* request, int* status,
                                         QByteArray* error)
{
    const QList<QByteArray> parts = line.toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
        *status = 400;
        *error = "malformed request line";
        return false;
    }
    const QByteArray& version = parts[2];
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        *status = version.startsWith("HTTP/") ? 505 : 400;
        *error = "only HTTP/1.0 and HTTP/1.1 are spoken here";
        return false;
    }
    request->method = parts[0];
    request->target = parts[1];
    request->minorVersion = version.back() - '0';
    return true;
}

bool HttpRequestParser::parseHeaderLine(QByteArrayView line, HttpRequest* request,
                                        QByteArray* error)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon))) {
        *error = "malformed header line";
        return false;
    }
    request->headers.append({line.first(colon).toByteArray().toLower(),
                             line.sliced(colon + 1).trimmed().toByteArray()});
    return true;
}

QByteArray HttpRequestParser::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}
