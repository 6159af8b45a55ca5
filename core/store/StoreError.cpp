#include "StoreError.h"

#include <libpq-fe.h>

namespace {

QString field(const PGresult* result, int code)
{
    const char* value = PQresultErrorField(result, code);
    return value ? QString::fromUtf8(value) : QString();
}

// libpq gives connection failures no SQLSTATE; the message is all there is.
QString sqlStateFromConnectMessage(const QString& message)
{
    if (message.contains(u"password authentication failed") ||
        message.contains(u"no pg_hba.conf entry") || message.contains(u"no password supplied"))
        return QStringLiteral("28P01");
    if ((message.contains(u"role \"") && message.contains(u"does not exist")) ||
        message.contains(u"is not permitted to log in") ||
        message.contains(u"pg_hba.conf rejects connection"))
        return QStringLiteral("28000");
    if (message.contains(u"database \"") && message.contains(u"does not exist"))
        return QStringLiteral("3D000");
    if (message.contains(u"permission denied for database"))
        return QStringLiteral("42501");
    return QStringLiteral("08001");
}

// libpq's messages span lines and repeat the severity; a status bar wants one line.
QString oneLine(const char* text)
{
    return QString::fromUtf8(text).remove(QStringLiteral("FATAL:  ")).simplified();
}

} // namespace

StoreError::StoreError(const QString& message, const QString& sqlState, const QString& detail)
    : std::runtime_error(message.toStdString())
    , m_message(message)
    , m_sqlState(sqlState)
    , m_detail(detail)
{}

StoreError StoreError::fromResult(const PGresult* result)
{
    if (!result)
        return StoreError(QStringLiteral("no result from the server (out of memory?)"),
                          QStringLiteral("08006"));
    QString message = field(result, PG_DIAG_MESSAGE_PRIMARY);
    if (message.isEmpty())
        message = oneLine(PQresultErrorMessage(result));
    return StoreError(message, field(result, PG_DIAG_SQLSTATE),
                      field(result, PG_DIAG_MESSAGE_DETAIL));
}

StoreError StoreError::fromConnection(const PGconn* conn)
{
    const QString message = conn ? oneLine(PQerrorMessage(conn)) : QStringLiteral("out of memory");
    return StoreError(message, sqlStateFromConnectMessage(message));
}

bool StoreError::isRefusal() const
{
    return m_sqlState.startsWith(u"28") || m_sqlState == u"42501" || m_sqlState == u"3D000";
}

bool StoreError::isConnectionLoss() const
{
    return m_sqlState.isEmpty() || m_sqlState.startsWith(u"08") || m_sqlState.startsWith(u"57P");
}
