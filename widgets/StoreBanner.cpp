#include "StoreBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>

StoreBanner::StoreBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("storeBanner"));
    m_text->setObjectName(QStringLiteral("bannerText"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_text->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    refresh();
}

void StoreBanner::setState(const ConnectionState& state)
{
    m_kind = state.kind;
    refresh();
}

void StoreBanner::setDataTime(const QDateTime& loadedAt)
{
    m_loadedAt = loadedAt;
    refresh();
}

void StoreBanner::refresh()
{
    const bool unreachable = m_kind == ConnectionState::Reconnecting;
    const bool refused = m_kind == ConnectionState::Refused;
    setVisible(unreachable || refused);
    QPalette colours = palette();
    colours.setColor(QPalette::Window,
                     refused ? QColor(0xfd, 0xe2, 0xe0) : QColor(0xff, 0xf4, 0xce));
    colours.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(colours);
    if (refused)
        m_text->setText(tr("The store refused the connection — %1. File › Connect… chooses "
                           "another store or login.")
                            .arg(dataText()));
    else
        m_text->setText(tr("Store unreachable — %1. Reconnecting by itself.").arg(dataText()));
}

QString StoreBanner::dataText() const
{
    if (!m_loadedAt.isValid())
        return tr("no data loaded yet");
    QString when = m_loadedAt.toString(QStringLiteral("HH:mm:ss"));
    if (m_loadedAt.date() != QDate::currentDate())
        when.prepend(QLocale().toString(m_loadedAt.date(), QLocale::ShortFormat) + u' ');
    return tr("showing data from %1").arg(when);
}
