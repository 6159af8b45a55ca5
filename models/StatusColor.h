#pragma once

#include <QColor>

// The colours the console's tables write a status in. Each is the light theme's tone, moved
// towards white on a dark palette (towards black on a light one) until it reads against the
// application palette's Base colour with the WCAG AA contrast for text (4.5:1). Views ask the
// model again on every repaint, and a theme change repaints, so a live switch follows.
class StatusColor
{
public:
    enum Status
    {
        Good,
        Bad,
        Warning,
        Info,
        Special,
        Muted
    };
    static constexpr double minimumContrast = 4.5;

    static QColor of(Status status);
    static QColor of(Status status, const QColor& background);
    static QList<Status> all() { return {Good, Bad, Warning, Info, Special, Muted}; }
    // The WCAG 2 contrast ratio between two colours, 1 to 21.
    static double contrast(const QColor& a, const QColor& b);

private:
    static QColor tone(Status status);
    static double luminance(const QColor& color);
};
