#include "StatusColor.h"
#include "Theme.h"

#include <QApplication>
#include <QTest>

// Every status a table writes reads on the light and the dark theme: WCAG AA, 4.5:1 against
// the palette's Base, the colour behind a table's text.
class TstStatusColor : public QObject
{
    Q_OBJECT

private slots:
    void contrast()
    {
        QCOMPARE(StatusColor::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(StatusColor::contrast(Qt::white, Qt::white), 1.0);
        // #767676 on white is the textbook 4.54:1
        QVERIFY(qAbs(StatusColor::contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    void readsOnEachTheme_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<int>("status");
        for (const QString& theme : {Theme::lightName(), Theme::darkName()}) {
            for (StatusColor::Status status : StatusColor::all())
                QTest::addRow("%s %d", qPrintable(theme), int(status)) << theme << int(status);
        }
    }

    void readsOnEachTheme()
    {
        QFETCH(QString, theme);
        QFETCH(int, status);
        Theme::apply(theme);
        QCOMPARE(Theme::isDark(), theme == Theme::darkName());
        const QColor base = QApplication::palette().color(QPalette::Base);
        const QColor color = StatusColor::of(StatusColor::Status(status));
        QVERIFY2(StatusColor::contrast(color, base) >= StatusColor::minimumContrast,
                 qPrintable(QStringLiteral("%1 on %2: %3:1")
                                .arg(color.name(), base.name())
                                .arg(StatusColor::contrast(color, base), 0, 'f', 2)));
    }

    void lightThemeKeepsItsTones()
    {
        Theme::apply(Theme::lightName());
        QCOMPARE(StatusColor::of(StatusColor::Bad), QColor(0xc6, 0x28, 0x28));
        QCOMPARE(StatusColor::of(StatusColor::Good), QColor(0x2e, 0x7d, 0x32));
    }

    void darkThemeLightens()
    {
        Theme::apply(Theme::darkName());
        for (StatusColor::Status status : StatusColor::all()) {
            const QColor dark = StatusColor::of(status);
            Theme::apply(Theme::lightName());
            QVERIFY(dark.lightness() > StatusColor::of(status).lightness());
            Theme::apply(Theme::darkName());
        }
    }
};

QTEST_MAIN(TstStatusColor)
#include "tst_status_color.moc"
