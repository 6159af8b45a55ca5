#pragma once

#include <QStringList>
#include <QTemporaryDir>

// A PostgreSQL cluster of the test's own (scripts/store under a temporary PAYOPS_VAR), for
// tests that stop, start or reconfigure the store: the fixture's cluster, which other tests
// share, stays up. create() points this process's PAYOPS_VAR at it, so Dsn::embedded() and
// TestStore reach it. The event loop keeps turning while scripts/store runs.
class PrivateCluster
{
public:
    PrivateCluster() = default;
    ~PrivateCluster(); // stops the cluster and removes it
    PrivateCluster(const PrivateCluster&) = delete;
    PrivateCluster& operator=(const PrivateCluster&) = delete;

    // Starts a fresh cluster (fast settings) and prepares it: schema, logins viewer, operator,
    // admin, engine (scripts/store prepare with $PAYOPS_BIN).
    bool create();
    bool stop();
    bool start();

private:
    bool store(const QStringList& arguments);

    QTemporaryDir m_var;
    bool m_created = false;
};
