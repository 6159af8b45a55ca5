#pragma once

#include "store/PgConnection.h"
#include "store/StoreError.h"

// The store's refusal of a statement (its SQLSTATE and message); when the statement is
// accepted, an error without SQLSTATE whose message says so.
inline StoreError refusalOf(PgConnection& db, const QString& sql, const QVariantList& params = {})
{
    try {
        db.exec(sql, params);
    } catch (const StoreError& error) {
        return error;
    }
    return StoreError(QStringLiteral("(accepted: ") + sql.left(200) + u')');
}
