#include "Scenario.h"

#include "JsonLocator.h"
#include "TrafficCatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

using Path = JsonLocator::Path;
using Kind = Incident::Kind;

constexpr qint64 second = 1'000'000;

template<typename T, std::size_t N> QString namesOf(const std::array<T, N>& table)
{
    QStringList names;
    for (const T& entry : table)
        names.append(QString::fromLatin1(entry.name.data(), qsizetype(entry.name.size())));
    return names.join(u", ");
}

class Reader
{
public:
    QList<Incident> incidents(const QJsonObject& root)
    {
        allowOnly(root, {}, {u"description"_s, u"incidents"_s});
        const QJsonValue list = root.value(u"incidents");
        if (!list.isArray())
            throw JsonFieldError{{u"incidents"_s}, u"must be an array of incidents"_s};
        QList<Incident> incidents;
        QSet<QString> names;
        const QJsonArray array = list.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const Path at{u"incidents"_s, i};
            if (!array[i].isObject())
                throw JsonFieldError{at, u"must be an object"_s};
            Incident next = incident(array[i].toObject(), at);
            if (names.contains(next.name))
                throw JsonFieldError{at + Path{u"name"_s},
                                     u"\"%1\" is used twice"_s.arg(next.name)};
            names.insert(next.name);
            incidents.append(next);
        }
        return incidents;
    }

private:
    static void allowOnly(const QJsonObject& object, const Path& at, const QStringList& keys)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!keys.contains(it.key()))
                throw JsonFieldError{at + Path{it.key()},
                                     u"unknown field (known: %1)"_s.arg(keys.join(u", "))};
        }
    }

    static QString text(const QJsonObject& object, const Path& at, const QString& key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {};
        static const QRegularExpression shape(u"^[A-Za-z0-9_.-]{1,64}$"_s);
        if (!value.isString() || !shape.match(value.toString()).hasMatch())
            throw JsonFieldError{at + Path{key},
                                 u"must be 1 to 64 letters, digits, '_', '.' or '-'"_s};
        return value.toString();
    }

    static std::optional<qint64> duration(const QJsonObject& object, const Path& at,
                                          const QString& key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return std::nullopt;
        const auto micros = Scenario::parseDuration(
            value.isDouble() ? QString::number(value.toDouble()) : value.toString());
        if (!value.isDouble() && !value.isString())
            throw JsonFieldError{at + Path{key},
                                 u"must be a duration such as 90, \"90s\", \"5m\""_s};
        if (!micros)
            throw JsonFieldError{at + Path{key},
                                 u"must be a duration such as 90, \"90s\", \"5m\", \"1h30m\" "
                                 u"(at most 365 days)"_s};
        return micros;
    }

    static void need(const QString& value, const Path& at, const QString& key, Kind kind)
    {
        if (value.isEmpty())
            throw JsonFieldError{at + Path{key},
                                 u"is required for %1"_s.arg(Incident::kindName(kind))};
    }

    Incident incident(const QJsonObject& object, const Path& at)
    {
        allowOnly(object, at,
                  {u"name"_s, u"kind"_s, u"start"_s, u"end"_s, u"method"_s, u"issuer"_s,
                   u"gateway"_s, u"merchant"_s, u"success_rate"_s, u"down"_s, u"up"_s});
        Incident incident;
        incident.name = text(object, at, u"name"_s);
        if (incident.name.isEmpty())
            throw JsonFieldError{at + Path{u"name"_s}, u"is required"_s};
        const int kind = Incident::kindNames().indexOf(object.value(u"kind").toString());
        if (kind < 0)
            throw JsonFieldError{at + Path{u"kind"_s},
                                 u"must be one of %1"_s.arg(Incident::kindNames().join(u", "))};
        incident.kind = Kind(kind);
        times(object, at, incident);
        incident.method = text(object, at, u"method"_s);
        incident.issuer = text(object, at, u"issuer"_s);
        incident.gateway = text(object, at, u"gateway"_s);
        incident.merchant = text(object, at, u"merchant"_s);
        applicable(object, at, incident.kind);
        checkNames(incident, at);
        const QJsonValue rate = object.value(u"success_rate");
        if (!rate.isUndefined()) {
            if (!rate.isDouble() || rate.toDouble() < 0 || rate.toDouble() > 1)
                throw JsonFieldError{at + Path{u"success_rate"_s},
                                     u"must be a number from 0 to 1"_s};
            incident.successRate = rate.toDouble();
        } else if (incident.kind == Kind::MethodDegraded) {
            throw JsonFieldError{at + Path{u"success_rate"_s},
                                 u"is required for method_degraded"_s};
        } else {
            incident.successRate = incident.kind == Kind::MerchantBroken ? 0.05 : 0.02;
        }
        if (incident.kind == Kind::GatewayFlapping) {
            incident.down = duration(object, at, u"down"_s).value_or(60 * second);
            incident.up = duration(object, at, u"up"_s).value_or(60 * second);
            for (const auto& [key, value] :
                 {std::pair{u"down"_s, incident.down}, std::pair{u"up"_s, incident.up}}) {
                if (value < second)
                    throw JsonFieldError{at + Path{key}, u"must be at least 1 s"_s};
            }
        }
        return incident;
    }

    static void times(const QJsonObject& object, const Path& at, Incident& incident)
    {
        const auto start = duration(object, at, u"start"_s);
        const auto end = duration(object, at, u"end"_s);
        if (!start)
            throw JsonFieldError{at + Path{u"start"_s}, u"is required (after the run's start)"_s};
        if (!end)
            throw JsonFieldError{at + Path{u"end"_s}, u"is required (after the run's start)"_s};
        if (*end <= *start)
            throw JsonFieldError{at + Path{u"end"_s}, u"must be later than start"_s};
        incident.start = *start;
        incident.end = *end;
    }

    static void applicable(const QJsonObject& object, const Path& at, Kind kind)
    {
        auto only = [&](const QString& key, bool allowed) {
            if (object.contains(key) && !allowed)
                throw JsonFieldError{at + Path{key},
                                     u"does not apply to %1"_s.arg(Incident::kindName(kind))};
        };
        only(u"method"_s, kind == Kind::IssuerDown || kind == Kind::MethodDegraded);
        only(u"issuer"_s, kind == Kind::IssuerDown);
        only(u"gateway"_s, kind == Kind::GatewayFlapping);
        only(u"merchant"_s, kind == Kind::MerchantBroken);
        only(u"down"_s, kind == Kind::GatewayFlapping);
        only(u"up"_s, kind == Kind::GatewayFlapping);
    }

    static void checkNames(const Incident& incident, const Path& at)
    {
        using namespace TrafficCatalog;
        const std::string method = incident.method.toStdString();
        const std::string issuer = incident.issuer.toStdString();
        if (!incident.method.isEmpty() && indexOf(methods, method) < 0)
            throw JsonFieldError{at + Path{u"method"_s},
                                 u"must be one of %1"_s.arg(namesOf(methods))};
        if (!incident.gateway.isEmpty() && indexOf(gateways, incident.gateway.toStdString()) < 0)
            throw JsonFieldError{at + Path{u"gateway"_s},
                                 u"must be one of %1"_s.arg(namesOf(gateways))};
        if (!incident.issuer.isEmpty()) {
            const int index = indexOf(issuers, issuer);
            if (index < 0)
                throw JsonFieldError{at + Path{u"issuer"_s},
                                     u"must be one of %1"_s.arg(namesOf(issuers))};
            if (!method.empty() && !issues(issuers[std::size_t(index)], method))
                throw JsonFieldError{at + Path{u"issuer"_s}, u"%1 does not take %2 payments"_s.arg(
                                                                 incident.issuer, incident.method)};
        }
        switch (incident.kind) {
        case Kind::IssuerDown:
            need(incident.issuer, at, u"issuer"_s, incident.kind);
            break;
        case Kind::MethodDegraded:
            need(incident.method, at, u"method"_s, incident.kind);
            break;
        case Kind::GatewayFlapping:
            need(incident.gateway, at, u"gateway"_s, incident.kind);
            break;
        case Kind::MerchantBroken:
            need(incident.merchant, at, u"merchant"_s, incident.kind);
            break;
        }
    }
};

} // namespace

