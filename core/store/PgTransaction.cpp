#include "PgTransaction.h"

#include "PgConnection.h"
#include "StoreError.h"

PgTransaction::PgTransaction(PgConnection& connection)
    : m_connection(connection)
{
    m_connection.exec(QStringLiteral("BEGIN"));
}

PgTransaction::~PgTransaction()
{
    if (!m_open || !m_connection.isAlive())
        return;
    try {
        m_connection.exec(QStringLiteral("ROLLBACK"));
    } catch (const StoreError&) {
        // The connection broke: the server rolls back on its own.
    }
}

void PgTransaction::commit()
{
    m_connection.exec(QStringLiteral("COMMIT"));
    m_open = false;
}
