#include "PgConnection.h"

#include "Dsn.h"
#include "StoreError.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <libpq-fe.h>
#include <vector>

Q_LOGGING_CATEGORY(lcNotice, "payops.store.notice", QtInfoMsg)

namespace {

// Server notices ("relation exists, skipping", a FATAL on a dying idle connection) belong in
// a debug log, not on a terminal or a console's stderr.
void logNotice(void*, const char* message)
{
    qCDebug(lcNotice, "%s", QByteArray(message).trimmed().constData());
}

struct BoundParams
{
    std::vector<QByteArray> storage;
    std::vector<const char*> values;
    std::vector<int> lengths;
    std::vector<int> formats;
};

// An array literal: {1,2} or {"a","b\"c"}.
QByteArray arrayOf(const QStringList& items, bool quote)
{
    QByteArray text = "{";
    for (const QString& item : items) {
        if (text.size() > 1)
            text += ',';
        if (!quote) {
            text += item.toUtf8();
            continue;
        }
        QByteArray escaped = item.toUtf8();
        escaped.replace('\\', "\\\\").replace('"', "\\\"");
        text += '"' + escaped + '"';
    }
    return text + '}';
}

QByteArray textOf(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? "true" : "false";
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::QStringList:
        return arrayOf(value.toStringList(), true);
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<QList<qint64>>()) {
        QStringList numbers;
        for (const qint64 number : value.value<QList<qint64>>())
            numbers.append(QString::number(number));
        return arrayOf(numbers, false);
    }
    return value.toString().toUtf8();
}

BoundParams bind(const QVariantList& params)
{
    BoundParams bound;
    bound.storage.reserve(params.size());
    for (const QVariant& param : params) {
        const bool binary = param.typeId() == QMetaType::QByteArray;
        if (param.isNull()) {
            bound.values.push_back(nullptr);
            bound.lengths.push_back(0);
            bound.formats.push_back(0);
            continue;
        }
        bound.storage.push_back(binary ? param.toByteArray() : textOf(param));
        // libpq sends a text parameter up to its first NUL: the rest would be lost unseen.
        if (!binary && bound.storage.back().contains('\0')) {
            throw StoreError(QStringLiteral("parameter $%1 contains a NUL character, which "
                                            "PostgreSQL text cannot hold")
                                 .arg(bound.values.size() + 1),
                             QStringLiteral("22021"));
        }
        bound.values.push_back(bound.storage.back().constData());
        bound.lengths.push_back(int(bound.storage.back().size()));
        bound.formats.push_back(binary ? 1 : 0);
    }
    return bound;
}

} // namespace

void PgConnection::Finish::operator()(pg_conn* conn) const
{
    PQfinish(conn);
}

PgConnection::PgConnection(pg_conn* conn)
    : m_conn(conn)
{}

PgConnection::~PgConnection() = default;

PgConnection PgConnection::open(const QString& conninfo)
{
    const QByteArray info = conninfo.toUtf8();
    // Later keys override earlier ones: the DSN may name the application and the connect
    // timeout, but the session always speaks UTF-8 and prints timestamps in ISO form in UTC,
    // after whatever server options the DSN gives (a search_path, say).
    const QByteArray options = QString(Dsn::value(conninfo, QStringLiteral("options")) +
                                       u" -c TimeZone=UTC -c DateStyle=ISO")
                                   .trimmed()
                                   .toUtf8();
    const char* keys[] = {"application_name", "connect_timeout", "dbname",
                          "client_encoding",  "options",         nullptr};
    const char* values[] = {"payops", "10", info.constData(), "UTF8", options.constData(), nullptr};
    PgConnection connection(PQconnectdbParams(keys, values, 1));
    if (PQstatus(connection.get()) != CONNECTION_OK) {
        const StoreError error = StoreError::fromConnection(connection.get());
        throw StoreError(Dsn::maskPassword(error.message(), conninfo), error.sqlState(),
                         error.detail());
    }
    PQsetNoticeProcessor(connection.get(), logNotice, nullptr);
    return connection;
}

