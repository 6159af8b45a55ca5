#pragma once

#include <QString>

// A fresh, migrated database of its own for one test, in the throwaway cluster that the ctest
// fixture `store` starts (PAYOPS_VAR points at it). Dropped again when the test ends.
class TestStore
{
public:
    // name: a short identifier, unique among the tests ("ingest", "roles").
    explicit TestStore(const QString& name, bool migrate = true);
    ~TestStore();
    TestStore(const TestStore&) = delete;
    TestStore& operator=(const TestStore&) = delete;

    QString database() const { return m_database; }
    // DSN for this database as the cluster's superuser "payops" (the schema owner).
    QString ownerDsn() const { return dsnAs(QStringLiteral("payops")); }
    // DSN for this database as one of the fixture's logins: "viewer", "operator", "admin",
    // "engine" (members of payops_viewer, payops_operator, payops_admin, payops_engine).
    QString dsnAs(const QString& login) const;

private:
    QString m_database;
};
