#include "RuleVersionDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <algorithm>

namespace {

using Leaves = QList<std::pair<QString, QString>>;

QString scalarText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

bool allScalars(const QJsonArray& array)
{
    for (const QJsonValue& item : array)
        if (item.isArray() || item.isObject())
            return false;
    return true;
}

void flatten(const QString& path, const QJsonValue& value, Leaves& leaves)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(path.isEmpty() ? it.key() : path + u'.' + it.key(), it.value(), leaves);
    } else if (value.isArray() && !allScalars(value.toArray())) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            flatten(path + u'[' + QString::number(i) + u']', array.at(i), leaves);
    } else if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items.append(scalarText(item));
        leaves.append({path, items.join(QStringLiteral(", "))});
    } else {
        leaves.append({path, scalarText(value)});
    }
}

// Object keys come sorted from QJsonObject; the leaves are put in the definition's usual
// order instead (cohort, window, thresholds, streaks, severity).
int rank(const QString& path)
{
    static const QStringList order = {QStringLiteral("name"),          QStringLiteral("enabled"),
                                      QStringLiteral("cohort"),        QStringLiteral("window"),
                                      QStringLiteral("min_volume"),    QStringLiteral("open_below"),
                                      QStringLiteral("recover_above"), QStringLiteral("open_after"),
                                      QStringLiteral("resolve_after"), QStringLiteral("severity")};
    for (qsizetype i = 0; i < order.size(); ++i)
        if (path == order[i] || path.startsWith(order[i] + u'.') ||
            path.startsWith(order[i] + u'['))
            return int(i);
    return int(order.size());
}

Leaves leavesOf(const RuleVersionDiff::Version& version)
{
    Leaves leaves{{QStringLiteral("name"), version.name},
                  {QStringLiteral("enabled"), scalarText(version.enabled)}};
    flatten({}, version.definition, leaves);
    return leaves;
}

} // namespace

QList<RuleVersionDiff::Field> RuleVersionDiff::compare(const Version& left, const Version& right)
{
    const Leaves a = leavesOf(left);
    const Leaves b = leavesOf(right);
    QList<Field> fields;
    const auto find = [&fields](const QString& path) -> Field& {
        for (Field& field : fields)
            if (field.path == path)
                return field;
        fields.append({path, {}, {}, false});
        return fields.last();
    };
    for (const auto& [path, text] : a)
        find(path).left = text;
    for (const auto& [path, text] : b)
        find(path).right = text;
    QStringList presentLeft, presentRight;
    for (const auto& leaf : a)
        presentLeft.append(leaf.first);
    for (const auto& leaf : b)
        presentRight.append(leaf.first);
    for (Field& field : fields)
        field.changed = field.left != field.right ||
                        presentLeft.contains(field.path) != presentRight.contains(field.path);
    std::stable_sort(fields.begin(), fields.end(),
                     [](const Field& x, const Field& y) { return rank(x.path) < rank(y.path); });
    return fields;
}

QStringList RuleVersionDiff::changedPaths(const QList<Field>& fields)
{
    QStringList paths;
    for (const Field& field : fields)
        if (field.changed)
            paths.append(field.path);
    return paths;
}
