#include "ConnectionStatusWidget.h"
#include "StoreBanner.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectionStatus : public QObject
{
    Q_OBJECT
private slots:
    void countsTheReconnectionDown()
    {
        ConnectionStatusWidget status;
        ConnectionState state;
        state.kind = ConnectionState::Reconnecting;
        state.reason =
            u"connection to server on socket \"/x/.s.PGSQL.5432\" failed: No such file"_s;
        state.retryAt = QDateTime::currentDateTime().addMSecs(3500);
        status.setState(state);
        auto* label = status.findChild<QLabel*>(u"connectionStateLabel"_s);
        QCOMPARE(label->text(), u"Reconnecting in 4 s"_s);
        QCOMPARE(label->toolTip(), state.reason);
        QTRY_COMPARE_WITH_TIMEOUT(label->text(), u"Reconnecting in 3 s"_s, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(label->text(), u"Reconnecting…"_s, 6000);
    }

    void refusalShowsTheServersReason()
    {
        ConnectionStatusWidget status;
        ConnectionState state;
        state.kind = ConnectionState::Refused;
        state.reason = u"connection to server on socket \"/x/.s.PGSQL.5432\" failed: FATAL:  "
                       u"password authentication failed for user \"ops\""_s;
        status.setState(state);
        QCOMPARE(status.findChild<QLabel*>(u"connectionStateLabel"_s)->text(),
                 u"Refused: password authentication failed for user \"ops\""_s);
    }

    // With --read-dsn, a replica out of reach is named as such: actions still go to the primary.
    void aDownReadStoreIsNamed()
    {
        ConnectionState state;
        state.kind = ConnectionState::Reconnecting;
        state.readStoreDown = true;
        state.server = u"primary.example.com"_s;
        state.readServer = u"replica.example.com"_s;
        state.retryAt = QDateTime::currentDateTimeUtc().addMSecs(7500);
        ConnectionStatusWidget status;
        status.setState(state);
        QCOMPARE(status.findChild<QLabel*>(u"connectionStateLabel"_s)->text(),
                 u"Read store unreachable, reconnecting in 8 s"_s);
        StoreBanner banner(nullptr);
        banner.setState(state);
        banner.setDataTime(QDateTime(QDate::currentDate(), QTime(9, 41, 7)));
        QCOMPARE(banner.text(),
                 u"Data as of 09:41:07 — the read store replica.example.com is out of reach, "
                 u"retrying in 8 s; operator actions still go to primary.example.com"_s);
    }

    void roleSaysWhatTheUserMayDo()
    {
        ConnectionStatusWidget status;
        ConnectionState state;
        state.kind = ConnectionState::Connected;
        state.role = u"viewer"_s;
        state.server = u"viewer@db1:5432/payops"_s;
        status.setState(state);
        auto* role = status.findChild<QLabel*>(u"roleLabel"_s);
        QCOMPARE(role->text(), u"Role: viewer"_s);
        QVERIFY(role->toolTip().contains(u"change nothing"));
        QCOMPARE(status.findChild<QLabel*>(u"storeLabel"_s)->text(),
                 u"Store: viewer@db1:5432/payops"_s);
        state.role.clear();
        status.setState(state);
        QCOMPARE(role->text(), u"Role: none"_s);

        state.role = u"viewer"_s;
        status.setState(state);
        state.kind = ConnectionState::Reconnecting;
        status.setState(state);
        QCOMPARE(role->text(), u"Role: viewer"_s);
        state.kind = ConnectionState::Refused;
        state.role.clear();
        status.setState(state);
        QCOMPARE(role->text(), u"Role: —"_s);
    }

    void bannerTellsHowOldTheDataIs()
    {
        StoreBanner banner(nullptr);
        ConnectionState state;
        state.kind = ConnectionState::Connected;
        banner.setState(state);
        QVERIFY(banner.isHidden());
        state.kind = ConnectionState::Reconnecting;
        state.retryAt = QDateTime::currentDateTimeUtc().addMSecs(7500);
        banner.setState(state);
        QVERIFY(!banner.isHidden());
        // A page that never said when its data was read: since when it may be out of date.
        QVERIFY2(banner.text().startsWith(u"Since "), qPrintable(banner.text()));
        QVERIFY2(banner.text().contains(u"this page may be out of date"),
                 qPrintable(banner.text()));
        banner.setDataTime({});
        QVERIFY2(banner.text().startsWith(u"No data read yet — store unreachable"),
                 qPrintable(banner.text()));
        banner.setDataTime(QDateTime(QDate::currentDate(), QTime(9, 41, 7)));
        QCOMPARE(banner.text(), u"Data as of 09:41:07 — store unreachable, retrying in 8 s"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            banner.text(), u"Data as of 09:41:07 — store unreachable, retrying in 7 s"_s, 3000);
        // The time as the console's language writes it (DisplayFormat), like every other time.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        banner.setDataTime(QDateTime(QDate::currentDate(), QTime(9, 41, 7)));
        QVERIFY2(banner.text().startsWith(u"Data as of 9:41:07\u202FAM —"_s) ||
                     banner.text().startsWith(u"Data as of 9:41:07 AM —"_s),
                 qPrintable(banner.text()));
        QLocale::setDefault(before);
        banner.setDataTime(QDateTime(QDate::currentDate(), QTime(9, 41, 7)));
        QVERIFY(!banner.findChild<QPushButton*>(u"bannerRetry"_s)->isHidden());

        state.kind = ConnectionState::Refused;
        state.reason = u"password authentication failed for user \"ops\""_s;
        banner.setState(state);
        QVERIFY2(banner.text().contains(u"refuses this login"), qPrintable(banner.text()));

        state.kind = ConnectionState::Connected;
        banner.setState(state);
        QVERIFY(banner.isHidden());
        banner.setWaitingSince(QDateTime::currentDateTime().addSecs(-12));
        QVERIFY(!banner.isHidden());
        QVERIFY2(banner.text().startsWith(
                     u"Data as of 09:41:07 — the store has kept this page waiting for 12 s"),
                 qPrintable(banner.text()));
        QVERIFY(banner.findChild<QPushButton*>(u"bannerRetry"_s)->isHidden());
        banner.setWaitingSince({});
        QVERIFY(banner.isHidden());
    }

    void statusSaysHowLongTheStoreKeepsUsWaiting()
    {
        ConnectionStatusWidget status;
        ConnectionState state;
        state.kind = ConnectionState::Connected;
        status.setState(state);
        auto* label = status.findChild<QLabel*>(u"connectionStateLabel"_s);
        status.setWaitingSince(QDateTime::currentDateTime().addSecs(-5));
        QCOMPARE(label->text(), u"Connected · waiting on the store for 5 s"_s);
        QVERIFY(label->toolTip().contains(u"lock or a slow statement"));
        QTRY_COMPARE_WITH_TIMEOUT(label->text(), u"Connected · waiting on the store for 6 s"_s,
                                  3000);
        status.setWaitingSince({});
        QCOMPARE(label->text(), u"Connected"_s);
    }
};

QTEST_MAIN(TestConnectionStatus)
#include "tst_connection_status.moc"
