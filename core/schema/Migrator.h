#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

class PgConnection;

// Applies the versioned SQL migrations of resources/sql/ (NNN_name.sql), one transaction per
// version, under an advisory lock so that two `payops migrate` never interleave. Each applied
// version is recorded in payops.schema_migrations with the checksum of its text.
class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;

        // SHA-256 of the text, hex: an applied migration must never change.
        QString checksum() const;
        // "NNN_name", as the file is named.
        QString label() const { return label(version, name); }
        static QString label(int version, const QString& name);
    };

    // The migrations compiled into this binary (:/sql/NNN_name.sql), in version order.
    static QList<Migration> bundled();

    explicit Migrator(PgConnection& connection, QList<Migration> migrations = bundled());

    int latestVersion() const;
    // 0 for an empty store.
    int storeVersion();
    // Applies what is missing and returns how many versions were applied; `applied` is called
    // after each commit. Throws StoreError when the store is newer than this binary or an
    // applied migration's text has changed since.
    int migrate(const std::function<void(const Migration&)>& applied = {});

private:
    void bootstrap();
    // Refuses a newer or edited store; returns its version.
    int checkApplied();

    PgConnection& m_connection;
    QList<Migration> m_migrations;
};