PgResult PgConnection::check(pg_result* raw)
{
    PgResult result(raw);
    const auto status = PQresultStatus(raw);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN)
        return result;
    throw StoreError::fromResult(raw);
}

PgResult PgConnection::exec(const QString& sql, const QVariantList& params)
{
    const QByteArray query = sql.toUtf8();
    const BoundParams bound = bind(params);
    return check(PQexecParams(m_conn.get(), query.constData(), int(params.size()), nullptr,
                              bound.values.data(), bound.lengths.data(), bound.formats.data(), 0));
}

PgResult PgConnection::execPrepared(const QByteArray& name, const QString& sql,
                                    const QVariantList& params)
{
    if (!m_prepared.contains(name)) {
        check(PQprepare(m_conn.get(), name.constData(), sql.toUtf8().constData(),
                        int(params.size()), nullptr));
        m_prepared.insert(name);
    }
    const BoundParams bound = bind(params);
    return check(PQexecPrepared(m_conn.get(), name.constData(), int(params.size()),
                                bound.values.data(), bound.lengths.data(), bound.formats.data(),
                                0));
}

void PgConnection::execScript(const QString& sql)
{
    check(PQexec(m_conn.get(), sql.toUtf8().constData()));
}

void PgConnection::beginCopy(const QString& copySql)
{
    check(PQexec(m_conn.get(), copySql.toUtf8().constData()));
}

void PgConnection::putCopyData(QByteArrayView data)
{
    if (PQputCopyData(m_conn.get(), data.data(), int(data.size())) != 1)
        throw StoreError::fromConnection(m_conn.get());
}

qint64 PgConnection::endCopy()
{
    if (PQputCopyEnd(m_conn.get(), nullptr) != 1)
        throw StoreError::fromConnection(m_conn.get());
    qint64 copied = 0;
    std::optional<StoreError> failure;
    while (pg_result* raw = PQgetResult(m_conn.get())) {
        PgResult result(raw);
        if (PQresultStatus(raw) == PGRES_COMMAND_OK)
            copied = result.affected();
        else if (!failure)
            failure = StoreError::fromResult(raw);
    }
    if (failure)
        throw *failure;
    return copied;
}

void PgConnection::abortCopy(const QString& reason)
{
    PQputCopyEnd(m_conn.get(), reason.toUtf8().constData());
    while (pg_result* raw = PQgetResult(m_conn.get()))
        PQclear(raw);
}

void PgConnection::listen(const QString& channel)
{
    const QByteArray name = channel.toUtf8();
    char* quoted = PQescapeIdentifier(m_conn.get(), name.constData(), size_t(name.size()));
    if (!quoted)
        throw StoreError::fromConnection(m_conn.get());
    const QString sql = QStringLiteral("LISTEN ") + QString::fromUtf8(quoted);
    PQfreemem(quoted);
    exec(sql);
}

QList<PgNotification> PgConnection::takeNotifications()
{
    if (!PQconsumeInput(m_conn.get()))
        throw StoreError::fromConnection(m_conn.get());
    QList<PgNotification> notifications;
    while (PGnotify* notify = PQnotifies(m_conn.get())) {
        notifications.append(
            {QString::fromUtf8(notify->relname), QString::fromUtf8(notify->extra), notify->be_pid});
        PQfreemem(notify);
    }
    return notifications;
}

bool PgConnection::isAlive() const
{
    return m_conn && PQstatus(m_conn.get()) == CONNECTION_OK;
}

int PgConnection::socket() const
{
    return PQsocket(m_conn.get());
}

int PgConnection::serverVersion() const
{
    return PQserverVersion(m_conn.get());
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_conn.get()));
}

QString PgConnection::database() const
{
    return QString::fromUtf8(PQdb(m_conn.get()));
}

bool PgConnection::cancel() const
{
    PGcancel* handle = PQgetCancel(m_conn.get());
    if (!handle)
        return false;
    char error[256];
    const bool sent = PQcancel(handle, error, sizeof error);
    PQfreeCancel(handle);
    return sent;
}
