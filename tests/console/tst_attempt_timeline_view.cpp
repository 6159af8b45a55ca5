#include "AttemptTimelineModel.h"
#include "AttemptTimelineView.h"

#include <QDir>
#include <QItemSelectionModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The default schedule after failures (5 s, 30 s, 2 min … 12 h), a manual retry in between,
// and the 24 h attempt still to come: about two days on one axis.
QueryResult fullSchedule(const QDateTime& first)
{
    QueryResult result;
    result.columns = {u"delivery_state"_s,
                      u"delivery_next_attempt_at"_s,
                      u"manual_requested_by"_s,
                      u"attempt_id"_s,
                      u"attempt_no"_s,
                      u"started_at"_s,
                      u"duration_ms"_s,
                      u"outcome"_s,
                      u"http_status"_s,
                      u"transport_error"_s,
                      u"trigger"_s,
                      u"next_attempt_at"_s,
                      u"request_headers"_s,
                      u"response_excerpt"_s,
                      u"worker"_s};
    const QList<int> delays{0, 5, 30, 120, 600, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600};
    const QDateTime scheduled = first.addSecs(81755 + 24 * 3600); // the last one: 24 h later
    qint64 at = 0;
    int number = 0;
    for (const int delay : delays) {
        at += delay;
        ++number;
        const bool timeout = number % 4 == 2;
        result.rows.append({u"failed"_s, scheduled, QVariant(), qint64(100 + number), number,
                            first.addSecs(at), timeout ? 10000 : 30 * number,
                            timeout ? u"timeout"_s : (number == 3 ? u"retry_after"_s : u"failed"_s),
                            timeout ? QVariant() : QVariant(number == 3 ? 429 : 500),
                            timeout ? QVariant(u"response timeout"_s) : QVariant(), u"schedule"_s,
                            QVariant(), u"{}"_s, QVariant(), QVariant()});
        if (number == 5) { // an operator retried by hand between the 10 min and 30 min ones
            result.rows.append({u"failed"_s, scheduled, QVariant(), qint64(900), 6,
                                first.addSecs(at + 300), 2500, u"failed"_s, 503, QVariant(),
                                u"manual:alice"_s, QVariant(), u"{}"_s, QVariant(), QVariant()});
        }
    }
    return result;
}

} // namespace

class TestAttemptTimelineView : public QObject
{
    Q_OBJECT
private slots:
    void marksFollowTimeAndSelect()
    {
        AttemptTimelineModel model;
        // The schedule started 40 hours ago; its last attempt is still due.
        model.setResult(fullSchedule(QDateTime::currentDateTimeUtc().addSecs(-40 * 3600)));
        QCOMPARE(model.rowCount(), 12);
        QItemSelectionModel selection(&model);
        AttemptTimelineView view;
        view.setModel(&model);
        view.setSelectionModel(&selection);
        view.resize(900, 170);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY2(view.markCenter(row).x() > view.markCenter(row - 1).x(),
                     qPrintable(u"row %1"_s.arg(row)));
        }
        QVERIFY(view.rect().contains(view.markCenter(0).toPoint()));
        QVERIFY(view.rect().contains(view.markCenter(11).toPoint()));
        // Five seconds and twelve hours are both far enough apart to tell and click.
        QVERIFY(view.markCenter(1).x() - view.markCenter(0).x() > 30);
        QVERIFY(view.markCenter(11).x() - view.markCenter(10).x() > 30);

        QTest::mouseClick(&view, Qt::LeftButton, {}, view.markCenter(5).toPoint());
        QCOMPARE(selection.currentIndex().row(), 5);
        QVERIFY(model.index(5, 0).data(AttemptTimelineModel::IsManualRole).toBool());
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(selection.currentIndex().row(), 6);
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(2, 2)); // no mark there
        QCOMPARE(selection.currentIndex().row(), 6);
        QCOMPARE(view.rowAt(view.markCenter(11)), 11);

        const QString dir = qEnvironmentVariable("PAYOPS_TEST_SCREENSHOTS");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(view.grab().save(dir + u"/attempt_timeline_28h.png"_s));
        }
    }

    void emptyAndClearedModelsDrawNoMarks()
    {
        AttemptTimelineModel model;
        AttemptTimelineView view;
        view.setModel(&model);
        view.resize(600, 160);
        view.show();
        QVERIFY(view.markCenter(0).isNull());
        QCOMPARE(view.rowAt(QPointF(300, 80)), -1);
        model.setResult(fullSchedule(QDateTime::currentDateTimeUtc().addSecs(-3600)));
        QVERIFY(!view.markCenter(0).isNull());
        model.clear();
        QVERIFY(view.markCenter(0).isNull());
    }
};

QTEST_MAIN(TestAttemptTimelineView)
#include "tst_attempt_timeline_view.moc"
