#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// What the console's status bar shows about the store connection.
struct ConnectionState
{
    enum Kind
    {
        Disconnected, // nothing asked yet, or shut down
        Connecting,   // first attempt under way
        Connected,
        Reconnecting, // lost or never reached; next attempt at retryAt
        Refused,      // the server said no (role, password, database, privilege); retried slowly
    };

    Kind kind = Disconnected;
    QString reason;    // Reconnecting / Refused: the last error, as the server or libpq said it
    QDateTime retryAt; // Reconnecting / Refused: when the next attempt starts
    QString user;      // Connected: session_user
    // Connected: the strongest payops role the user holds: "admin", "operator", "viewer",
    // "engine", or empty when it holds none.
    QString role;
    QString server;     // Dsn::describe() of the connection: never a password
    QString readServer; // the same for the read store (a replica), when reads go there
    // Not Connected because of the read store alone: the primary is up, actions go through.
    bool readStoreDown = false;

    // Whole seconds left until retryAt, rounded up; 0 once due (or when there is none).
    int secondsUntilRetry() const
    {
        const qint64 ms = retryAt.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(retryAt) : 0;
        return ms > 0 ? int((ms + 999) / 1000) : 0;
    }

    // The role may make operator actions (retry, mute, label, requeue…).
    static bool mayOperate(const QString& role) { return role == u"operator" || role == u"admin"; }

    bool operator==(const ConnectionState&) const = default;
};

Q_DECLARE_METATYPE(ConnectionState)
