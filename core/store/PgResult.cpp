#include "PgResult.h"

#include <QDateTime>
#include <libpq-fe.h>
#include <optional>

namespace {

enum Oid : unsigned
{
    BoolOid = 16,
    ByteaOid = 17,
    Int8Oid = 20,
    Int2Oid = 21,
    Int4Oid = 23,
    OidOid = 26,
    Float4Oid = 700,
    Float8Oid = 701,
    TimestampOid = 1114,
    TimestampTzOid = 1184,
    NumericOid = 1700,
};

int digits(QStringView text, qsizetype from, qsizetype count, bool* ok)
{
    if (from + count > text.size()) {
        *ok = false;
        return 0;
    }
    return text.mid(from, count).toInt(ok);
}

// "+05", "-03:30", "+05:53:28" → seconds east of UTC.
std::optional<int> offsetSeconds(QStringView zone)
{
    if (zone.isEmpty())
        return 0;
    const int sign = zone.front() == u'-' ? -1 : 1;
    if (zone.front() != u'+' && zone.front() != u'-')
        return std::nullopt;
    const QList<QStringView> parts = zone.mid(1).split(u':');
    if (parts.size() > 3)
        return std::nullopt;
    int seconds = 0;
    int unit = 3600;
    for (QStringView part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || part.size() != 2)
            return std::nullopt;
        seconds += value * unit;
        unit /= 60;
    }
    return sign * seconds;
}

} // namespace

QDateTime PgResult::timestampFromText(QStringView text)
{
    // ISO DateStyle: "2026-11-24 16:00:00.123456+05:30"; a timestamp without time zone has no
    // offset and is taken as UTC. Qt keeps milliseconds: microseconds are truncated.
    bool ok = true;
    const QDate date(digits(text, 0, 4, &ok), ok ? digits(text, 5, 2, &ok) : 0,
                     ok ? digits(text, 8, 2, &ok) : 0);
    if (!ok || !date.isValid() || text.size() < 19 || text[4] != u'-' || text[10] != u' ')
        return {};
    const int hour = digits(text, 11, 2, &ok);
    const int minute = ok ? digits(text, 14, 2, &ok) : 0;
    const int second = ok ? digits(text, 17, 2, &ok) : 0;
    if (!ok)
        return {};
    qsizetype at = 19;
    int millis = 0;
    if (at < text.size() && text[at] == u'.') {
        int scale = 100;
        for (++at; at < text.size() && text[at].isDigit(); ++at) {
            millis += text[at].digitValue() * scale;
            scale /= 10;
        }
    }
    const std::optional<int> offset = offsetSeconds(text.mid(at));
    const QTime time(hour, minute, second, millis);
    if (!offset || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-*offset);
}

void PgResult::Clear::operator()(pg_result* result) const
{
    PQclear(result);
}

PgResult::PgResult(pg_result* result)
    : m_result(result)
{}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result.get()) : 0;
}

QString PgResult::columnName(int column) const
{
    return QString::fromUtf8(PQfname(m_result.get(), column));
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column);
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column),
                             PQgetlength(m_result.get(), row, column));
}

qint64 PgResult::toInt(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result.get(), row, column)).toLongLong();
}

QVariant PgResult::value(int row, int column) const
{
    if (isNull(row, column))
        return {};
    const char* raw = PQgetvalue(m_result.get(), row, column);
    switch (PQftype(m_result.get(), column)) {
    case BoolOid:
        return raw[0] == 't';
    case Int2Oid:
    case Int4Oid:
    case Int8Oid:
    case OidOid:
        return toInt(row, column);
    case Float4Oid:
    case Float8Oid:
    case NumericOid:
        return QByteArray(raw).toDouble();
    case TimestampOid:
    case TimestampTzOid: {
        const QDateTime timestamp = timestampFromText(text(row, column));
        return timestamp.isValid() ? QVariant(timestamp) : QVariant(text(row, column));
    }
    case ByteaOid: {
        size_t length = 0;
        unsigned char* bytes =
            PQunescapeBytea(reinterpret_cast<const unsigned char*>(raw), &length);
        QByteArray data(reinterpret_cast<const char*>(bytes), qsizetype(length));
        PQfreemem(bytes);
        return data;
    }
    default:
        return text(row, column);
    }
}

qint64 PgResult::affected() const
{
    return QByteArray(PQcmdTuples(m_result.get())).toLongLong();
}
