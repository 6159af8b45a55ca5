#include "AreaIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

const QColor ink(0x1f, 0x4e, 0x79);

void drawWall(QPainter& p)
{
    p.setBrush(ink);
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 2; ++column)
            p.drawRoundedRect(QRectF(4 + column * 13, 4 + row * 13, 11, 11), 2, 2);
    }
}

void drawDeliveries(QPainter& p)
{
    QPainterPath plane;
    plane.moveTo(3, 14);
    plane.lineTo(29, 4);
    plane.lineTo(21, 28);
    plane.lineTo(15, 18);
    plane.closeSubpath();
    p.setBrush(ink);
    p.drawPath(plane);
}

void drawRules(QPainter& p)
{
    QPainterPath triangle;
    triangle.moveTo(16, 3);
    triangle.lineTo(30, 28);
    triangle.lineTo(2, 28);
    triangle.closeSubpath();
    p.setBrush(QColor(0xf2, 0x9d, 0x0c));
    p.drawPath(triangle);
    p.setBrush(Qt::white);
    p.drawRect(QRectF(14.5, 11, 3, 9));
    p.drawEllipse(QRectF(14.5, 22, 3, 3));
}

void drawCashback(QPainter& p)
{
    p.setBrush(QColor(0x2e, 0x9d, 0x4f));
    p.drawEllipse(QRectF(3, 3, 26, 26));
    p.setPen(QPen(Qt::white, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPainterPath arrow;
    arrow.moveTo(21, 11);
    arrow.arcTo(QRectF(9, 9, 14, 14), 45, 270);
    p.setBrush(Qt::NoBrush);
    p.drawPath(arrow);
}

QPixmap draw(ConsoleArea area, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 32.0, size / 32.0);
    painter.setPen(Qt::NoPen);
    switch (area) {
    case ConsoleArea::Wall:
        drawWall(painter);
        break;
    case ConsoleArea::Deliveries:
        drawDeliveries(painter);
        break;
    case ConsoleArea::Rules:
        drawRules(painter);
        break;
    case ConsoleArea::Cashback:
        drawCashback(painter);
        break;
    }
    return pixmap;
}

} // namespace

namespace AreaIcon {

QIcon create(ConsoleArea area)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48})
        icon.addPixmap(draw(area, size));
    return icon;
}

} // namespace AreaIcon
