#include "GroundTruth.h"

#include "ingest/Rfc3339.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

QString timeText(qint64 micros)
{
    std::string text;
    Rfc3339::appendMillis(text, micros);
    return QString::fromStdString(text);
}

// Parses one line; on failure returns "field: reason".
std::optional<TruthIncident> incidentOf(const QByteArray& line, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"not a JSON object"_s;
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    TruthIncident incident;
    incident.name = object.value(u"incident").toString();
    if (incident.name.isEmpty()) {
        *error = u"incident: is required (a name)"_s;
        return std::nullopt;
    }
    incident.kind = object.value(u"kind").toString();
    const QJsonValue cohort = object.value(u"cohort");
    if (!cohort.isObject()) {
        *error = u"cohort: must be an object of dimension: value"_s;
        return std::nullopt;
    }
    const QJsonObject dims = cohort.toObject();
    for (auto it = dims.begin(); it != dims.end(); ++it) {
        if (!GroundTruth::dimensions().contains(it.key())) {
            *error = u"cohort.%1: unknown dimension (known: %2)"_s.arg(
                it.key(), GroundTruth::dimensions().join(u", "));
            return std::nullopt;
        }
        if (!it.value().isString()) {
            *error = u"cohort.%1: must be a string"_s.arg(it.key());
            return std::nullopt;
        }
        incident.cohort.insert(it.key(), it.value().toString());
    }
    for (const auto& [key, target] : {std::pair{u"starts_at"_s, &incident.startsAt},
                                      std::pair{u"ends_at"_s, &incident.endsAt}}) {
        const auto parsed = Rfc3339::parse(object.value(key).toString().toStdString());
        if (const auto* reason = std::get_if<std::string>(&parsed)) {
            *error = key + u": "_s + QString::fromStdString(*reason);
            return std::nullopt;
        }
        *target = std::get<std::int64_t>(parsed);
    }
    if (incident.endsAt <= incident.startsAt) {
        *error = u"ends_at: must be later than starts_at"_s;
        return std::nullopt;
    }
    return incident;
}

} // namespace

const QStringList& GroundTruth::dimensions()
{
    static const QStringList names{u"method"_s,    u"issuer"_s,  u"network"_s,
                                   u"card_type"_s, u"gateway"_s, u"merchant_id"_s};
    return names;
}

QByteArray GroundTruth::toLine(const TruthIncident& incident)
{
    QJsonObject cohort;
    for (auto it = incident.cohort.begin(); it != incident.cohort.end(); ++it)
        cohort.insert(it.key(), it.value());
    QJsonObject object{{u"incident"_s, incident.name},
                       {u"cohort"_s, cohort},
                       {u"starts_at"_s, timeText(incident.startsAt)},
                       {u"ends_at"_s, timeText(incident.endsAt)}};
    if (!incident.kind.isEmpty())
        object.insert(u"kind"_s, incident.kind);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<QList<TruthIncident>> GroundTruth::parse(const QByteArray& text, QString* error)
{
    QList<TruthIncident> incidents;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        QString why;
        auto incident = incidentOf(lines[i], &why);
        if (!incident) {
            *error = u"line %1: %2"_s.arg(i + 1).arg(why);
            return std::nullopt;
        }
        incidents.append(*incident);
    }
    return incidents;
}

std::optional<QList<TruthIncident>> GroundTruth::load(const QString& fileName, QString* error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = fileName + u": "_s + file.errorString();
        return std::nullopt;
    }
    auto incidents = parse(file.readAll(), error);
    if (!incidents)
        *error = fileName + u": "_s + *error;
    return incidents;
}

bool GroundTruth::save(const QString& fileName, const QList<TruthIncident>& incidents,
                       QString* error)
{
    QSaveFile file(fileName);
    bool ok = file.open(QIODevice::WriteOnly);
    for (const TruthIncident& incident : incidents)
        ok = ok && file.write(toLine(incident)) >= 0;
    if (ok && file.commit())
        return true;
    *error = fileName + u": "_s + file.errorString();
    return false;
}
