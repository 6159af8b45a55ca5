#include "AuditDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace AuditDiff {

namespace {

QString compact(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    }
    return QString();
}

} // namespace

QList<AuditChange> changes(const QJsonValue& before, const QJsonValue& after)
{
    QList<AuditChange> list;
    if (!before.isObject() && !after.isObject()) {
        if (before != after)
            list.append({QString(), compact(before), compact(after)});
        return list;
    }
    const QJsonObject was = before.toObject();
    const QJsonObject now = after.toObject();
    QStringList keys = was.keys();
    for (const QString& key : now.keys()) {
        if (!was.contains(key))
            keys.append(key);
    }
    for (const QString& key : std::as_const(keys)) {
        const QJsonValue a = was.value(key);
        const QJsonValue b = now.value(key);
        if (!was.contains(key) && b.isNull())
            continue; // a created row's empty fields say nothing
        if (a != b || was.contains(key) != now.contains(key))
            list.append({key, was.contains(key) ? compact(a) : QString(),
                         now.contains(key) ? compact(b) : QString()});
    }
    return list;
}

QString text(const QList<AuditChange>& changes)
{
    QStringList lines;
    for (const AuditChange& change : changes) {
        const QString prefix = change.key.isEmpty() ? QString() : change.key + u": "_s;
        if (change.before.isEmpty())
            lines.append(prefix + u"+ "_s + change.after);
        else if (change.after.isEmpty())
            lines.append(prefix + u"− "_s + change.before);
        else
            lines.append(prefix + change.before + u" → "_s + change.after);
    }
    return lines.join(u'\n');
}

QString keys(const QList<AuditChange>& changes)
{
    QStringList names;
    for (const AuditChange& change : changes)
        names.append(change.key);
    return names.join(u", "_s);
}

} // namespace AuditDiff
