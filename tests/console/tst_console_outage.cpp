#include "DeliveriesPage.h"
#include "DeliverySearchModel.h"
#include "DisplayFormat.h"
#include "EventLoopWatchdog.h"
#include "IsolatedSettings.h"
#include "MainWindow.h"
#include "PrivateCluster.h"
#include "StoreBanner.h"
#include "WallCohortsModel.h"
#include "WallFixture.h"
#include "WallPage.h"
#include "store/Dsn.h"
#include "store/PgConnection.h"
#include "store/PgResult.h"
#include "store/StoreClient.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// What counts as the console's event loop blocked while the store is away, slow or refusing:
// waiting on the store in the GUI thread stalls it for the whole wait (the slow store's lock
// is held 3.6 s), drawing a page never comes near it, even on a loaded machine. A detector of
// blocking, not a measure of speed (that is bench/'s): the stalls measured are only reported.
constexpr qint64 BlockedMs = 2000;

QString stateOf(QWidget* window)
{
    auto* label = window->findChild<QLabel*>(u"connectionStateLabel"_s);
    return label ? label->text() : u"<no state label>"_s;
}

StoreBanner* bannerOf(QWidget* page)
{
    return page->findChild<StoreBanner*>(u"storeBanner"_s);
}

// Every text a user can read in the window: labels, fields, the title, tooltips.
QStringList textsOn(QWidget* window)
{
    QStringList texts{window->windowTitle()};
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        texts << widget->toolTip() << widget->accessibleName();
        if (auto* label = qobject_cast<QLabel*>(widget))
            texts << label->text();
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            texts << edit->text();
    }
    return texts;
}

} // namespace

