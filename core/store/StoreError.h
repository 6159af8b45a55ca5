#pragma once

#include <QString>

#include <stdexcept>

struct pg_result;
struct pg_conn;

// An error reported by libpq or the server, with the server's SQLSTATE when there is one.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString& message, const QString& sqlState = {},
                        const QString& detail = {});

    static StoreError fromResult(const pg_result* result);
    static StoreError fromConnection(const pg_conn* conn);

    QString message() const { return m_message; }
    QString sqlState() const { return m_sqlState; }
    QString detail() const { return m_detail; }

    // 28xxx (authentication / role), 42501 (insufficient privilege), 3D000 (no such database):
    // retrying will not help until someone changes the store or the DSN.
    bool isRefusal() const;
    // The connection itself is gone (08xxx, 57Pxx, or no SQLSTATE from a dead socket).
    bool isConnectionLoss() const;

private:
    QString m_message;
    QString m_sqlState;
    QString m_detail;
};
