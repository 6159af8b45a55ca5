// The console's comfort features, as a user meets them: Preferences kept between runs (the
// language at the next start, --lang above it), Find and Refresh on the current area, column
// and splitter choices remembered, tables to CSV and charts to PNG from their context menus,
// and every button and field reachable by keyboard with a name a screen reader can say.
#include "CashbackPipelineChart.h"
#include "EditMenu.h"
#include "EnginesPanel.h"
#include "ExportMenu.h"
#include "IsolatedSettings.h"
#include "MainWindow.h"
#include "PipelineModel.h"
#include "PreferencesDialog.h"
#include "SrChart.h"
#include "TabOrder.h"
#include "TestStore.h"
#include "Theme.h"
#include "ViewStateKeeper.h"
#include "console/ConsoleSettings.h"
#include "console/LiveQuery.h"

#include <QAbstractButton>
#include <QCalendarWidget>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString connectionState(QWidget* window)
{
    auto* label = window->findChild<QLabel*>(u"connectionStateLabel"_s);
    return label ? label->text() : QString();
}

// A table in a splitter, in a window named as the console names its pages.
struct TablePage
{
    QWidget window;
    QSplitter* splitter;
    QTableView* table;
    QStandardItemModel* model;

    explicit TablePage(int columns = 4)
        : splitter(new QSplitter(&window))
        , table(new QTableView(splitter))
        , model(new QStandardItemModel(3, columns, &window))
    {
        window.setObjectName(u"comfortPage"_s);
        new QLabel(u"side"_s, splitter);
        (new QVBoxLayout(&window))->addWidget(splitter);
        model->setHorizontalHeaderLabels({u"A"_s, u"B"_s, u"C"_s, u"D"_s});
        table->setModel(model);
        window.resize(600, 300);
        ViewStateKeeper::keepAll(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }
};

QString consoleOutput(const QStringList& arguments, const QString& configHome)
{
    QProcess console;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, configHome);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    console.setProcessEnvironment(environment);
    console.setProcessChannelMode(QProcess::MergedChannels);
    console.start(QStringLiteral(PAYOPS_CONSOLE_BIN), arguments);
    if (!console.waitForFinished(30000))
        return u"<timed out>"_s;
    return QString::fromUtf8(console.readAll());
}

} // namespace

