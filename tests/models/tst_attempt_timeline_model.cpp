#include "AttemptTimelineModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Model = AttemptTimelineModel;

const QDateTime t0(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

QueryResult attemptsResult(const QList<QVariantList>& rows)
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
    result.rows = rows;
    return result;
}

struct Delivery
{
    QString state;
    QVariant next;
    QVariant requestedBy;
};

QVariantList attempt(const Delivery& d, qint64 id, int number, int offsetSeconds, QVariant duration,
                     QVariant outcome, QVariant status, QVariant error, const QString& trigger,
                     QVariant next)
{
    const QString headers =
        uR"({"webhook-id": "evt_1", "webhook-timestamp": "1795600000", "webhook-signature": "v1,abc="})"_s;
    return {
        d.state, d.next, d.requestedBy, id,   number,  t0.addSecs(offsetSeconds), duration, outcome,
        status,  error,  trigger,       next, headers, u"body excerpt"_s,         u"w1"_s};
}

// Three attempts (a 500, a timeout, then a manual retry answered 429), and the next one
// scheduled.
QueryResult retrying()
{
    const Delivery d{u"failed"_s, t0.addSecs(3600), QVariant()};
    return attemptsResult({
        attempt(d, 11, 1, 0, 120, u"failed"_s, 500, QVariant(), u"schedule"_s, t0.addSecs(5)),
        attempt(d, 12, 2, 5, 10000, u"timeout"_s, QVariant(), u"response timeout after 10 s"_s,
                u"schedule"_s, t0.addSecs(35)),
        attempt(d, 13, 3, 60, 40, u"retry_after"_s, 429, QVariant(), u"manual:alice"_s,
                t0.addSecs(3600)),
    });
}

} // namespace

class TestAttemptTimelineModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_model = std::make_unique<Model>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void startsEmpty()
    {
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
        QCOMPARE(m_model->headerData(Model::ResultColumn, Qt::Horizontal).toString(),
                 u"HTTP status / error"_s);
    }

    void oneRowPerAttemptAndTheScheduledOne()
    {
        QSignalSpy applied(m_model.get(), &Model::resultApplied);
        m_model->setResult(retrying());
        QCOMPARE(applied.count(), 1);
        QCOMPARE(m_model->rowCount(), 4);
        QVERIFY(m_model->hasScheduledRow());
        QCOMPARE(m_model->deliveryState(), u"failed"_s);

        QCOMPARE(value(0, Model::StartMsRole).toLongLong(), t0.toMSecsSinceEpoch());
        QCOMPARE(value(1, Model::StartMsRole).toLongLong(), t0.addSecs(5).toMSecsSinceEpoch());
        QCOMPARE(value(0, Model::DurationMsRole).toInt(), 120);
        QCOMPARE(text(0, Model::DurationColumn), u"120 ms"_s);
        QCOMPARE(text(0, Model::ResultColumn), u"HTTP 500"_s);
        QCOMPARE(text(0, Model::OutcomeColumn), u"failed"_s);
        QCOMPARE(value(0, Model::OutcomeColorRole).value<QColor>(),
                 Model::outcomeColor(u"failed"_s));
        QCOMPARE(text(0, Model::TriggerColumn), u"schedule"_s);
        QVERIFY(!value(0, Model::IsManualRole).toBool());
        QCOMPARE(value(0, Model::AttemptIdRole).toLongLong(), 11);
        QCOMPARE(value(0, Model::RequestHeadersRole).toMap().value(u"webhook-signature"_s),
                 QVariant(u"v1,abc="_s));
        QCOMPARE(value(0, Model::ResponseExcerptRole).toString(), u"body excerpt"_s);
    }

    void transportErrorsShowTheError()
    {
        m_model->setResult(retrying());
        QCOMPARE(text(1, Model::ResultColumn), u"response timeout after 10 s"_s);
        QCOMPARE(text(1, Model::OutcomeColumn), u"timeout"_s);
        QVERIFY(!value(1, Model::HttpStatusRole).isValid());
        QCOMPARE(value(1, Model::TransportErrorRole).toString(), u"response timeout after 10 s"_s);
        QCOMPARE(text(1, Model::DurationColumn), u"10.00 s"_s);
        QCOMPARE(value(1, Model::OutcomeColorRole).value<QColor>(),
                 Model::outcomeColor(u"timeout"_s));
        QVERIFY(Model::outcomeColor(u"timeout"_s) != Model::outcomeColor(u"failed"_s));
    }

    void manualAttemptsNameWhoAsked()
    {
        m_model->setResult(retrying());
        QVERIFY(value(2, Model::IsManualRole).toBool());
        QCOMPARE(value(2, Model::RequestedByRole).toString(), u"alice"_s);
        QCOMPARE(text(2, Model::TriggerColumn), u"manual: alice"_s);
        QCOMPARE(value(2, Model::OutcomeRole).toString(), u"retry_after"_s);
        QVERIFY(value(2, Qt::ToolTipRole).toString().contains(u"alice"));
    }

    void theScheduledRowIsLast()
    {
        m_model->setResult(retrying());
        QVERIFY(value(3, Model::IsScheduledRole).toBool());
        QVERIFY(!value(2, Model::IsScheduledRole).toBool());
        QCOMPARE(value(3, Model::StartMsRole).toLongLong(), t0.addSecs(3600).toMSecsSinceEpoch());
        QVERIFY(!value(3, Model::DurationMsRole).isValid());
        QVERIFY(!value(3, Model::AttemptIdRole).isValid());
        QCOMPARE(text(3, Model::OutcomeColumn), u"scheduled"_s);
        QCOMPARE(text(3, Model::TriggerColumn), u"schedule"_s);
    }

    void aManualRetryDueIsScheduledForWhoAsked()
    {
        const Delivery d{u"pending"_s, t0.addSecs(90), u"bob"_s};
        m_model->setResult(attemptsResult({attempt(d, 21, 1, 0, 80, u"failed"_s, 502, QVariant(),
                                                   u"schedule"_s, t0.addSecs(5))}));
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(value(1, Model::IsScheduledRole).toBool());
        QVERIFY(value(1, Model::IsManualRole).toBool());
        QCOMPARE(text(1, Model::TriggerColumn), u"manual: bob"_s);
    }

    void aFinishedDeliveryHasNothingScheduled()
    {
        const Delivery d{u"succeeded"_s, QVariant(), QVariant()};
        m_model->setResult(attemptsResult({attempt(d, 31, 1, 0, 30, u"succeeded"_s, 200, QVariant(),
                                                   u"schedule"_s, QVariant())}));
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(!m_model->hasScheduledRow());
        QCOMPARE(text(0, Model::NextAttemptColumn), u"—"_s);
        QCOMPARE(value(0, Model::OutcomeColorRole).value<QColor>(),
                 Model::outcomeColor(u"succeeded"_s));
    }

    void anEmptyDeliveryShowsOnlyItsFirstAttemptDue()
    {
        QueryResult result =
            attemptsResult({{u"pending"_s, t0, QVariant(), QVariant(), QVariant(), QVariant(),
                             QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(),
                             QVariant(), QVariant(), QVariant()}});
        m_model->setResult(result);
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(value(0, Model::IsScheduledRole).toBool());
        QCOMPARE(m_model->rowOfAttempt(11), -1);
    }

    void anOutcomeMissingIsDerivedFromTheResult()
    {
        const Delivery d{u"dead"_s, QVariant(), QVariant()};
        m_model->setResult(attemptsResult({
            attempt(d, 41, 1, 0, 12, QVariant(), 410, QVariant(), u"schedule"_s, QVariant()),
            attempt(d, 42, 2, 9, 12, QVariant(), 204, QVariant(), u"schedule"_s, QVariant()),
            attempt(d, 43, 3, 19, QVariant(), QVariant(), QVariant(), u"connection refused"_s,
                    u"schedule"_s, QVariant()),
        }));
        QCOMPARE(value(0, Model::OutcomeRole).toString(), u"gone"_s);
        QCOMPARE(value(1, Model::OutcomeRole).toString(), u"succeeded"_s);
        QCOMPARE(value(2, Model::OutcomeRole).toString(), u"failed"_s);
        QCOMPARE(text(2, Model::DurationColumn), QString());
    }

    void anErrorKeepsTheRows()
    {
        m_model->setResult(retrying());
        QueryResult failed;
        failed.error = u"connection lost"_s;
        m_model->setResult(failed);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->error(), u"connection lost"_s);
        QCOMPARE(m_model->rowOfAttempt(13), 2);
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
    }

private:
    QVariant value(int row, int role, int column = 0) const
    {
        return m_model->data(m_model->index(row, column), role);
    }
    QString text(int row, int column) const
    {
        return m_model->data(m_model->index(row, column)).toString();
    }

    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestAttemptTimelineModel)
#include "tst_attempt_timeline_model.moc"
