#include "BrokerQueueStats.h"

#include "store/Dsn.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

constexpr int defaultPort = 15673;

// The credentials file holds "user=…" and "password=…" lines (shell style, quotes allowed),
// or one "user:password" line.
bool parseLogin(const QByteArray& text, QString* user, QString* password)
{
    const auto unquote = [](QString value) {
        value = value.trimmed();
        if (value.size() >= 2 && (value.front() == u'\'' || value.front() == u'"') &&
            value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        return value;
    };
    const QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0) {
            const QString key = line.left(equals).trimmed().toLower();
            if (key.endsWith(u"user") || key.endsWith(u"username"))
                *user = unquote(line.mid(equals + 1));
            else if (key.endsWith(u"password") || key.endsWith(u"pass"))
                *password = unquote(line.mid(equals + 1));
        } else if (line.contains(u':') && password->isEmpty()) {
            *user = line.section(u':', 0, 0);
            *password = line.section(u':', 1);
        }
    }
    if (user->isEmpty())
        *user = QStringLiteral("payops");
    return !password->isEmpty();
}

} // namespace

const BrokerQueueFigures* BrokerQueueStats::Snapshot::queue(const QString& name) const
{
    for (const BrokerQueueFigures& figures : queues) {
        if (figures.name == name)
            return &figures;
    }
    return nullptr;
}

BrokerQueueStats::BrokerQueueStats(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_credentialsFile(defaultCredentialsFile())
    , m_queues{QStringLiteral("payops.credits"), QStringLiteral("payops.credits.dead")}
{
    qRegisterMetaType<BrokerQueueStats::Snapshot>();
    setUrl(defaultUrl());
}

QUrl BrokerQueueStats::defaultUrl()
{
    const QString fromEnv = qEnvironmentVariable("PAYOPS_AMQP_HTTP_URL");
    if (!fromEnv.isEmpty())
        return QUrl(fromEnv);
    bool ok = false;
    const int port = qEnvironmentVariableIntValue("PAYOPS_AMQP_HTTP_PORT", &ok);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(ok && port > 0 ? port : defaultPort);
    return url;
}

QString BrokerQueueStats::defaultCredentialsFile()
{
    return QDir(Dsn::varDir()).filePath(QStringLiteral("rabbitmq/credentials"));
}

void BrokerQueueStats::setUrl(const QUrl& url)
{
    m_url = url;
    m_loginFromUrl = !url.password().isEmpty();
    if (m_loginFromUrl) {
        m_user = url.userName();
        m_password = url.password();
    }
    m_url.setUserInfo({});
}

void BrokerQueueStats::setCredentialsFile(const QString& path)
{
    m_credentialsFile = path;
    if (!m_loginFromUrl)
        m_password.clear();
}

QString BrokerQueueStats::server() const
{
    return m_url
        .toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                         QUrl::RemoveScheme | QUrl::StripTrailingSlash)
        .remove(0, 2); // the "//" left of the authority
}

bool BrokerQueueStats::loadLogin(QString* error)
{
    if (!m_password.isEmpty())
        return true;
    QFile file(m_credentialsFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the broker's login from %1: %2 (is the broker started? "
                    "scripts/broker start)")
                     .arg(m_credentialsFile, file.errorString());
        return false;
    }
    if (!parseLogin(file.readAll(), &m_user, &m_password)) {
        *error = tr("no password in the broker's login file %1").arg(m_credentialsFile);
        return false;
    }
    return true;
}

void BrokerQueueStats::refresh()
{
    if (m_waiting > 0)
        return;
    m_round = Snapshot();
    QString error;
    if (!loadLogin(&error)) {
        m_round.at = QDateTime::currentDateTimeUtc();
        m_round.error = error;
        emit updated(m_round);
        return;
    }
    m_waiting = int(m_queues.size());
    for (const QString& queue : m_queues)
        request(queue);
}

void BrokerQueueStats::request(const QString& queue)
{
    QUrl url = m_url;
    // The virtual host ("/" by default) is written %2F in the path, and must stay encoded.
    QString base = url.path(QUrl::FullyEncoded);
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u"/api/queues/" + QString::fromLatin1(QUrl::toPercentEncoding(m_vhost)) +
                    u'/' + QString::fromLatin1(QUrl::toPercentEncoding(queue)),
                QUrl::TolerantMode);
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setRawHeader("Authorization",
                         "Basic " + (m_user + u':' + m_password).toUtf8().toBase64());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, queue] { onFinished(reply, queue); });
}

void BrokerQueueStats::onFinished(QNetworkReply* reply, const QString& queue)
{
    reply->deleteLater();
    QString problem;
    if (reply->error() == QNetworkReply::NoError) {
        BrokerQueueFigures figures = BrokerQueueFigures::fromJson(reply->readAll(), &problem);
        if (problem.isEmpty())
            m_round.queues.append(figures);
        else
            problem = tr("%1: the broker's answer is unreadable (%2)").arg(queue, problem);
    } else {
        problem = describeFailure(reply, queue);
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 401)
            m_password.clear(); // read the file again next time: the broker may have a new one
    }
    if (!problem.isEmpty() && !m_round.error.contains(problem))
        m_round.error = m_round.error.isEmpty() ? problem : m_round.error + u"; " + problem;
    if (--m_waiting > 0)
        return;
    // Keep the order asked for, whatever order the answers came in.
    std::sort(m_round.queues.begin(), m_round.queues.end(),
              [this](const BrokerQueueFigures& a, const BrokerQueueFigures& b) {
                  return m_queues.indexOf(a.name) < m_queues.indexOf(b.name);
              });
    m_round.at = QDateTime::currentDateTimeUtc();
    emit updated(m_round);
}

QString BrokerQueueStats::describeFailure(QNetworkReply* reply, const QString& queue) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401)
        return tr("the broker at %1 refused the login in %2").arg(server(), m_credentialsFile);
    if (status == 404)
        return tr("%1: no such queue on the broker at %2 (payops cashback declares it when it "
                  "first runs)")
            .arg(queue, server());
    if (status > 0)
        return tr("%1: the broker at %2 answered HTTP %3").arg(queue, server()).arg(status);
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("the broker's management API at %1 refuses connections (is the broker "
                  "running? scripts/broker start)")
            .arg(server());
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return tr("the broker's management API at %1 did not answer within %2 s")
            .arg(server())
            .arg(double(m_timeout.count()) / 1000.0);
    default:
        // errorString() may quote the URL: it never holds the login (see setUrl()).
        return tr("the broker's management API at %1: %2").arg(server(), reply->errorString());
    }
}
