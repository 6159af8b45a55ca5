#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

// The console's colour themes: "light", "dark", or "system", the platform's own palette (Qt
// 6.4 has no QStyleHints::colorScheme: a dark desktop shows as a dark palette, which isDark()
// reads). Wall mode's style sheet goes on top of whichever applies.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)
public:
    static QStringList names() { return {systemName(), lightName(), darkName()}; }
    static QString systemName() { return QStringLiteral("system"); }
    static QString lightName() { return QStringLiteral("light"); }
    static QString darkName() { return QStringLiteral("dark"); }
    static QString title(const QString& name);

    static void apply(const QString& name);
    static bool isDark(const QPalette& palette);
    static bool isDark();

private:
    static QPalette darkPalette();
};
