#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

class PgConnection;

// Applies the versioned SQL migrations of resources/sql/ (NNN_name.sql), one transaction per
// version, under an advisory lock so that two `payops migrate` never interleave.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    // The migrations compiled into this binary, in version order.
    static QList<Migration> bundled();

    explicit Migrator(PgConnection& connection, QList<Migration> migrations = bundled());

    int latestVersion() const;
    // 0 for an empty store.
    int storeVersion();
    // Applies what is missing and returns how many versions were applied. Throws StoreError
    // (SQLSTATE "P0001"-like refusals included) when the store is newer than this binary.
    int migrate(const std::function<void(const Migration&)>& applied = {});

private:
    PgConnection& m_connection;
    QList<Migration> m_migrations;
};
