#include "ConnectionStatusWidget.h"

#include "DisplayFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace {

QColor lightColor(ConnectionState::Kind kind)
{
    switch (kind) {
    case ConnectionState::Connected:
        return QColor(0x2e, 0x9d, 0x4f);
    case ConnectionState::Connecting:
    case ConnectionState::Reconnecting:
        return QColor(0xf2, 0x9d, 0x0c);
    case ConnectionState::Refused:
        return QColor(0xd9, 0x30, 0x25);
    case ConnectionState::Disconnected:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QPixmap light(const QColor& color, qreal devicePixelRatio)
{
    const int size = 12;
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pixmap;
}

// libpq's messages start with where it tried ("connection to server on socket … failed:");
// the user needs the server's reason that follows.
QString conciseReason(const QString& reason)
{
    QString text = reason.simplified();
    const QLatin1String where("connection to server");
    const QLatin1String failed(" failed: ");
    if (text.startsWith(where) && text.contains(failed))
        text = text.mid(text.indexOf(failed) + failed.size());
    for (const QLatin1String marker : {QLatin1String("FATAL:"), QLatin1String("ERROR:")}) {
        if (text.startsWith(marker))
            text = text.mid(marker.size()).trimmed();
    }
    const int limit = 90;
    return text.size() > limit ? text.left(limit - 1) + u'…' : text;
}

} // namespace

ConnectionStatusWidget::ConnectionStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_store(new QLabel(this))
    , m_role(new QLabel(this))
    , m_light(new QLabel(this))
    , m_state(new QLabel(this))
{
    m_store->setObjectName(QStringLiteral("storeLabel"));
    m_role->setObjectName(QStringLiteral("roleLabel"));
    m_state->setObjectName(QStringLiteral("connectionStateLabel"));
    m_store->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_store);
    layout->addSpacing(12);
    layout->addWidget(m_role);
    layout->addSpacing(12);
    layout->addWidget(m_light);
    layout->addWidget(m_state);
    layout->addStretch(1);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionStatusWidget::showStateText);
    showRole({});
    setState({});
}

void ConnectionStatusWidget::setStore(const QString& description)
{
    m_store->setText(tr("Store: %1").arg(description));
    m_store->setToolTip(tr("The PostgreSQL store this console reads (File › Connect… to change)"));
}

void ConnectionStatusWidget::setState(const ConnectionState& state)
{
    m_current = state;
    if (!state.server.isEmpty())
        setStore(state.readServer.isEmpty()
                     ? state.server
                     : tr("%1, reading from %2").arg(state.server, state.readServer));
    // A refused login holds no role any more; one that lost the store still has its own.
    if (state.kind == ConnectionState::Connected || state.kind == ConnectionState::Refused)
        showRole(state.role);
    updateCountdown();
}

void ConnectionStatusWidget::setWaitingSince(const QDateTime& since)
{
    m_waitingSince = since;
    updateCountdown();
}

void ConnectionStatusWidget::updateCountdown()
{
    const bool waiting = m_current.kind == ConnectionState::Connected && m_waitingSince.isValid();
    m_light->setPixmap(
        light(waiting ? lightColor(ConnectionState::Reconnecting) : lightColor(m_current.kind),
              devicePixelRatioF()));
    const bool countingDown =
        m_current.kind == ConnectionState::Reconnecting && m_current.retryAt.isValid();
    if (countingDown || waiting)
        m_countdown.start();
    else
        m_countdown.stop();
    showStateText();
}

void ConnectionStatusWidget::showStateText()
{
    m_state->setText(stateText());
    const QString why =
        m_current.kind == ConnectionState::Connected && m_waitingSince.isValid()
            ? tr("A query asked at %1 is still unanswered: a lock or a slow statement in the "
                 "store. The console stays usable and shows the answer when it comes.")
                  .arg(DisplayFormat::timeOfDay(m_waitingSince))
            : m_current.reason;
    m_state->setToolTip(why);
    m_light->setToolTip(why);
}

QString ConnectionStatusWidget::stateText() const
{
    switch (m_current.kind) {
    case ConnectionState::Disconnected:
        return tr("Not connected");
    case ConnectionState::Connecting:
        return tr("Connecting…");
    case ConnectionState::Connected:
        if (m_waitingSince.isValid())
            return tr("Connected · waiting on the store for %n s", nullptr,
                      int(m_waitingSince.secsTo(QDateTime::currentDateTime())));
        return tr("Connected");
    case ConnectionState::Refused:
        return m_current.readStoreDown
                   ? tr("Read store refused: %1").arg(conciseReason(m_current.reason))
                   : tr("Refused: %1").arg(conciseReason(m_current.reason));
    case ConnectionState::Reconnecting:
        break;
    }
    const int seconds = m_current.secondsUntilRetry();
    if (m_current.readStoreDown)
        return seconds > 0 ? tr("Read store unreachable, reconnecting in %n s", nullptr, seconds)
                           : tr("Read store unreachable, reconnecting…");
    if (seconds <= 0)
        return tr("Reconnecting…");
    return tr("Reconnecting in %n s", nullptr, seconds);
}

void ConnectionStatusWidget::showRole(const QString& role)
{
    if (role.isEmpty()) {
        m_role->setText(m_current.kind == ConnectionState::Connected ? tr("Role: none")
                                                                     : tr("Role: —"));
        m_role->setToolTip(m_current.kind == ConnectionState::Connected
                               ? tr("This login holds no payops role: the store refuses its reads.")
                               : QString());
        return;
    }
    m_role->setText(tr("Role: %1").arg(role));
    if (role == u"viewer")
        m_role->setToolTip(tr("Viewer: may look at everything but secrets, and change nothing."));
    else if (role == u"operator")
        m_role->setToolTip(tr("Operator: may retry deliveries, mute alerts and label downtimes."));
    else if (role == u"admin")
        m_role->setToolTip(tr("Admin: may also edit rules, endpoints and cashback campaigns."));
    else
        m_role->setToolTip(
            tr("An engine's login: it writes data and is not meant for the console."));
}
