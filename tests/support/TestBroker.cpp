#include "TestBroker.h"

#include "cashback/BrokerAddress.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

AmqpEndpoint baseEndpoint()
{
    QString error;
    const auto endpoint = BrokerAddress::parse(BrokerAddress::resolveUrl(), &error);
    if (!endpoint)
        qFatal("TestBroker: %s", qPrintable(error));
    return *endpoint;
}

} // namespace

TestBroker::TestBroker(const QString& name)
    : m_vhost(u"t_"_s + name)
{
    const QString path = u"/api/vhosts/"_s + m_vhost;
    management("DELETE", path);
    if (management("PUT", path, "{}") / 100 != 2)
        qFatal("TestBroker: cannot create vhost %s", qPrintable(m_vhost));
    const QByteArray all = R"({"configure": ".*", "write": ".*", "read": ".*"})";
    if (management("PUT", u"/api/permissions/%1/%2"_s.arg(m_vhost, baseEndpoint().user), all) /
            100 !=
        2)
        qFatal("TestBroker: cannot grant vhost %s", qPrintable(m_vhost));
}

TestBroker::~TestBroker()
{
    management("DELETE", u"/api/vhosts/"_s + m_vhost);
}

QString TestBroker::url() const
{
    const AmqpEndpoint base = baseEndpoint();
    return u"amqp://%1@%2:%3/%4"_s.arg(base.user, base.host, QString::number(base.port), m_vhost);
}

AmqpEndpoint TestBroker::endpoint() const
{
    AmqpEndpoint endpoint = baseEndpoint();
    endpoint.vhost = m_vhost;
    return endpoint;
}

AmqpConnection TestBroker::connect() const
{
    return AmqpConnection::open(endpoint());
}

int TestBroker::management(const QByteArray& verb, const QString& path, const QByteArray& body,
                           QByteArray* reply)
{
    const AmqpEndpoint base = baseEndpoint();
    const QString port = qEnvironmentVariable("PAYOPS_AMQP_HTTP_PORT", u"15673"_s);
    QUrl url(u"http://127.0.0.1:"_s + port + path);
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Authorization",
                         "Basic " + (base.user + u':' + base.password).toUtf8().toBase64());
    const std::unique_ptr<QNetworkReply> answer(manager.sendCustomRequest(request, verb, body));
    QEventLoop loop;
    QObject::connect(answer.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply)
        *reply = answer->readAll();
    return status;
}
