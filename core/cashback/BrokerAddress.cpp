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

std::optional<AmqpEndpoint> parse(const QString& url, QString* error)
{
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
    return u"%1@%2:%3/%4"_s.arg(endpoint.user, endpoint.host, QString::number(endpoint.port),
                                endpoint.vhost == u"/" ? QString() : endpoint.vhost);
}

} // namespace BrokerAddress
