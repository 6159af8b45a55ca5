#pragma once

#include "TruthIncident.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <optional>

// The ground-truth file of `payops simulate` and `payops evaluate` (design.md): JSON Lines,
// one incident a line, {"incident", "kind", "cohort", "starts_at", "ends_at"}.
class GroundTruth
{
public:
    static const QStringList& dimensions(); // in the detection's fixed order

    static QByteArray toLine(const TruthIncident& incident); // with the final '\n'
    // The incidents of a whole file's text; the error names the line and the field.
    static std::optional<QList<TruthIncident>> parse(const QByteArray& text, QString* error);
    static std::optional<QList<TruthIncident>> load(const QString& fileName, QString* error);
    static bool save(const QString& fileName, const QList<TruthIncident>& incidents,
                     QString* error);
};
