#pragma once

#include "PgResult.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>
#include <memory>
#include <optional>

struct pg_conn;

struct PgNotification
{
    QString channel;
    QString payload;
    int backendPid = 0;
};

// Owns one libpq connection. Every statement with values goes through bound parameters.
// Errors throw StoreError. Parameters: a null QVariant is NULL, a QByteArray is sent as
// binary (bytea), a QDateTime as ISO 8601 UTC, a QStringList or QList<qint64> as an array,
// anything else as its string form.
class PgConnection
{
public:
    static PgConnection open(const QString& conninfo);

    PgConnection(PgConnection&&) noexcept = default;
    PgConnection& operator=(PgConnection&&) noexcept = default;
    ~PgConnection();

    PgResult exec(const QString& sql, const QVariantList& params = {});
    // As exec, for a statement run again and again: prepared under `name` on this connection
    // at its first use (parsed and planned once; a plan the server may keep).
    PgResult execPrepared(const QByteArray& name, const QString& sql, const QVariantList& params);
    // Runs several statements in one go (migrations); no parameters allowed.
    void execScript(const QString& sql);

    // COPY ... FROM STDIN: begin, put data in any chunks, end (returns rows copied).
    void beginCopy(const QString& copySql);
    void putCopyData(QByteArrayView data);
    qint64 endCopy();
    void abortCopy(const QString& reason);

    void listen(const QString& channel);
    // Reads what arrived on the socket without blocking and returns pending notifications.
    QList<PgNotification> takeNotifications();

    bool isAlive() const;
    int socket() const;
    int serverVersion() const;
    QString user() const;
    QString database() const;
    // Asks the server to stop the running statement; safe from another thread.
    bool cancel() const;

    pg_conn* get() const { return m_conn.get(); }

private:
    struct Finish
    {
        void operator()(pg_conn* conn) const;
    };
    explicit PgConnection(pg_conn* conn);
    PgResult check(pg_result* result);

    std::unique_ptr<pg_conn, Finish> m_conn;
    QSet<QByteArray> m_prepared;
};
