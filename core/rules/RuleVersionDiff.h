#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// A field-by-field comparison of two versions of a rule: name, enabled and every leaf of the
// definition by its path (cohort.filters.issuer, window.size_seconds, severity[1].below, …),
// in the order the fields first appear. Lists of plain values compare as one field.
class RuleVersionDiff
{
public:
    struct Version
    {
        QString name;
        bool enabled = true;
        QJsonObject definition;
    };
    struct Field
    {
        QString path;
        QString left;  // empty: absent from the left version
        QString right; // empty: absent from the right version
        bool changed = false;
    };

    static QList<Field> compare(const Version& left, const Version& right);
    static QStringList changedPaths(const QList<Field>& fields);
};
