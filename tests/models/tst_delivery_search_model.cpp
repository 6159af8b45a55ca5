#include "DeliverySearchModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Model = DeliverySearchModel;

const QDateTime base(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

QVariantList delivery(qint64 id, const QString& state, int attempts, const QVariant& status,
                      const QVariant& error)
{
    const QDateTime at = base.addSecs(-id);
    return {id,
            at,
            at.toString(Qt::ISODateWithMs),
            at,
            u"evt_%1"_s.arg(id),
            u"payment.captured"_s,
            u"merchant_7"_s,
            u"pay_%1"_s.arg(id),
            qint64(3),
            u"https://shop.example/hooks"_s,
            state,
            attempts,
            status,
            error,
            state == u"failed" ? QVariant(at.addSecs(300)) : QVariant()};
}

QueryResult page(const QList<QVariantList>& rows)
{
    QueryResult result;
    result.columns = {u"id"_s,
                      u"created_at"_s,
                      u"created_key"_s,
                      u"event_at"_s,
                      u"event_id"_s,
                      u"type"_s,
                      u"merchant_id"_s,
                      u"payment_id"_s,
                      u"endpoint_id"_s,
                      u"url"_s,
                      u"state"_s,
                      u"attempt_count"_s,
                      u"last_http_status"_s,
                      u"last_error"_s,
                      u"next_attempt_at"_s};
    result.rows = rows;
    return result;
}

QueryResult rowsFrom(qint64 first, int count)
{
    QList<QVariantList> rows;
    for (qint64 id = first; id < first + count; ++id)
        rows << delivery(id, u"succeeded"_s, 1, 200, QVariant());
    return page(rows);
}

} // namespace

class TestDeliverySearchModel : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_model = std::make_unique<Model>();
        m_model->setPageSize(3);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void emptyBeforeTheFirstResult()
    {
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
        QVERIFY(!m_model->hasMore());
        QVERIFY(!m_model->lastCursor().isValid());
        QCOMPARE(m_model->headerData(Model::StateColumn, Qt::Horizontal).toString(), u"State"_s);
        QCOMPARE(m_model->headerData(Model::LastResultColumn, Qt::Horizontal).toString(),
                 u"Last status / error"_s);
    }

    void showsOneRowPerDelivery()
    {
        const QString longError =
            u"connect: connection refused by 10.0.0.1:443\nsecond line "_s + QString(200, u'x');
        m_model->setResult(page({delivery(1, u"failed"_s, 3, 503, longError),
                                 delivery(2, u"dead"_s, 11, QVariant(), u"timeout"_s)}));
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(!m_model->hasMore());
        QCOMPARE(text(0, Model::EventIdColumn), u"evt_1"_s);
        QCOMPARE(text(0, Model::TypeColumn), u"payment.captured"_s);
        QCOMPARE(text(0, Model::MerchantColumn), u"merchant_7"_s);
        QCOMPARE(text(0, Model::EndpointColumn), u"https://shop.example/hooks"_s);
        QCOMPARE(text(0, Model::StateColumn), u"failed, retrying"_s);
        QCOMPARE(m_model->index(0, Model::AttemptsColumn).data().toInt(), 3);
        // The date as the language writes it (DisplayFormat), then the time.
        QVERIFY2(
            text(0, Model::NextAttemptColumn)
                .startsWith(QLocale().toString(base.toLocalTime().date(), QLocale::ShortFormat)),
            qPrintable(text(0, Model::NextAttemptColumn)));
        QCOMPARE(text(1, Model::NextAttemptColumn), QString());
        // The cell shows the first line, shortened; the tooltip the whole error.
        const QString cell = text(0, Model::LastResultColumn);
        QVERIFY2(cell.startsWith(u"HTTP 503: connect: connection refused") && cell.size() <= 80,
                 qPrintable(cell));
        QCOMPARE(m_model->index(0, Model::LastResultColumn).data(Qt::ToolTipRole).toString(),
                 u"HTTP 503: "_s + longError);
        QCOMPARE(text(1, Model::LastResultColumn), u"timeout"_s);
        QCOMPARE(m_model->index(0, 0).data(Model::DeliveryIdRole).toLongLong(), 1);
        QCOMPARE(m_model->index(1, 0).data(Model::StateRole).toString(), u"dead"_s);
        QCOMPARE(m_model->index(1, 0).data(Model::EventIdRole).toString(), u"evt_2"_s);
        QCOMPARE(m_model->index(1, 0).data(Model::EndpointIdRole).toLongLong(), 3);
    }

    void colorsTheState()
    {
        m_model->setResult(page({delivery(1, u"succeeded"_s, 1, 200, QVariant()),
                                 delivery(2, u"dead"_s, 11, 500, u"boom"_s)}));
        const QColor ok =
            m_model->index(0, Model::StateColumn).data(Qt::ForegroundRole).value<QColor>();
        const QColor dead =
            m_model->index(1, Model::StateColumn).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(ok.isValid() && dead.isValid());
        QVERIFY(ok != dead);
        QVERIFY(dead.red() > dead.green());
        QVERIFY(ok.green() > ok.red());
        QVERIFY(!m_model->index(0, Model::EventIdColumn).data(Qt::ForegroundRole).isValid());
    }

    void theExtraRowSaysAnotherPageFollows()
    {
        m_model->setResult(rowsFrom(10, 4));
        QCOMPARE(m_model->rowCount(), 3);
        QVERIFY(m_model->hasMore());
        QCOMPARE(m_model->lastCursor().id, 12);
        QCOMPARE(m_model->lastCursor().createdAt, base.addSecs(-12).toString(Qt::ISODateWithMs));
        m_model->setResult(rowsFrom(13, 3));
        QCOMPARE(m_model->rowCount(), 3);
        QVERIFY(!m_model->hasMore());
        QCOMPARE(m_model->rowOfDelivery(14), 1);
        QCOMPARE(m_model->rowOfDelivery(10), -1);
    }

    void anErrorKeepsTheRowsShown()
    {
        m_model->setResult(rowsFrom(1, 2));
        QSignalSpy applied(m_model.get(), &Model::resultApplied);
        QueryResult failed;
        failed.error = u"canceling statement due to statement timeout"_s;
        m_model->setResult(failed);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->error(), failed.error);
        m_model->setResult(rowsFrom(5, 1));
        QVERIFY(m_model->error().isEmpty());
        QCOMPARE(m_model->rowCount(), 1);
    }

private:
    QString text(int row, int column) const
    {
        return m_model->index(row, column).data().toString();
    }

    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestDeliverySearchModel)
#include "tst_delivery_search_model.moc"