std::optional<qint64> Scenario::parseDuration(const QString& text)
{
    static const QRegularExpression shape(
        u"^\\s*(?:(\\d+(?:\\.\\d+)?)|(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+(?:\\.\\d+)?)s)?)\\s*$"_s);
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch() || text.trimmed().isEmpty())
        return std::nullopt;
    const double seconds = match.hasCaptured(1) ? match.captured(1).toDouble()
                                                : match.captured(2).toDouble() * 3600 +
                                                      match.captured(3).toDouble() * 60 +
                                                      match.captured(4).toDouble();
    if (seconds > double(maxDurationSeconds))
        return std::nullopt;
    return qint64(seconds * double(second));
}

std::optional<Scenario> Scenario::parse(const QByteArray& json, QString* error)
{
    Scenario scenario;
    const auto read = [&](const QJsonObject& root) {
        scenario.m_incidents = Reader().incidents(root);
        scenario.m_description = root.value(u"description").toString();
    };
    if (!JsonLocator::readObject(json, u"the scenario must be a JSON object with \"incidents\""_s,
                                 read, error))
        return std::nullopt;
    return scenario;
}

std::optional<Scenario> Scenario::load(const QString& fileName, QString* error)
{
    const auto text = JsonLocator::readFile(fileName, error);
    auto scenario = text ? parse(*text, error) : std::nullopt;
    if (text && !scenario)
        *error = fileName + u": "_s + *error;
    return scenario;
}

QList<TruthIncident> Scenario::truth(qint64 startMicros) const
{
    QList<TruthIncident> truth;
    for (const Incident& incident : m_incidents) {
        truth.append(TruthIncident{incident.name, Incident::kindName(incident.kind),
                                   incident.cohort(), startMicros + incident.start,
                                   startMicros + incident.end});
    }
    return truth;
}