// The console while the store is stopped, slow or refusing the login: the GUI thread never
// waits (a watchdog on another thread measures the event loop), the status bar and a banner
// over each page's stale data say what is going on, and the console recovers by itself. This
// test stops and reconfigures a store, so it runs a cluster of its own.
class TestConsoleOutage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_settings.emplace(u"payops-console-outage"_s);
        QVERIFY(m_settings->isValid());
        QVERIFY(m_cluster.create());
        m_wall.emplace(u"outage"_s);
        m_wall->seedStandard();
        seedDeliveries();
    }

    void cleanupTestCase() { m_wall.reset(); }

    void watchdogSeesABlockedLoop()
    {
        EventLoopWatchdog watchdog;
        QTest::qWait(50);
        QVERIFY2(watchdog.longestStallMs() < BlockedMs, qPrintable(stallText(watchdog)));
        QThread::msleep(3000); // what a GUI thread waiting on the store would do
        QTest::qWait(20);
        QVERIFY2(watchdog.longestStallMs() >= BlockedMs, qPrintable(stallText(watchdog)));
    }

    void storeStoppedAndRestarted()
    {
        MainWindow window;
        window.show();
        auto* wall = window.findChild<WallPage*>();
        auto* deliveries = window.findChild<DeliveriesPage*>();
        connectAndLoad(window, u"viewer"_s);
        const int charts = wall->visibleCharts().size();
        QVERIFY(charts > 0);

        QList<qint64> delays; // until each next attempt, as the status bar counts them down
        connect(window.storeClient(), &StoreClient::stateChanged, this,
                [&delays](const ConnectionState& state) {
                    if (state.kind == ConnectionState::Reconnecting)
                        delays << QDateTime::currentDateTimeUtc().msecsTo(state.retryAt);
                });
        EventLoopWatchdog watchdog;
        QVERIFY(m_cluster.stop());
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(&window).startsWith(u"Reconnecting"), 10'000);
        // Over the stale charts: how old they are and when the next attempt comes.
        StoreBanner* wallBanner = bannerOf(wall);
        QTRY_VERIFY(wallBanner->isVisible());
        const QString asOf = u"Data as of %1 — store unreachable, retrying"_s.arg(
            DisplayFormat::timeOfDay(wall->cohortsModel()->loadedAt()));
        QVERIFY2(wallBanner->text().startsWith(asOf), qPrintable(wallBanner->text()));
        QCOMPARE(wall->visibleCharts().size(), charts);

        // Backoff: the attempts come further and further apart.
        QTRY_VERIFY_WITH_TIMEOUT(delays.size() >= 4, 20'000);
        QVERIFY2(delays.last() > delays.first(), qPrintable(delaysText(delays)));
        QVERIFY2(stateOf(&window).startsWith(u"Reconnecting"), qPrintable(stateOf(&window)));

        // The rest of the console works: another page, with its own banner over its rows.
        window.showArea(ConsoleArea::Deliveries);
        QCOMPARE(window.currentArea(), ConsoleArea::Deliveries);
        QTRY_VERIFY(bannerOf(deliveries)->isVisible());
        QVERIFY2(bannerOf(deliveries)->text().startsWith(u"Data as of "),
                 qPrintable(bannerOf(deliveries)->text()));
        QVERIFY(deliveries->model()->rowCount() > 0);
        auto* merchant = deliveries->findChild<QLineEdit*>(u"merchantEdit"_s);
        QTest::keyClicks(merchant, u"merchant_o"_s);
        QCOMPARE(merchant->text(), u"merchant_o"_s);
        merchant->clear();
        const qint64 downStall = watchdog.longestStallMs();

        watchdog.reset();
        QVERIFY(m_cluster.start());
        const QDateTime restarted = QDateTime::currentDateTime();
        addDelivery(u"evt_after_restart"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(&window), u"Connected"_s, 30'000);
        QTRY_VERIFY(bannerOf(deliveries)->isHidden());
        QVERIFY(wallBanner->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(shows(deliveries, u"evt_after_restart"_s), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(wall->cohortsModel()->loadedAt() >= restarted, 10'000);
        QCOMPARE(wall->visibleCharts().size(), charts);
        const qint64 upStall = watchdog.longestStallMs();
        qInfo("store stopped: longest event-loop stall %lld ms while down, %lld ms while "
              "coming back; attempts %s",
              downStall, upStall, qPrintable(delaysText(delays)));
        QVERIFY2(downStall < BlockedMs, qPrintable(u"%1 ms"_s.arg(downStall)));
        QVERIFY2(upStall < BlockedMs, qPrintable(u"%1 ms"_s.arg(upStall)));
    }

    // A lock held on what the Wall reads: the query waits in the store (a 30 s hold waits
    // 30 s the same way: nothing times out, and nothing of it happens on the GUI thread).
    void slowStore()
    {
        MainWindow window;
        window.show();
        auto* wall = window.findChild<WallPage*>();
        auto* deliveries = window.findChild<DeliveriesPage*>();
        window.storeClient()->setWaitThreshold(1s);
        connectAndLoad(window, u"viewer"_s);

        // Taking the lock waits for a Wall query that is running, if any: not the console's wait.
        PgConnection locker = PgConnection::open(m_wall->store().ownerDsn());
        locker.exec(u"BEGIN"_s);
        locker.exec(u"LOCK TABLE payops.sr_windows IN ACCESS EXCLUSIVE MODE"_s);
        EventLoopWatchdog watchdog;
        const QDateTime locked = QDateTime::currentDateTime();
        wall->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(&window).contains(u"waiting on the store"), 5'000);
        QTRY_VERIFY(bannerOf(wall)->isVisible());
        QVERIFY2(bannerOf(wall)->text().contains(u"kept this page waiting"),
                 qPrintable(bannerOf(wall)->text()));

        // Meanwhile the console is the user's: pages switch, fields take typing, searches
        // are asked (and answered once the store lets go).
        window.showArea(ConsoleArea::Deliveries);
        QCOMPARE(window.currentArea(), ConsoleArea::Deliveries);
        auto* event = deliveries->findChild<QLineEdit*>(u"eventEdit"_s);
        QTest::keyClicks(event, u"evt_o_1"_s);
        QCOMPARE(event->text(), u"evt_o_1"_s);
        deliveries->search();
        QVERIFY2(deliveries->findChild<QLabel*>(u"pageLabel"_s)->text().contains(u"loading"),
                 qPrintable(deliveries->findChild<QLabel*>(u"pageLabel"_s)->text()));
        const QDateTime loadedBefore = wall->cohortsModel()->loadedAt();
        QTest::qWait(2500);
        QVERIFY2(stateOf(&window).contains(u"waiting on the store"), qPrintable(stateOf(&window)));
        QCOMPARE(wall->cohortsModel()->loadedAt(), loadedBefore);

        locker.exec(u"ROLLBACK"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(&window), u"Connected"_s, 10'000);
        QTRY_VERIFY(wall->cohortsModel()->loadedAt() > locked);
        QVERIFY(bannerOf(wall)->isHidden());
        QTRY_COMPARE(deliveries->model()->rowCount(), 1);
        QCOMPARE(deliveries->model()->delivery(0).eventId, u"evt_o_1"_s);
        const qint64 stall = watchdog.longestStallMs();
        qInfo("slow store (lock held %lld ms): longest event-loop stall %lld ms",
              locked.msecsTo(QDateTime::currentDateTime()), stall);
        QVERIFY2(stall < BlockedMs, qPrintable(u"%1 ms"_s.arg(stall)));
    }

    void refusedThenRestored_data()
    {
        QTest::addColumn<QString>("refuse");
        QTest::addColumn<QString>("restore");
        QTest::addColumn<QString>("reason");
        // Whether the user presses the banner's "Retry now" instead of waiting for the console
        // to ask again by itself (every 30 s after a refusal; 1.5 s in the other rows).
        QTest::addColumn<bool>("retryByHand");
        QTest::newRow("connect revoked")
            << u"REVOKE CONNECT ON DATABASE t_outage FROM PUBLIC"_s
            << u"GRANT CONNECT ON DATABASE t_outage TO PUBLIC"_s
            << u"permission denied for database \"t_outage\""_s << true;
        QTest::newRow("login taken away")
            << u"ALTER ROLE outage_user NOLOGIN"_s << u"ALTER ROLE outage_user LOGIN"_s
            << u"not permitted to log in"_s << false;
        QTest::newRow("password changed")
            << u"ALTER ROLE outage_user PASSWORD 'another-one'"_s
            << u"ALTER ROLE outage_user PASSWORD 'pa55-w0rd-x'"_s
            << u"password authentication failed for user \"outage_user\""_s << false;
    }

    void refusedThenRestored()
    {
        QFETCH(QString, refuse);
        QFETCH(QString, restore);
        QFETCH(QString, reason);
        QFETCH(bool, retryByHand);
        const QString password = u"pa55-w0rd-x"_s;
        requirePasswordFor(u"outage_user"_s, password);

        MainWindow window;
        window.show();
        if (!retryByHand)
            window.storeClient()->setRefusalRetry(1500ms);
        auto* wall = window.findChild<WallPage*>();
        connectAndLoad(window, u"outage_user"_s, password);

        EventLoopWatchdog watchdog;
        PgConnection owner = PgConnection::open(Dsn::embedded(u"payops"_s));
        owner.exec(refuse);
        owner.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                   u"WHERE usename = 'outage_user'"_s);
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(&window).startsWith(u"Refused: "), 15'000);
        QVERIFY2(stateOf(&window).contains(reason), qPrintable(stateOf(&window)));
        QTRY_VERIFY(bannerOf(wall)->isVisible());
        QVERIFY2(bannerOf(wall)->text().contains(u"refuses this login"),
                 qPrintable(bannerOf(wall)->text()));
        QVERIFY(!wall->visibleCharts().isEmpty());
        for (const QString& text : textsOn(&window))
            QVERIFY2(!text.contains(password), qPrintable(text));
        const qint64 refusedStall = watchdog.longestStallMs();

        owner.exec(restore);
        if (retryByHand) {
            QTest::qWait(500);
            QVERIFY(stateOf(&window).startsWith(u"Refused: "));
            QTest::mouseClick(bannerOf(wall)->findChild<QPushButton*>(u"bannerRetry"_s),
                              Qt::LeftButton);
        }
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(&window), u"Connected"_s, retryByHand ? 5'000 : 15'000);
        QVERIFY(bannerOf(wall)->isHidden());
        const QDateTime back = QDateTime::currentDateTime();
        QTRY_VERIFY_WITH_TIMEOUT(wall->cohortsModel()->loadedAt() >= back.addSecs(-1), 15'000);
        const qint64 stall = std::max(refusedStall, watchdog.longestStallMs());
        qInfo("refused (%s): longest event-loop stall %lld ms", QTest::currentDataTag(), stall);
        QVERIFY2(stall < BlockedMs, qPrintable(u"%1 ms"_s.arg(stall)));
    }

private:
    void connectAndLoad(MainWindow& window, const QString& login, const QString& password = {})
    {
        QString dsn = m_wall->store().dsnAs(login);
        if (!password.isEmpty())
            dsn += u" password="_s + password;
        window.openStore(dsn);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(&window), u"Connected"_s, 20'000);
        auto* wall = window.findChild<WallPage*>();
        auto* deliveries = window.findChild<DeliveriesPage*>();
        QTRY_VERIFY_WITH_TIMEOUT(!wall->visibleCharts().isEmpty(), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(deliveries->model()->rowCount() > 0, 20'000);
        QVERIFY(bannerOf(wall)->isHidden());
        QVERIFY(bannerOf(deliveries)->isHidden());
    }

    // A login of the viewer group that must give its password (scram), unlike the cluster's
    // other logins (trust): the rule goes first in pg_hba.conf.
    void requirePasswordFor(const QString& login, const QString& password)
    {
        if (m_passwordRole)
            return;
        PgConnection owner = PgConnection::open(Dsn::embedded(u"payops"_s));
        owner.exec(u"CREATE ROLE %1 LOGIN IN ROLE payops_viewer"_s.arg(login));
        owner.exec(u"ALTER ROLE %1 PASSWORD '%2'"_s.arg(login, password));
        const QString hbaPath = owner.exec(u"SHOW hba_file"_s).text(0, 0);
        QFile hba(hbaPath);
        QVERIFY2(hba.open(QIODevice::ReadOnly), qPrintable(hbaPath));
        const QByteArray rules = hba.readAll();
        hba.close();
        QVERIFY2(hba.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(hbaPath));
        hba.write("local all " + login.toUtf8() + " scram-sha-256\n" + rules);
        hba.close();
        owner.exec(u"SELECT pg_reload_conf()"_s);
        m_passwordRole = true;
    }

    void seedDeliveries()
    {
        PgConnection admin = PgConnection::open(m_wall->store().dsnAs(u"admin"_s));
        m_endpoint = admin
                         .exec(u"SELECT payops.save_endpoint(NULL, 'merchant_o', "
                               u"'https://o.example/hooks', '{}', $1, 'test')"_s,
                               {u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s})
                         .value(0, 0)
                         .toLongLong();
        for (int i = 0; i < 5; ++i)
            addDelivery(u"evt_o_%1"_s.arg(i));
    }

    void addDelivery(const QString& eventId)
    {
        PgConnection owner = PgConnection::open(m_wall->store().ownerDsn());
        owner.exec(u"INSERT INTO payops.webhook_events (id, type, merchant_id, payment_id, "
                   u"payload) VALUES ($1, 'payment.captured', 'merchant_o', $1, '{}')"_s,
                   {eventId});
        owner.exec(u"INSERT INTO payops.deliveries (event_id, endpoint_id, state, "
                   u"next_attempt_at) VALUES ($1, $2, 'pending', now() + interval '1 hour')"_s,
                   {eventId, m_endpoint});
        owner.exec(u"SELECT pg_notify('payops_deliveries', '')"_s);
    }

    static bool shows(DeliveriesPage* page, const QString& eventId)
    {
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            if (page->model()->delivery(row).eventId == eventId)
                return true;
        }
        return false;
    }

    static QString stallText(const EventLoopWatchdog& watchdog)
    {
        return u"longest stall %1 ms over %2 beats"_s.arg(watchdog.longestStallMs())
            .arg(watchdog.beats());
    }

    static QString delaysText(const QList<qint64>& delays)
    {
        QStringList parts;
        for (qint64 delay : delays)
            parts << u"%1 ms"_s.arg(delay);
        return parts.join(u", "_s);
    }

    std::optional<IsolatedSettings> m_settings;
    PrivateCluster m_cluster;
    std::optional<WallFixture> m_wall;
    qint64 m_endpoint = 0;
    bool m_passwordRole = false;
};

QTEST_MAIN(TestConsoleOutage)
#include "tst_console_outage.moc"
