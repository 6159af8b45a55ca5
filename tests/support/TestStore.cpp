#include "TestStore.h"

#include "schema/Migrator.h"
#include "store/Dsn.h"
#include "store/PgConnection.h"

namespace {

PgConnection maintenanceConnection()
{
    return PgConnection::open(Dsn::embedded(QStringLiteral("payops")));
}

QString quotedIdentifier(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

TestStore::TestStore(const QString& name, bool migrate)
    : m_database(QStringLiteral("t_") + name)
{
    PgConnection admin = maintenanceConnection();
    admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                   .arg(quotedIdentifier(m_database)));
    admin.exec(QStringLiteral("CREATE DATABASE %1").arg(quotedIdentifier(m_database)));
    if (migrate) {
        PgConnection owner = PgConnection::open(ownerDsn());
        Migrator(owner).migrate();
    }
}

TestStore::~TestStore()
{
    try {
        maintenanceConnection().exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                         .arg(quotedIdentifier(m_database)));
    } catch (...) {
        // The cluster is removed by the fixture's cleanup anyway.
    }
}

QString TestStore::dsnAs(const QString& login) const
{
    return Dsn::embedded(login, m_database);
}
