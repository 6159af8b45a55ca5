#include "ConnectionStatusWidget.h"
#include "StoreBanner.h"

#include <QLabel>
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
    }

    void bannerTellsHowOldTheDataIs()
    {
        StoreBanner banner;
        ConnectionState state;
        state.kind = ConnectionState::Connected;
        banner.setState(state);
        QVERIFY(banner.isHidden());
        state.kind = ConnectionState::Reconnecting;
        banner.setState(state);
        QVERIFY(!banner.isHidden());
        auto* text = banner.findChild<QLabel*>(u"bannerText"_s);
        QVERIFY2(text->text().contains(u"no data loaded yet"), qPrintable(text->text()));
        banner.setDataTime(QDateTime(QDate::currentDate(), QTime(9, 41, 7)));
        QVERIFY2(text->text().startsWith(u"Store unreachable — showing data from 09:41:07"),
                 qPrintable(text->text()));
    }
};

QTEST_MAIN(TestConnectionStatus)
#include "tst_connection_status.moc"
