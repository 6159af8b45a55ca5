#include "MerchantScript.h"

#include "JsonLocator.h"
#include "webhooks/WebhookSignature.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

using Path = JsonLocator::Path;

using ScriptError = JsonFieldError;

class Reader
{
public:
    QList<MerchantSpec> merchants(const QJsonObject& root)
    {
        allowOnly(root, {}, {u"merchants"_s});
        const QJsonValue list = root.value(u"merchants");
        if (!list.isArray() || list.toArray().isEmpty())
            throw ScriptError{{u"merchants"_s}, u"must be a non-empty array of merchants"_s};
        QList<MerchantSpec> specs;
        QSet<QString> paths, endpoints;
        const QJsonArray array = list.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const Path at{u"merchants"_s, i};
            if (!array[i].isObject())
                throw ScriptError{at, u"must be an object"_s};
            MerchantSpec spec = merchant(array[i].toObject(), at);
            if (paths.contains(spec.path))
                throw ScriptError{at + Path{u"path"_s}, u"\"%1\" is used twice"_s.arg(spec.path)};
            if (endpoints.contains(spec.endpointId))
                throw ScriptError{at + Path{u"endpoint"_s},
                                  u"\"%1\" is used twice"_s.arg(spec.endpointId)};
            paths.insert(spec.path);
            endpoints.insert(spec.endpointId);
            specs.append(std::move(spec));
        }
        return specs;
    }

