#include "AppIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

QPixmap draw(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 64.0, size / 64.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x4e, 0x79));
    painter.drawRoundedRect(QRectF(4, 10, 56, 44), 8, 8);
    painter.setBrush(QColor(0xf2, 0x9d, 0x0c));
    painter.drawRect(QRectF(4, 20, 56, 6));
    QPainterPath pulse;
    pulse.moveTo(10, 42);
    pulse.lineTo(22, 42);
    pulse.lineTo(27, 32);
    pulse.lineTo(33, 50);
    pulse.lineTo(38, 38);
    pulse.lineTo(54, 38);
    painter.setPen(QPen(QColor(0x7c, 0xe0, 0x9a), 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(pulse);
    return pixmap;
}

} // namespace

namespace AppIcon {

QIcon create()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(draw(size));
    return icon;
}

} // namespace AppIcon
