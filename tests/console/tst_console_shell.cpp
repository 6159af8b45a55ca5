#include "ConnectionDialog.h"
#include "IsolatedSettings.h"
#include "MainWindow.h"
#include "StoreOverviewModel.h"
#include "TestStore.h"
#include "store/Dsn.h"
#include "store/PgConnection.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

QString labelText(QWidget* window, const QString& name)
{
    auto* label = window->findChild<QLabel*>(name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}

QString stateOf(QWidget* window)
{
    return labelText(window, u"connectionStateLabel"_s);
}

} // namespace

class TestConsoleShell : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_settings.emplace(u"payops-console-test"_s);
        QVERIFY(m_settings->isValid());
        m_store = std::make_unique<TestStore>(u"console"_s);
    }

    void cleanupTestCase() { m_store.reset(); }

    void statusBarShowsStoreRoleAndConnection()
    {
        MainWindow window;
        window.show();
        window.openStore(m_store->dsnAs(u"operator"_s) + u" password=s3cr3t"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(&window), u"Connected"_s, 20000);
        QCOMPARE(labelText(&window, u"roleLabel"_s), u"Role: operator"_s);
        const QString store = labelText(&window, u"storeLabel"_s);
        QVERIFY2(store.contains(u"operator@") && store.contains(m_store->database()),
                 qPrintable(store));
        QVERIFY2(!store.contains(u"s3cr3t") && !window.windowTitle().contains(u"s3cr3t"),
                 qPrintable(store));
        QVERIFY(window.findChild<QWidget*>(u"storeBanner"_s)->isHidden());
    }

    void overviewShowsTheStoresEvents()
    {
        MainWindow window;
        window.show();
        window.openStore(m_store->dsnAs(u"viewer"_s));
        StoreOverviewModel* overview = window.overviewModel();
        QTRY_VERIFY_WITH_TIMEOUT(overview->hasData(), 20000);
        QVERIFY2(overview->error().isEmpty(), qPrintable(overview->error()));
        // The newest migration's number (it once sorted as text: 9 above 15).
        PgConnection store = PgConnection::open(m_store->dsnAs(u"viewer"_s));
        QCOMPARE(
            overview->schemaVersion(),
            store.exec(u"SELECT max(version) FROM payops.schema_migrations"_s).value(0, 0).toInt());
        const qint64 before =
            count(overview, StoreOverviewModel::Captured, StoreOverviewModel::LastHourColumn);

        insertEvents();

        QTRY_COMPARE_WITH_TIMEOUT(
            count(overview, StoreOverviewModel::Captured, StoreOverviewModel::LastHourColumn),
            before + 3, 15000);
        QCOMPARE(count(overview, StoreOverviewModel::Captured, StoreOverviewModel::LastDayColumn),
                 before + 5);
        QCOMPARE(count(overview, StoreOverviewModel::Failed, StoreOverviewModel::LastHourColumn),
                 1);
        QCOMPARE(overview
                     ->data(overview->index(StoreOverviewModel::AllEvents,
                                            StoreOverviewModel::LastDayColumn))
                     .toString(),
                 QString::number(before + 6));
        const QString summary = labelText(&window, u"overviewSummary"_s);
        QVERIFY2(summary.contains(u"Schema version"), qPrintable(summary));
    }

    void areasNavigate()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* pages = window.findChild<QStackedWidget*>(u"areaPages"_s);
        QCOMPARE(pages->currentWidget()->objectName(), u"wallPage"_s);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), ConsoleArea::Deliveries);
        QCOMPARE(pages->currentWidget()->objectName(), u"deliveriesPage"_s);
        QVERIFY(labelText(pages->currentWidget(), u"description"_s).contains(u"Webhook"));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget()->objectName(), u"rulesPage"_s);
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(pages->currentWidget()->objectName(), u"cashbackPage"_s);
        auto* navigation = window.findChild<QListWidget*>(u"areaNavigation"_s);
        QCOMPARE(navigation->currentRow(), 3);
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Home);
        QCOMPARE(window.currentArea(), ConsoleArea::Wall);
        QCOMPARE(pages->currentWidget()->objectName(), u"wallPage"_s);
    }

    void windowGeometryIsRestored()
    {
        {
            MainWindow window;
            window.show();
            window.resize(913, 611);
            QTRY_COMPARE(window.size(), QSize(913, 611));
            window.close();
        }
        MainWindow again;
        again.show();
        QCOMPARE(again.size(), QSize(913, 611));
    }

    void connectionDialogRefusesMalformedAndForgetsPassword()
    {
        QSettings().remove(u"store/dsn"_s);
        ConnectionDialog dialog(m_store->dsnAs(u"viewer"_s));
        dialog.show();
        auto* dsn = dialog.findChild<QLineEdit*>(u"dsnEdit"_s);
        auto* password = dialog.findChild<QLineEdit*>(u"passwordEdit"_s);
        auto* problem = dialog.findChild<QLabel*>(u"dsnProblem"_s);
        QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QVERIFY(problem->isHidden());

        dsn->setText(u"host=db1 user"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains(u"user"), qPrintable(problem->text()));
        // libpq quotes a URI it cannot read, password and all: the dialog shows it masked.
        dsn->setText(u"postgresql://ops:s3cr3t@[db1/pay"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY2(problem->text().contains(u"IPv6 host address") &&
                     problem->text().contains(u"ops:***@") && !problem->text().contains(u"s3cr3t"),
                 qPrintable(problem->text()));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!QSettings().contains(u"store/dsn"_s));

        dsn->setText(u"postgresql://operator@db1:5433/pay"_s);
        password->setText(u"s3cr3t"_s);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.conninfo().contains(u"password=s3cr3t"));
        const QString remembered = QSettings().value(u"store/dsn"_s).toString();
        QVERIFY2(remembered.contains(u"user=operator") && remembered.contains(u"host=db1"),
                 qPrintable(remembered));
        QVERIFY(!remembered.contains(u"s3cr3t"));
        QSettings().sync();
        QFile file(QSettings().fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QVERIFY(!file.readAll().contains("s3cr3t"));
    }

    // "Read from": a replica's connection string, checked like the store's, with the same
    // password, remembered without it; empty reads from the store.
    void connectionDialogTakesAReadStore()
    {
        QSettings().remove(u"store/readDsn"_s);
        ConnectionDialog dialog(m_store->dsnAs(u"viewer"_s), nullptr,
                                u"host=replica1 user=viewer"_s);
        dialog.show();
        auto* read = dialog.findChild<QLineEdit*>(u"readDsnEdit"_s);
        auto* password = dialog.findChild<QLineEdit*>(u"passwordEdit"_s);
        auto* problem = dialog.findChild<QLabel*>(u"readDsnProblem"_s);
        QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QCOMPARE(read->text(), u"host=replica1 user=viewer"_s);
        QVERIFY(ok->isEnabled());

        read->setText(u"host=replica1 user"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY2(problem->text().startsWith(u"Read from:"), qPrintable(problem->text()));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        read->setText(u"host=replica2 dbname=payops user=viewer"_s);
        password->setText(u"s3cr3t"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.readConninfo().contains(u"host=replica2"));
        QVERIFY(dialog.readConninfo().contains(u"password=s3cr3t"));
        const QString remembered = QSettings().value(u"store/readDsn"_s).toString();
        QVERIFY2(remembered.contains(u"host=replica2"), qPrintable(remembered));
        QVERIFY(!remembered.contains(u"s3cr3t"));

        read->clear();
        QVERIFY(dialog.readConninfo().isEmpty());
    }

    void unknownRoleIsRefused()
    {
        MainWindow window;
        window.show();
        window.openStore(m_store->dsnAs(u"ghost"_s));
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(&window).startsWith(u"Refused: "), 20000);
        QVERIFY2(stateOf(&window).contains(u"ghost"), qPrintable(stateOf(&window)));
        QVERIFY(!window.findChild<QWidget*>(u"storeBanner"_s)->isHidden());
    }

    void screenshotOfTheRealProgram()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"console.png"_s);
        const Run run = runConsole(dir, {u"--screenshot"_s, png});
        QVERIFY2(run.status == 0, qPrintable(run.errors));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() >= 800 && image.height() >= 500,
                 qPrintable(u"%1x%2"_s.arg(image.width()).arg(image.height())));
        QVERIFY(QFileInfo(png).size() > 10000);
    }

    // --step: the picture of a dialog that only a click opens, of one widget, or a refusal
    // that names the step.
    void screenshotStepsOpenADialogAndGrabIt()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"editor.png"_s);
        const Run run = runConsole(dir, {u"--screenshot"_s, png, u"--area"_s, u"rules"_s,
                                         u"--step"_s, u"select:rulesTable=1"_s, u"--step"_s,
                                         u"click:openRule"_s, u"--step"_s, u"grab:ruleEditor"_s});
        QVERIFY2(run.status == 0, qPrintable(run.errors));
        const QImage editor(png);
        QVERIFY(!editor.isNull());
        QVERIFY2(editor.size() != QSize(1200, 760), "the main window, not the rule editor");

        const QString tiles = dir.filePath(u"tiles.png"_s);
        QCOMPARE(
            runConsole(dir, {u"--screenshot"_s, tiles, u"--step"_s, u"grab:wallTiles"_s}).status,
            0);
        const QImage bar(tiles);
        QVERIFY2(bar.width() > 400 && bar.height() < 200,
                 qPrintable(u"%1x%2"_s.arg(bar.width()).arg(bar.height())));
    }

    void screenshotStepsRefused()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"refused.png"_s);
        const Run malformed =
            runConsole(dir, {u"--screenshot"_s, png, u"--step"_s, u"tab:rulesDowntimesTabs"_s});
        QCOMPARE(malformed.status, 2);
        QVERIFY2(malformed.errors.contains(u"--step tab:rulesDowntimesTabs: tab needs =N"_s),
                 qPrintable(malformed.errors));
        QVERIFY(!QFile::exists(png));

        const Run missing =
            runConsole(dir, {u"--screenshot"_s, png, u"--step"_s, u"click:noSuchButton"_s});
        QCOMPARE(missing.status, 1);
        QVERIFY2(missing.errors.contains(u"no widget named “noSuchButton”"_s),
                 qPrintable(missing.errors));

        const Run notOnOrOff =
            runConsole(dir, {u"--screenshot"_s, png, u"--step"_s, u"set:overviewToggle=yes"_s});
        QCOMPARE(notOnOrOff.status, 1);
        QVERIFY2(notOnOrOff.errors.contains(
                     u"--step set:overviewToggle=yes: a check box is set on or off, not “yes”"_s),
                 qPrintable(notOnOrOff.errors));

        const Run noPicture = runConsole(dir, {u"--step"_s, u"click:openRule"_s});
        QCOMPARE(noPicture.status, 2);
        QVERIFY2(noPicture.errors.contains(u"--step needs --screenshot"_s),
                 qPrintable(noPicture.errors));
    }

    // A connection string libpq cannot read is refused at the start, naming where it came
    // from, without its password; it would otherwise be an outage the console never leaves.
    void malformedStoresAreRefusedAtTheStart_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("source");
        const QString bad = u"postgresql://ops:secret@[bad"_s;
        QTest::newRow("--read-dsn")
            << QStringList{u"--read-dsn"_s, bad} << QString() << u"--read-dsn"_s;
        QTest::newRow("PAYOPS_READ_DSN")
            << QStringList{} << u"PAYOPS_READ_DSN"_s << u"PAYOPS_READ_DSN"_s;
        QTest::newRow("--dsn") << QStringList{u"--dsn"_s, bad} << QString() << u"--dsn"_s;
        QTest::newRow("key=value")
            << QStringList{u"--read-dsn"_s, u"host=db1 password=secret user"_s} << QString()
            << u"--read-dsn"_s;
    }
    void malformedStoresAreRefusedAtTheStart()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, variable);
        QFETCH(QString, source);
        QTemporaryDir dir;
        const Run run = runConsole(dir, arguments, {{variable, u"postgresql://ops:secret@[bad"_s}});
        QCOMPARE(run.status, 2);
        QVERIFY2(
            run.errors.contains(u"payops-console: %1: not a connection string: "_s.arg(source)),
            qPrintable(run.errors));
        QVERIFY2(!run.errors.contains(u"secret"_s), qPrintable(run.errors));
    }

