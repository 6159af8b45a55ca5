#include "HttpClientConnection.h"

#include "EndpointUrlPolicy.h"

#include <QNetworkProxy>
#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

using Response = HttpClientConnection::Response;

Response failure(QString error, bool timedOut = false, bool retryable = false)
{
    Response response;
    response.error = std::move(error);
    response.timedOut = timedOut;
    response.retryable = retryable;
    return response;
}

Response answer(const HttpResponseParser& parser)
{
    Response response;
    response.status = parser.status();
    response.excerpt = parser.excerpt();
    response.retryAfter = parser.retryAfter();
    return response;
}

} // namespace

HttpClientConnection::HttpClientConnection(QString host, quint16 port, bool tls,
                                           std::chrono::milliseconds connectTimeout,
                                           std::chrono::milliseconds responseTimeout,
                                           std::shared_ptr<const EndpointUrlPolicy> policy,
                                           QObject* parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_tls(tls)
    , m_connectTimeout(connectTimeout)
    , m_responseTimeout(responseTimeout)
    , m_policy(std::move(policy))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpClientConnection::onTimeout);
}

HttpClientConnection::~HttpClientConnection()
{
    if (m_socket)
        m_socket->disconnect(this);
}

bool HttpClientConnection::reusable() const
{
    return !m_done && !m_closed && (!m_socket || m_connected);
}

void HttpClientConnection::open()
{
    m_timer.start(m_connectTimeout);
    if (!m_policy)
        return connectTo(m_host);
    QHostInfo::lookupHost(m_host, this, &HttpClientConnection::onResolved);
}

void HttpClientConnection::onResolved(const QHostInfo& info)
{
    if (m_closed || !m_done)
        return; // timed out meanwhile
    QList<QHostAddress> addresses = info.addresses();
    if (info.error() != QHostInfo::NoError || addresses.isEmpty())
        return complete(failure(m_host + u" does not resolve: "_s + info.errorString()), false);
    if (auto refused = m_policy->checkAddresses(addresses)) {
        Response response =
            failure(u"not sent: "_s + m_host + u" resolves to a refused address: "_s + *refused);
        response.refused = true;
        return complete(std::move(response), false);
    }
    // The checked addresses only, in turn while one refuses or cannot be reached (a
    // dual-stack host whose first address has no route), as connecting by name would.
    m_untried = std::move(addresses);
    connectTo(m_untried.takeFirst().toString());
}

bool HttpClientConnection::connectToNextAddress()
{
    if (m_connected || m_untried.isEmpty())
        return false;
    switch (m_socket->error()) {
    case QAbstractSocket::ConnectionRefusedError:
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::SocketAccessError:
        break;
    default:
        return false;
    }
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket.release()->deleteLater(); // it is emitting the error being handled
    connectTo(m_untried.takeFirst().toString());
    return true;
}

void HttpClientConnection::connectTo(const QString& address)
{
    if (m_tls) {
        auto socket = std::make_unique<QSslSocket>();
        connect(socket.get(), &QSslSocket::encrypted, this, &HttpClientConnection::onConnected);
        m_socket = std::move(socket);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        connect(m_socket.get(), &QAbstractSocket::connected, this,
                &HttpClientConnection::onConnected);
    }
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket.get(), &QIODevice::readyRead, this, &HttpClientConnection::onReadyRead);
    connect(m_socket.get(), &QAbstractSocket::disconnected, this,
            &HttpClientConnection::onDisconnected);
    connect(m_socket.get(), &QAbstractSocket::errorOccurred, this, &HttpClientConnection::onError);
    // The certificate is checked against the host's name, whatever address it was reached at.
    if (m_tls)
        static_cast<QSslSocket*>(m_socket.get())->connectToHostEncrypted(address, m_port, m_host);
    else
        m_socket->connectToHost(address, m_port);
}

void HttpClientConnection::send(QByteArray request, Done done)
{
    Q_ASSERT(reusable());
    m_done = std::move(done);
    m_parser.reset();
    m_buffer.clear();
    if (!m_socket) {
        m_pending = std::move(request);
        open();
        return;
    }
    m_timer.start(m_responseTimeout);
    m_socket->write(request);
}

void HttpClientConnection::onConnected()
{
    m_connected = true;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (!m_done)
        return;
    m_timer.start(m_responseTimeout);
    m_socket->write(m_pending);
    m_pending = QByteArray();
}

void HttpClientConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    if (!m_done) {
        // Bytes nobody asked for: the connection is out of step; drop it.
        m_buffer.clear();
        m_closed = true;
        m_socket->abort();
        emit closed(this);
        return;
    }
    switch (m_parser.feed(m_buffer)) {
    case HttpResponseParser::Outcome::NeedMore:
        return;
    case HttpResponseParser::Outcome::Bad:
        complete(failure(QString::fromUtf8(m_parser.error())), false);
        return;
    case HttpResponseParser::Outcome::Complete:
        complete(answer(m_parser), m_parser.keepAlive() && m_buffer.isEmpty());
        return;
    }
}

void HttpClientConnection::onDisconnected()
{
    if (m_closed)
        return;
    if (!m_done) {
        m_closed = true;
        emit closed(this);
        return;
    }
    if (m_parser.finishAtClose() == HttpResponseParser::Outcome::Complete) {
        complete(answer(m_parser), false);
        return;
    }
    const bool reused = m_served > 0 && !m_parser.started();
    const bool quiet = m_socket->error() == QAbstractSocket::RemoteHostClosedError ||
                       m_socket->error() == QAbstractSocket::UnknownSocketError;
    complete(failure(quiet ? QString::fromUtf8(m_parser.error()) : m_socket->errorString(), false,
                     reused),
             false);
}

void HttpClientConnection::onError()
{
    if (m_closed || !m_done)
        return onDisconnected();
    if (connectToNextAddress())
        return;
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError)
        return onDisconnected();
    const bool reused = m_served > 0 && !m_parser.started();
    complete(failure(m_socket->errorString(), false, reused), false);
}

void HttpClientConnection::onTimeout()
{
    if (!m_done)
        return;
    const QString error = m_connected
                              ? u"no response within %1 ms"_s.arg(m_responseTimeout.count())
                              : u"could not connect within %1 ms"_s.arg(m_connectTimeout.count());
    complete(failure(error, true), false);
}

void HttpClientConnection::complete(Response response, bool keep)
{
    m_timer.stop();
    Done done = std::move(m_done);
    m_done = nullptr;
    ++m_served;
    if (!keep) {
        m_closed = true;
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->abort();
        }
    }
    done(std::move(response));
    if (keep)
        emit idle(this);
    else
        emit closed(this);
}
