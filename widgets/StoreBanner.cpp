#include "StoreBanner.h"

#include "DisplayFormat.h"
#include "store/StoreClient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace {

QString timeText(const QDateTime& at)
{
    if (at.toLocalTime().date() == QDate::currentDate())
        return DisplayFormat::timeOfDay(at);
    return DisplayFormat::dateTime(at);
}

} // namespace

StoreBanner::StoreBanner(StoreClient* client, QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry now"), this))
{
    setObjectName(QStringLiteral("storeBanner"));
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_retry->setObjectName(QStringLiteral("bannerRetry"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Store status"));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_text->setWordWrap(true);
    m_retry->setToolTip(tr("Try to reach the store now instead of waiting for the next attempt"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &StoreBanner::refresh);
    if (client) {
        connect(client, &StoreClient::stateChanged, this, &StoreBanner::setState);
        connect(client, &StoreClient::waitingChanged, this, &StoreBanner::setWaitingSince);
        connect(this, &StoreBanner::retryRequested, client, &StoreClient::retryNow);
        m_state = client->state();
        m_waitingSince = client->waitingSince();
    }
    connect(m_retry, &QPushButton::clicked, this, &StoreBanner::retryRequested);
    refresh();
}

void StoreBanner::setState(const ConnectionState& state)
{
    m_state = state;
    refresh();
}

void StoreBanner::setWaitingSince(const QDateTime& since)
{
    m_waitingSince = since;
    refresh();
}

void StoreBanner::setDataTime(const QDateTime& loadedAt)
{
    m_loadedAt = loadedAt;
    m_tracksData = true;
    refresh();
}

QString StoreBanner::text() const
{
    return m_text->text();
}

void StoreBanner::refresh()
{
    const bool refused = m_state.kind == ConnectionState::Refused;
    const bool unreachable = m_state.kind == ConnectionState::Reconnecting;
    const bool waiting = m_state.kind == ConnectionState::Connected && m_waitingSince.isValid();
    const bool shown = refused || unreachable || waiting;
    setVisible(shown);
    if (!shown) {
        m_tick.stop();
        m_troubleSince = {};
        return;
    }
    if (!m_troubleSince.isValid())
        m_troubleSince = waiting ? m_waitingSince : QDateTime::currentDateTime();
    if (!m_tick.isActive())
        m_tick.start();
    QPalette colours = palette();
    colours.setColor(QPalette::Window,
                     refused ? QColor(0xfd, 0xe2, 0xe0) : QColor(0xff, 0xf4, 0xce));
    colours.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(colours);
    m_retry->setVisible(!waiting);
    m_text->setText(tr("%1 — %2").arg(dataText(), stateText()));
}

QString StoreBanner::dataText() const
{
    if (!m_tracksData)
        return tr("Since %1 this page may be out of date").arg(timeText(m_troubleSince));
    if (!m_loadedAt.isValid())
        return tr("No data read yet");
    return tr("Data as of %1").arg(timeText(m_loadedAt));
}

QString StoreBanner::stateText() const
{
    if (m_state.kind == ConnectionState::Connected)
        return tr("the store has kept this page waiting for %n s (a lock or a slow query); it "
                  "shows the answer when it comes",
                  nullptr, int(m_waitingSince.secsTo(QDateTime::currentDateTime())));
    const int seconds = m_state.secondsUntilRetry();
    if (m_state.readStoreDown)
        return seconds > 0 ? tr("the read store %1 is out of reach, retrying in %n s; operator "
                                "actions still go to %2",
                                nullptr, seconds)
                                 .arg(m_state.readServer, m_state.server)
                           : tr("the read store %1 is out of reach, retrying now; operator "
                                "actions still go to %2")
                                 .arg(m_state.readServer, m_state.server);
    if (m_state.kind == ConnectionState::Refused)
        return seconds > 0 ? tr("the store refuses this login (see the status bar), asking "
                                "again in %n s. File › Connect… chooses another store or login.",
                                nullptr, seconds)
                           : tr("the store refuses this login (see the status bar), asking "
                                "again now. File › Connect… chooses another store or login.");
    return seconds > 0 ? tr("store unreachable, retrying in %n s", nullptr, seconds)
                       : tr("store unreachable, retrying now");
}
