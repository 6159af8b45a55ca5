#include "CurlCommand.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

QList<std::pair<QString, QString>> headersOf(const QString& eventId, const QString& json)
{
    QList<std::pair<QString, QString>> headers;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (object.isEmpty()) {
        headers.append({QStringLiteral("content-type"), QStringLiteral("application/json")});
        headers.append({QStringLiteral("webhook-id"), eventId});
        return headers;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString value =
            it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
        if (!value.contains(u"whsec_"))
            headers.append({it.key(), value});
    }
    return headers;
}

} // namespace

namespace CurlCommand {

QString shellQuoted(const QString& argument)
{
    QString quoted = argument;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString build(const QString& url, const QString& eventId, const QString& headersJson,
              const QString& body)
{
    QStringList lines{u"curl -X POST " + shellQuoted(url)};
    for (const auto& [name, value] : headersOf(eventId, headersJson))
        lines << u"  -H " + shellQuoted(name + u": " + value);
    lines << u"  --data-raw " + shellQuoted(body);
    return lines.join(QStringLiteral(" \\\n"));
}

} // namespace CurlCommand
