#include "AuditRow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonValue parsed(const QVariant& text)
{
    if (text.isNull())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument document = QJsonDocument::fromJson(text.toString().toUtf8());
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue(text.toString());
}

} // namespace

QList<AuditRow> AuditRow::fromResult(const QueryResult& result)
{
    QList<AuditRow> rows;
    const auto col = [&result](const char* name) { return result.column(QLatin1String(name)); };
    const int id = col("id"), at = col("at"), actor = col("actor"), action = col("action"),
              target = col("target"), reason = col("reason"), before = col("before"),
              after = col("after");
    rows.reserve(result.rows.size());
    for (const QVariantList& values : result.rows) {
        AuditRow row;
        row.id = values.value(id).toLongLong();
        row.at = values.value(at).toDateTime();
        row.actor = values.value(actor).toString();
        row.action = values.value(action).toString();
        row.target = values.value(target).toString();
        row.reason = values.value(reason).toString();
        row.changes = AuditDiff::changes(parsed(values.value(before)), parsed(values.value(after)));
        rows.append(row);
    }
    return rows;
}
