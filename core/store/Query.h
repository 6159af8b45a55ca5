#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

// A statement with bound parameters, to run on a StoreSession's thread.
struct Query
{
    enum class Purpose
    {
        Read,   // goes to the read store (a streaming replica) when there is one
        Action, // an operator action (an audited SQL function): always the primary
        Fresh,  // a read that decides an action (a count to confirm, a check): the primary,
                // since a replica behind it would answer for an older state
    };

    QString sql;
    QVariantList params;
    Purpose purpose = Purpose::Read;

    static Query action(QString sql, QVariantList params)
    {
        return {std::move(sql), std::move(params), Purpose::Action};
    }
    static Query fresh(QString sql, QVariantList params)
    {
        return {std::move(sql), std::move(params), Purpose::Fresh};
    }
};

// An immutable snapshot of what a Query returned: rows as Qt values (see PgResult::value()),
// or the error. Travels between threads by value.
struct QueryResult
{
    QStringList columns;
    QList<QVariantList> rows;
    qint64 affected = 0;
    QString error;    // empty on success
    QString sqlState; // the server's SQLSTATE when it gave one
    bool connectionLost = false;

    bool ok() const { return error.isEmpty(); }
    int column(const QString& name) const { return int(columns.indexOf(name)); }
};

Q_DECLARE_METATYPE(Query)
Q_DECLARE_METATYPE(QueryResult)
