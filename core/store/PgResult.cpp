#include "PgResult.h"

#include <QDateTime>

#include <libpq-fe.h>

namespace {

enum Oid : unsigned {
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

QDateTime parseTimestamp(const QString& text)
{
    // PostgreSQL prints "2026-11-24 16:00:00.123+00"; Qt wants an ISO 8601 offset "+00:00".
    QString iso = text;
    iso[10] = u'T';
    const qsizetype sign = qMax(iso.lastIndexOf(u'+'), iso.lastIndexOf(u'-'));
    if (sign > 10 && iso.size() - sign == 3)
        iso.append(u":00");
    QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : parsed;
}

} // namespace

void PgResult::Clear::operator()(pg_result* result) const
{
    PQclear(result);
}

PgResult::PgResult(pg_result* result)
    : m_result(result)
{
}

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
    case TimestampTzOid:
        return parseTimestamp(text(row, column));
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
