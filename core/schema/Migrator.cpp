#include "Migrator.h"

#include "store/PgConnection.h"
#include "store/PgTransaction.h"
#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace {

// "payops" in ASCII: the session advisory lock that serialises migrations of one database.
constexpr qint64 lockKey = 0x7061796f7073;

// Holds the advisory lock for its lifetime.
class MigrationLock
{
public:
    explicit MigrationLock(PgConnection& connection)
        : m_connection(connection)
    {
        m_connection.exec(QStringLiteral("SELECT pg_advisory_lock($1)"), {lockKey});
    }
    ~MigrationLock()
    {
        try {
            m_connection.exec(QStringLiteral("SELECT pg_advisory_unlock($1)"), {lockKey});
        } catch (const StoreError&) {
            // A lost connection releases the lock with the session.
        }
    }
    MigrationLock(const MigrationLock&) = delete;
    MigrationLock& operator=(const MigrationLock&) = delete;

private:
    PgConnection& m_connection;
};

} // namespace

QString Migrator::Migration::label(int version, const QString& name)
{
    return QStringLiteral("%1_%2").arg(version, 3, 10, QLatin1Char('0')).arg(name);
}

QString Migrator::Migration::checksum() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(sql.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QList<Migrator::Migration> Migrator::bundled()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/sql"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            throw StoreError(
                QStringLiteral("bundled migration %1 is not named NNN_name.sql").arg(file));
        QFile source(dir.filePath(file));
        if (!source.open(QIODevice::ReadOnly))
            throw StoreError(QStringLiteral("cannot read bundled migration %1").arg(file));
        migrations.append(
            {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(source.readAll())});
    }
    return migrations;
}

Migrator::Migrator(PgConnection& connection, QList<Migration> migrations)
    : m_connection(connection)
    , m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    for (qsizetype i = 1; i < m_migrations.size(); ++i) {
        if (m_migrations[i].version == m_migrations[i - 1].version)
            throw StoreError(QStringLiteral("two migrations share version %1: %2 and %3")
                                 .arg(m_migrations[i].version)
                                 .arg(m_migrations[i - 1].name, m_migrations[i].name));
    }
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

int Migrator::storeVersion()
{
    const PgResult exists = m_connection.exec(
        QStringLiteral("SELECT to_regclass('payops.schema_migrations') IS NOT NULL"));
    if (!exists.value(0, 0).toBool())
        return 0;
    return int(
        m_connection
            .exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM payops.schema_migrations"))
            .toInt(0, 0));
}

void Migrator::bootstrap()
{
    // "already exists, skipping" and the like are noise on a terminal.
    m_connection.execScript(QStringLiteral("SET client_min_messages = warning;"
                                           "CREATE SCHEMA IF NOT EXISTS payops;"
                                           "CREATE TABLE IF NOT EXISTS payops.schema_migrations ("
                                           " version integer PRIMARY KEY CHECK (version > 0),"
                                           " name text NOT NULL,"
                                           " checksum text NOT NULL,"
                                           " applied_at timestamptz NOT NULL DEFAULT now(),"
                                           " applied_by text NOT NULL DEFAULT session_user);"));
}

int Migrator::checkApplied()
{
    const PgResult applied = m_connection.exec(QStringLiteral(
        "SELECT version, name, checksum FROM payops.schema_migrations ORDER BY version"));
    const int store = applied.rows() > 0 ? int(applied.toInt(applied.rows() - 1, 0)) : 0;
    if (store > latestVersion())
        throw StoreError(QStringLiteral("the store's schema is at version %1 but this payops knows "
                                        "only up to %2: upgrade payops before using this store")
                             .arg(store)
                             .arg(latestVersion()));
    for (int row = 0; row < applied.rows(); ++row) {
        const int version = int(applied.toInt(row, 0));
        const auto known = std::find_if(m_migrations.cbegin(), m_migrations.cend(),
                                        [&](const Migration& m) { return m.version == version; });
        const QString stored = Migration::label(version, applied.text(row, 1));
        if (known == m_migrations.cend())
            throw StoreError(QStringLiteral("the store records migration %1, which this payops "
                                            "does not have: it was built from other sources")
                                 .arg(stored));
        if (known->checksum() != applied.text(row, 2) || known->name != applied.text(row, 1))
            throw StoreError(QStringLiteral("migration %1 was changed after it was applied to this "
                                            "store (its checksum differs): restore the original "
                                            "file and put the change in a new migration")
                                 .arg(stored));
    }
    return store;
}

int Migrator::migrate(const std::function<void(const Migration&)>& applied)
{
    MigrationLock lock(m_connection);
    bootstrap();
    const int from = checkApplied();
    int count = 0;
    for (const Migration& migration : std::as_const(m_migrations)) {
        if (migration.version <= from)
            continue;
        PgTransaction transaction(m_connection);
        try {
            m_connection.execScript(migration.sql);
        } catch (const StoreError& error) {
            throw StoreError(
                QStringLiteral("migration %1 failed: %2").arg(migration.label(), error.message()),
                error.sqlState(), error.detail());
        }
        m_connection.exec(QStringLiteral("INSERT INTO payops.schema_migrations (version, name, "
                                         "checksum) VALUES ($1, $2, $3)"),
                          {migration.version, migration.name, migration.checksum()});
        transaction.commit();
        ++count;
        if (applied)
            applied(migration);
    }
    return count;
}
