#include "StoredRules.h"

#include "store/PgConnection.h"
#include "store/PgResult.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QList<DetectionRule> StoredRules::load(PgConnection& connection, QStringList* problems)
{
    const PgResult result = connection.exec(
        u"SELECT rule_id, version, name, definition::text FROM payops.current_rules "
        u"WHERE enabled ORDER BY rule_id"_s);
    QList<DetectionRule> rules;
    for (int row = 0; row < result.rows(); ++row) {
        const qint64 id = result.toInt(row, 0);
        const int version = int(result.toInt(row, 1));
        const QString name = result.text(row, 2);
        const QJsonObject definition =
            QJsonDocument::fromJson(result.text(row, 3).toUtf8()).object();
        QString error;
        if (auto rule = DetectionRule::parse(id, version, name, definition, &error))
            rules.append(*rule);
        else if (problems)
            problems->append(u"rule %1 v%2 (%3): %4"_s.arg(id).arg(version).arg(name, error));
    }
    return rules;
}