class TestConsoleComfort : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_settings = std::make_unique<IsolatedSettings>(u"payops-console-comfort"_s);
        QVERIFY(m_settings->isValid());
        m_store = std::make_unique<TestStore>(u"comfort"_s);
    }

    void cleanupTestCase() { m_store.reset(); }

    void preferencesAreKeptAndApplied()
    {
        PipelineModel pipeline;
        CashbackPipelineChart chart(&pipeline); // made before the switch, follows it
        const QColor depth = chart.series().first()->pen().color();
        QVERIFY(!chart.isDark());
        {
            PreferencesDialog dialog;
            QCOMPARE(dialog.languageBox()->currentData().toString(), QString());
            QCOMPARE(dialog.themeBox()->currentData().toString(), Theme::systemName());
            dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"fr"_s));
            dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(Theme::darkName()));
            dialog.accept();
        }
        QVERIFY2(Theme::isDark(), "the dark theme applies at once");
        QCoreApplication::processEvents(); // the palette's change reaches widgets as events
        QVERIFY(chart.isDark());
        QCOMPARE(chart.series().first()->pen().color(), depth);
        PreferencesDialog again;
        QCOMPARE(again.languageBox()->currentText(), u"Français"_s);
        QCOMPARE(again.themeBox()->currentData().toString(), Theme::darkName());
        QCOMPARE(ConsoleSettings::startupLanguage({}), u"fr"_s);
        QCOMPARE(ConsoleSettings::startupLanguage(u"pl"_s), u"pl"_s);
        again.themeBox()->setCurrentIndex(again.themeBox()->findData(Theme::lightName()));
        again.accept();
        QVERIFY(!Theme::isDark());
        QCoreApplication::processEvents();
        QVERIFY(!chart.isDark());
    }

    // The real console, started with a chosen language in its settings, speaks it; --lang
    // overrides the choice.
    void theChosenLanguageAppliesAtTheNextStart()
    {
        QTemporaryDir home;
        QSettings settings(home.filePath(u"payops/payops-console.conf"_s), QSettings::IniFormat);
        settings.setValue(u"display/language"_s, u"fr"_s);
        settings.sync();
        const QString french = consoleOutput({u"--help"_s}, home.path());
        QVERIFY2(french.contains(u"La console d'exploitation payops"), qPrintable(french));
        const QString polish = consoleOutput({u"--lang=pl"_s, u"--help"_s}, home.path());
        QVERIFY2(polish.contains(u"Konsola operacyjna payops"), qPrintable(polish));
    }

    void findFocusesTheAreasSearchField()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* edit = window.findChild<EditMenu*>();
        QVERIFY(edit);
        QVERIFY(edit->findAction()->shortcuts().contains(QKeySequence(QKeySequence::Find)));
        QVERIFY(edit->preferencesAction()->shortcuts().contains(
            QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        window.showArea(ConsoleArea::Deliveries);
        QWidget* page = window.findChild<QStackedWidget*>(u"areaPages"_s)->currentWidget();
        QTest::keySequence(&window, QKeySequence::Find);
        auto* focused = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY2(focused && page->isAncestorOf(focused),
                 QApplication::focusWidget()
                     ? QApplication::focusWidget()->metaObject()->className()
                     : "nothing has focus");
    }

    void refreshRerunsTheAreasQueries()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showArea(ConsoleArea::Deliveries);
        window.openStore(m_store->dsnAs(u"viewer"_s));
        QTRY_COMPARE_WITH_TIMEOUT(connectionState(&window), u"Connected"_s, 20000);
        QWidget* page = window.findChild<QStackedWidget*>(u"areaPages"_s)->currentWidget();
        QList<QSignalSpy*> spies;
        for (LiveQuery* query : page->findChildren<LiveQuery*>())
            if (auto* owner = qobject_cast<QWidget*>(query->parent()); owner && owner->isVisible())
                spies.append(new QSignalSpy(query, &LiveQuery::resultReady));
        QVERIFY(!spies.isEmpty());
        QTest::qWait(1500); // the first runs after connecting, and their minimum gap
        for (QSignalSpy* spy : spies)
            spy->clear();
        QTest::keySequence(&window, QKeySequence::Refresh);
        for (QSignalSpy* spy : spies)
            QTRY_VERIFY_WITH_TIMEOUT(spy->count() >= 1, 5000);
        qDeleteAll(spies);
    }

    void columnsAndSplittersAreRemembered()
    {
        QList<int> chosen;
        {
            TablePage page;
            QHeaderView* header = page.table->horizontalHeader();
            header->resizeSection(1, 211);
            header->moveSection(3, 0);
            // The user lets go of the header: that is when a choice is kept.
            QTest::mouseRelease(header->viewport(), Qt::LeftButton);
            page.splitter->setSizes({150, 450});
            chosen = page.splitter->sizes();
            emit page.splitter->splitterMoved(chosen.first(), 1);
            QCoreApplication::processEvents();
        }
        TablePage page;
        QHeaderView* header = page.table->horizontalHeader();
        QCOMPARE(header->sectionSize(1), 211);
        QCOMPARE(header->visualIndex(3), 0);
        QCOMPARE(page.splitter->sizes(), chosen);
        // A view sizing its columns to new data does not undo the user's choice.
        page.model->appendRow(new QStandardItem(u"a rather long text that widens A"_s));
        page.table->resizeColumnsToContents();
        QTRY_COMPARE(header->sectionSize(1), 211);
    }

    void aTableWithOtherColumnsStartsAfresh()
    {
        {
            TablePage page;
            page.table->horizontalHeader()->moveSection(3, 0);
            QTest::mouseRelease(page.table->horizontalHeader()->viewport(), Qt::LeftButton);
            QCoreApplication::processEvents();
        }
        TablePage page(5); // a new version of the table, with one column more
        QCoreApplication::processEvents();
        QCOMPARE(page.table->horizontalHeader()->visualIndex(3), 3);
    }

    void tablesAndChartsHaveExportMenus()
    {
        TablePage page;
        std::unique_ptr<QMenu> tableMenu(ExportMenu::createFor(page.table->viewport(), nullptr));
        QVERIFY(tableMenu);
        QCOMPARE(tableMenu->actions().first()->text(), ExportMenu::tr("Export table as &CSV…"));
        SrChart chart;
        std::unique_ptr<QMenu> chartMenu(ExportMenu::createFor(chart.viewport(), nullptr));
        QVERIFY(chartMenu);
        QCOMPARE(chartMenu->actions().first()->text(), ExportMenu::tr("Save chart as &PNG…"));
        QVERIFY(!ExportMenu::createFor(page.splitter, nullptr));
        QCalendarWidget calendar; // a date edit's popup: Qt's own table, no export
        auto* calendarView = calendar.findChild<QTableView*>();
        QVERIFY(calendarView);
        QVERIFY(!ExportMenu::createFor(calendarView->viewport(), nullptr));
    }

    void aChartSavesAsPng()
    {
        SrChart chart;
        chart.resize(420, 260);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"chart.png"_s);
        QString error;
        QVERIFY2(ExportMenu::savePng(&chart, path, &error), qPrintable(error));
        const QImage image(path);
        const qreal ratio = chart.devicePixelRatioF();
        QCOMPARE(image.size(), QSize(qRound(420 * ratio), qRound(260 * ratio)));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 2, "the chart was drawn (axes, grid, labels)");
    }

    // Every button and field of every area takes the keyboard's focus, and a button that
    // shows no text has a name a screen reader can say.
    void everyControlIsReachableAndNamed()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* pages = window.findChild<QStackedWidget*>(u"areaPages"_s);
        const QStringList internals{u"QTableCornerButton"_s, u"QLineEditIconButton"_s};
        QStringList problems;
        for (int area = 0; area < pages->count(); ++area) {
            QWidget* page = pages->widget(area);
            QList<QWidget*> controls;
            for (QAbstractButton* button : page->findChildren<QAbstractButton*>())
                controls.append(button);
            for (QLineEdit* edit : page->findChildren<QLineEdit*>())
                controls.append(edit);
            for (QWidget* control : controls) {
                // Qt's own parts with a keyboard way of their own: a tab bar's scroll arrows
                // (the tab bar takes the arrow keys), a table's corner (Ctrl+A), a line
                // edit's clear button (Ctrl+A, Delete).
                if (qobject_cast<QTabBar*>(control->parentWidget()) ||
                    internals.contains(QLatin1String(control->metaObject()->className())))
                    continue;
                const QString name =
                    page->objectName() + u'/' + ViewStateKeeper::keyFor(control).section(u'/', -2);
                if (!(control->focusPolicy() & Qt::TabFocus))
                    problems << name + u": not reachable by Tab"_s;
                auto* button = qobject_cast<QAbstractButton*>(control);
                if (button && button->text().isEmpty() && button->accessibleName().isEmpty())
                    problems << name + u": a button without text or accessible name"_s;
            }
            // Charts and the Wall's tiles say nothing to a screen reader but their name.
            for (QWidget* widget : page->findChildren<QWidget*>())
                if ((ExportMenu::isChart(widget) || widget->objectName() == u"wallTile") &&
                    widget->accessibleName().isEmpty())
                    problems << page->objectName() + u'/' + ViewStateKeeper::keyFor(widget) +
                                    u": a chart or tile without an accessible name"_s;
        }
        if (!problems.isEmpty())
            qWarning("%s", qPrintable(problems.join(u'\n')));
        QVERIFY2(problems.isEmpty(), "controls out of the keyboard's reach or unnamed (above)");
    }

    // Tab walks each area as it reads (fields, then the buttons under them, then the table),
    // not in the order the widgets were made.
    void tabFollowsTheLayout()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* pages = window.findChild<QStackedWidget*>(u"areaPages"_s);
        for (int area = 0; area < pages->count(); ++area) {
            QWidget* page = pages->widget(area);
            const QList<QWidget*> expected = TabOrder::inLayoutOrder(page);
            QVERIFY(expected.size() > 2);
            QList<QWidget*> chain;
            for (QWidget* w = page->nextInFocusChain(); w != page; w = w->nextInFocusChain())
                if (expected.contains(w) && !chain.contains(w))
                    chain.append(w);
            QCOMPARE(chain, expected);
        }
        auto* deliveries = window.findChild<QWidget*>(u"deliveriesPage"_s);
        const QList<QWidget*> order = TabOrder::inLayoutOrder(deliveries);
        QVERIFY(order.indexOf(deliveries->findChild<QWidget*>(u"merchantEdit"_s)) <
                order.indexOf(deliveries->findChild<QWidget*>(u"previousPageButton"_s)));
        QVERIFY(order.indexOf(deliveries->findChild<QWidget*>(u"previousPageButton"_s)) <
                order.indexOf(deliveries->findChild<QWidget*>(u"deliverySearchTable"_s)));
    }

    void theEnginesTileOpensFromTheKeyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* panel = window.findChild<EnginesPanel*>();
        QVERIFY(panel);
        QVERIFY(panel->tile()->focusPolicy() & Qt::TabFocus);
        const bool shown = panel->isVisible();
        QTest::keyClick(panel->tile(), Qt::Key_Return);
        QCOMPARE(panel->isVisible(), !shown);
        QTest::keyClick(panel->tile(), Qt::Key_Space);
        QCOMPARE(panel->isVisible(), shown);
    }

    // Like CSS :focus-visible: the ring marks focus the keyboard moved, not the window's
    // first focus (wall mode used to open with a ring on this tile) nor a click's.
    void theEnginesTileShowsARingOnlyForKeyboardFocus()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QWidget* tile = window.findChild<EnginesPanel*>()->tile();
        tile->setFocus(Qt::ActiveWindowFocusReason);
        QVERIFY(tile->hasFocus());
        QVERIFY2(!tile->styleSheet().contains(u"highlight"_s), qPrintable(tile->styleSheet()));
        tile->clearFocus();
        tile->setFocus(Qt::TabFocusReason);
        QVERIFY2(tile->styleSheet().contains(u"highlight"_s), qPrintable(tile->styleSheet()));
        tile->clearFocus();
        QVERIFY(!tile->styleSheet().contains(u"highlight"_s));
    }

    // A 1920 × 1080 screen at 200 % is 960 × 540: the console must fit in it (each area
    // scrolls or wraps rather than pushing the window wider).
    void theWindowFitsAFullHdScreenAt200Percent()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 960 && minimum.height() <= 540,
                 qPrintable(u"%1 x %2"_s.arg(minimum.width()).arg(minimum.height())));
    }

private:
    std::unique_ptr<IsolatedSettings> m_settings;
    std::unique_ptr<TestStore> m_store;
};

QTEST_MAIN(TestConsoleComfort)
#include "tst_console_comfort.moc"
