#include "BrokerAddress.h"

#include "store/Dsn.h"

#include <QFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace BrokerAddress {

namespace {

QString credential(const QString& key)
{
    QFile file(credentialsPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray prefix = key.toUtf8() + '=';
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(prefix.size()));
    }
    return {};
}

} // namespace

QString credentialsPath()
{
    return Dsn::varDir() + u"/rabbitmq/credentials"_s;
}

QString resolveUrl()
{
    const QString url = qEnvironmentVariable("PAYOPS_AMQP_URL");
    if (!url.isEmpty())
        return url;
    const QString port = qEnvironmentVariable("PAYOPS_AMQP_PORT", u"5673"_s);
    return u"amqp://payops@127.0.0.1:"_s + port + u'/';
}

std::optional<AmqpEndpoint> parse(const QString& urls, QString* error)
{
    const QStringList nodes = urls.split(u',', Qt::SkipEmptyParts);
    const QString url = nodes.value(0).trimmed();
    const QUrl parsed(url, QUrl::StrictMode);
    auto fail = [&](const QString& why) -> std::optional<AmqpEndpoint> {
        if (error)
            *error = u"amqp url: "_s + why;
        return std::nullopt;
    };
    if (!parsed.isValid() || parsed.scheme() != u"amqp")
        return fail(u"must look like amqp://user@host:port/vhost"_s);
    if (parsed.host().isEmpty())
        return fail(u"has no host"_s);
    AmqpEndpoint endpoint;
    endpoint.host = parsed.host();
    endpoint.port = parsed.port(5672);
    endpoint.user = parsed.userName().isEmpty() ? u"payops"_s : parsed.userName();
    endpoint.password = parsed.password();
    QString path = parsed.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    endpoint.vhost = path.isEmpty() ? u"/"_s : path;
    for (qsizetype i = 1; i < nodes.size(); ++i) {
        const QString node = nodes.at(i).trimmed();
        const QUrl other(node.contains(u"://") ? node : u"amqp://"_s + node, QUrl::StrictMode);
        if (!other.isValid() || other.scheme() != u"amqp" || other.host().isEmpty())
            return fail(
                u"node %1 (%2) must look like host:port or amqp://user@host:port/vhost"_s.arg(i + 1)
                    .arg(node));
        const QString otherPath = other.path(QUrl::FullyDecoded).mid(1);
        if ((!other.userName().isEmpty() && other.userName() != endpoint.user) ||
            (!otherPath.isEmpty() && otherPath != endpoint.vhost))
            return fail(
                u"node %1 (%2): every node takes the first one's user and vhost"_s.arg(i + 1).arg(
                    other.host()));
        endpoint.alternates.append({other.host(), other.port(5672)});
    }
    if (endpoint.password.isEmpty()) {
        endpoint.password = credential(u"password"_s);
        if (endpoint.password.isEmpty())
            return fail(u"has no password and %1 gives none (scripts/broker start writes it)"_s.arg(
                credentialsPath()));
    }
    return endpoint;
}

QString describe(const AmqpEndpoint& endpoint)
{
    QString nodes = endpoint.host + u':' + QString::number(endpoint.port);
    for (const auto& [host, port] : endpoint.alternates)
        nodes += u',' + host + u':' + QString::number(port);
    return u"%1@%2/%3"_s.arg(endpoint.user, nodes,
                             endpoint.vhost == u"/" ? QString() : endpoint.vhost);
}

} // namespace BrokerAddress
