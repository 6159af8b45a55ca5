#include "Theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace {

struct Platform
{
    QString style;
    QPalette palette;
};

// What the platform gave before any theme was applied: "system" goes back to it.
const Platform& platform()
{
    static const Platform original{QApplication::style()->name(), QApplication::palette()};
    return original;
}

} // namespace

QString Theme::title(const QString& name)
{
    if (name == lightName())
        return tr("Light");
    if (name == darkName())
        return tr("Dark");
    return tr("As the system");
}

void Theme::apply(const QString& name)
{
    const Platform& original = platform();
    if (name == lightName() || name == darkName()) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(name == darkName() ? darkPalette()
                                                    : QApplication::style()->standardPalette());
        return;
    }
    QApplication::setStyle(QStyleFactory::create(original.style));
    QApplication::setPalette(original.palette);
}

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

bool Theme::isDark()
{
    return isDark(QApplication::palette());
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xee, 0xee, 0xee);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9e, 0x9e, 0x9e));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x52, 0x52));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x80, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x4f, 0xc3, 0xf7));
    p.setColor(QPalette::LinkVisited, QColor(0xce, 0x93, 0xd8));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}