private:
    struct Run
    {
        int status = -1;
        QString errors;
    };

    // The real payops-console as viewer, offscreen, with its settings in dir.
    // A later --dsn in arguments wins; variables with an empty name are not set.
    Run runConsole(const QTemporaryDir& dir, QStringList arguments,
                   const QList<std::pair<QString, QString>>& variables = {})
    {
        QProcess console;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, dir.path());
        environment.remove(u"PAYOPS_READ_DSN"_s);
        for (const auto& [name, value] : variables) {
            if (!name.isEmpty())
                environment.insert(name, value);
        }
        console.setProcessEnvironment(environment);
        arguments.prepend(m_store->dsnAs(u"viewer"_s));
        arguments.prepend(u"--dsn"_s);
        console.start(QStringLiteral(PAYOPS_CONSOLE_BIN), arguments);
        if (!console.waitForFinished(60000) || console.exitStatus() != QProcess::NormalExit)
            return {-1, u"did not finish"_s};
        return {console.exitCode(), QString::fromUtf8(console.readAllStandardError())};
    }

    static qint64 count(StoreOverviewModel* model, int row, int column)
    {
        return model->data(model->index(row, column), StoreOverviewModel::CountRole).toLongLong();
    }

    void insertEvents()
    {
        PgConnection engine = PgConnection::open(m_store->dsnAs(u"engine"_s));
        engine.exec(u"SELECT payops.ensure_payment_event_partitions(now() - interval '2 days', "
                    u"now() + interval '1 day')"_s);
        const QString insert = u"INSERT INTO payops.payment_events "
                               u"(id, payment_id, merchant_id, status, method, amount, currency, "
                               u"occurred_at) VALUES ($1, $1, 'm-1', $2, 'card', 1000, 'EUR', "
                               u"now() - $3::interval)"_s;
        const QList<QVariantList> events{
            {u"ev-1"_s, u"captured"_s, u"10 minutes"_s}, {u"ev-2"_s, u"captured"_s, u"5 minutes"_s},
            {u"ev-3"_s, u"captured"_s, u"1 minute"_s},   {u"ev-4"_s, u"failed"_s, u"2 minutes"_s},
            {u"ev-5"_s, u"captured"_s, u"3 hours"_s},    {u"ev-6"_s, u"captured"_s, u"20 hours"_s},
        };
        for (const QVariantList& event : events)
            engine.exec(insert, event);
        engine.exec(u"NOTIFY payops_events, 'ingested:6'"_s);
    }

    std::optional<IsolatedSettings> m_settings;
    std::unique_ptr<TestStore> m_store;
};

QTEST_MAIN(TestConsoleShell)
#include "tst_console_shell.moc"