private:
    static void allowOnly(const QJsonObject& object, const Path& at, const QStringList& keys)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!keys.contains(it.key()))
                throw ScriptError{at + Path{it.key()},
                                  u"unknown field (known: %1)"_s.arg(keys.join(u", "))};
        }
    }
    static QString identifier(const QJsonObject& object, const Path& at, const QString& key,
                              const QString& fallback)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !fallback.isEmpty())
            return fallback;
        static const QRegularExpression shape(u"^[A-Za-z0-9_.-]{1,64}$"_s);
        if (!value.isString() || !shape.match(value.toString()).hasMatch())
            throw ScriptError{at + Path{key},
                              value.isUndefined()
                                  ? u"is required"_s
                                  : u"must be 1 to 64 letters, digits, '_', '.' or '-'"_s};
        return value.toString();
    }
    static double number(const QJsonObject& object, const Path& at, const QString& key,
                         double fallback, double low, double high)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isDouble() || value.toDouble() < low || value.toDouble() > high)
            throw ScriptError{at + Path{key},
                              u"must be a number from %1 to %2"_s.arg(low).arg(high)};
        return value.toDouble();
    }

    MerchantSpec merchant(const QJsonObject& object, const Path& at)
    {
        allowOnly(object, at,
                  {u"merchant"_s, u"endpoint"_s, u"path"_s, u"secret"_s, u"event_types"_s,
                   u"behaviour"_s, u"schedule"_s, u"cycle_s"_s, u"description"_s});
        MerchantSpec spec;
        spec.merchantId = identifier(object, at, u"merchant"_s, {});
        spec.endpointId = identifier(object, at, u"endpoint"_s, u"ep_"_s + spec.merchantId);
        spec.path = identifier(object, at, u"path"_s, spec.merchantId);
        const QJsonValue secret = object.value(u"secret");
        QString why;
        if (!secret.isString())
            throw ScriptError{at + Path{u"secret"_s}, u"is required (whsec_ + base64)"_s};
        if (!WebhookSignature::fromSecret(secret.toString().toLatin1(), &why))
            throw ScriptError{at + Path{u"secret"_s}, why};
        spec.secret = secret.toString().toLatin1();
        spec.description = object.value(u"description").toString();
        const QJsonValue types = object.value(u"event_types");
        if (!types.isUndefined()) {
            if (!types.isArray())
                throw ScriptError{at + Path{u"event_types"_s}, u"must be an array of strings"_s};
            for (const QJsonValue& type : types.toArray())
                spec.eventTypes.append(type.toString());
        }
        spec.cycle = std::chrono::seconds(qint64(number(object, at, u"cycle_s"_s, 0, 0, 86400)));

        const bool hasBehaviour = object.contains(u"behaviour");
        const bool hasSchedule = object.contains(u"schedule");
        if (hasBehaviour == hasSchedule)
            throw ScriptError{at, u"needs either \"behaviour\" (one) or \"schedule\" (phases)"_s};
        if (hasBehaviour) {
            spec.phases.append(phase(object.value(u"behaviour"), at + Path{u"behaviour"_s}, false));
        } else {
            const QJsonValue schedule = object.value(u"schedule");
            if (!schedule.isArray() || schedule.toArray().isEmpty())
                throw ScriptError{at + Path{u"schedule"_s},
                                  u"must be a non-empty array of phases"_s};
            const QJsonArray phases = schedule.toArray();
            for (int i = 0; i < phases.size(); ++i) {
                const Path phaseAt = at + Path{u"schedule"_s, i};
                MerchantPhase next = phase(phases[i], phaseAt, true);
                if (i == 0 && next.at.count() != 0)
                    throw ScriptError{phaseAt + Path{u"at_s"_s}, u"the first phase starts at 0"_s};
                if (i > 0 && next.at <= spec.phases.last().at)
                    throw ScriptError{phaseAt + Path{u"at_s"_s},
                                      u"must be later than the previous phase's"_s};
                spec.phases.append(next);
            }
            if (spec.cycle.count() != 0 && spec.cycle <= spec.phases.last().at)
                throw ScriptError{at + Path{u"cycle_s"_s},
                                  u"must be longer than the last phase's at_s"_s};
        }
        return spec;
    }

    MerchantPhase phase(const QJsonValue& value, const Path& at, bool timed)
    {
        if (!value.isObject())
            throw ScriptError{at, u"must be an object with a \"kind\""_s};
        const QJsonObject object = value.toObject();
        QStringList keys{u"kind"_s,   u"delay_ms"_s,      u"share"_s,
                         u"status"_s, u"retry_after_s"_s, u"mode"_s};
        if (timed)
            keys.append(u"at_s"_s);
        allowOnly(object, at, keys);
        QStringList kinds;
        for (int k = 0; k <= int(MerchantPhase::Kind::Gone); ++k)
            kinds.append(MerchantScript::kindName(MerchantPhase::Kind(k)));
        const int kind = kinds.indexOf(object.value(u"kind").toString());
        if (kind < 0)
            throw ScriptError{at + Path{u"kind"_s}, u"must be one of %1"_s.arg(kinds.join(u", "))};
        MerchantPhase phase;
        phase.kind = MerchantPhase::Kind(kind);
        phase.at = std::chrono::seconds(qint64(number(object, at, u"at_s"_s, 0, 0, 30 * 86400)));
        auto only = [&](const QString& key, bool allowed) {
            if (object.contains(key) && !allowed)
                throw ScriptError{at + Path{key}, u"does not apply to %1"_s.arg(kinds[kind])};
        };
        using Kind = MerchantPhase::Kind;
        only(u"delay_ms"_s, phase.kind == Kind::Slow);
        only(u"share"_s, phase.kind == Kind::Flaky || phase.kind == Kind::RateLimited);
        only(u"status"_s, phase.kind == Kind::Flaky);
        only(u"retry_after_s"_s, phase.kind == Kind::RateLimited || phase.kind == Kind::Down);
        only(u"mode"_s, phase.kind == Kind::Down);
        phase.delay =
            std::chrono::milliseconds(qint64(number(object, at, u"delay_ms"_s, 1000, 1, 600'000)));
        phase.share = number(object, at, u"share"_s, phase.kind == Kind::Flaky ? 0.3 : 1.0, 0, 1);
        phase.status = int(number(object, at, u"status"_s, 500, 500, 599));
        phase.retryAfter = int(number(object, at, u"retry_after_s"_s,
                                      phase.kind == Kind::RateLimited ? 5 : 0, 0, 86400));
        static const QStringList modes{u"503"_s, u"reset"_s, u"hang"_s};
        const QJsonValue mode = object.value(u"mode");
        if (!mode.isUndefined()) {
            const int index = modes.indexOf(mode.toString());
            if (index < 0)
                throw ScriptError{at + Path{u"mode"_s},
                                  u"must be one of %1"_s.arg(modes.join(u", "))};
            phase.downMode = MerchantPhase::DownMode(index);
        }
        return phase;
    }
};

} // namespace

const MerchantPhase& MerchantSpec::phaseAt(std::chrono::milliseconds elapsed) const
{
    if (cycle.count() > 0)
        elapsed = elapsed % std::chrono::milliseconds(cycle);
    const MerchantPhase* current = &phases.first();
    for (const MerchantPhase& phase : phases) {
        if (phase.at <= elapsed)
            current = &phase;
    }
    return *current;
}

std::optional<MerchantScript> MerchantScript::parse(const QByteArray& json, QString* error)
{
    MerchantScript script;
    if (!JsonLocator::readObject(
            json, u"the scenario must be a JSON object with \"merchants\""_s,
            [&](const QJsonObject& root) { script.m_merchants = Reader().merchants(root); }, error))
        return std::nullopt;
    return script;
}

std::optional<MerchantScript> MerchantScript::load(const QString& fileName, QString* error)
{
    const auto text = JsonLocator::readFile(fileName, error);
    auto script = text ? parse(*text, error) : std::nullopt;
    if (text && !script)
        *error = fileName + u": "_s + *error;
    return script;
}

QString MerchantScript::kindName(MerchantPhase::Kind kind)
{
    static const QStringList names{u"healthy"_s, u"slow"_s,         u"flaky"_s,
                                   u"down"_s,    u"rate_limited"_s, u"gone"_s};
    return names.value(int(kind));
}
