#include "StatusColor.h"

#include <QGuiApplication>
#include <QPalette>
#include <cmath>

QColor StatusColor::of(Status status)
{
    // Without a GUI application (a model in a console-less test) there is no palette: white.
    const bool gui = qobject_cast<QGuiApplication*>(QCoreApplication::instance());
    return of(status, gui ? QGuiApplication::palette().color(QPalette::Base) : QColor(Qt::white));
}

QColor StatusColor::of(Status status, const QColor& background)
{
    const QColor start = tone(status);
    // Black or white always reaches 4.5:1 against one background, so the walk ends there.
    const QColor end = contrast(Qt::white, background) > contrast(Qt::black, background)
                           ? QColor(Qt::white)
                           : QColor(Qt::black);
    constexpr int steps = 20;
    QColor color = start;
    for (int step = 1; step <= steps && contrast(color, background) < minimumContrast; ++step) {
        const double t = double(step) / steps;
        color = QColor::fromRgbF(float(start.redF() + (end.redF() - start.redF()) * t),
                                 float(start.greenF() + (end.greenF() - start.greenF()) * t),
                                 float(start.blueF() + (end.blueF() - start.blueF()) * t));
    }
    return color;
}

double StatusColor::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor StatusColor::tone(Status status)
{
    switch (status) {
    case Good:
        return QColor(0x2e, 0x7d, 0x32);
    case Bad:
        return QColor(0xc6, 0x28, 0x28);
    case Warning:
        return QColor(0xe6, 0x51, 0x00);
    case Info:
        return QColor(0x15, 0x65, 0xc0);
    case Special:
        return QColor(0x6a, 0x1b, 0x9a);
    case Muted:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

double StatusColor::luminance(const QColor& color)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) +
           0.0722 * linear(color.blueF());
}
