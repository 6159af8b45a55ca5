#pragma once

#include "DetectionRule.h"

#include <QList>
#include <QStringList>

class PgConnection;

// The detection rules in force: the latest version of each rule (payops.current_rules), the
// enabled ones, parsed. A definition the detector cannot use is left out and described in
// `problems` ("rule 7 v3 (Name): field: reason").
class StoredRules
{
public:
    static QList<DetectionRule> load(PgConnection& connection, QStringList* problems);
};
