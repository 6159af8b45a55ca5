#include "EndpointHealthModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Model = EndpointHealthModel;

QueryResult health(const QList<QVariantList>& rows)
{
    QueryResult result;
    result.columns = {u"endpoint_id"_s,  u"merchant_id"_s,     u"url"_s,
                      u"attempts"_s,     u"successes"_s,       u"success_rate"_s,
                      u"p50_ms"_s,       u"p95_ms"_s,          u"circuit_state"_s,
                      u"enabled"_s,      u"disabled_reason"_s, u"consecutive_failures"_s,
                      u"failing_since"_s};
    result.rows = rows;
    return result;
}

const QDateTime since(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);

QueryResult twoEndpoints()
{
    return health({
        {qint64(7), u"m_down"_s, u"http://127.0.0.1:9001/hook"_s, qint64(40), qint64(0), 0.0,
         1200.0, 10000.0, u"open"_s, false, u"failing for 5 days"_s, 57, since},
        {qint64(3), u"m_ok"_s, u"https://shop.example/hook"_s, qint64(1000), qint64(995), 0.995,
         41.5, 180.0, u"closed"_s, true, QVariant(), 0, QVariant()},
        {qint64(9), u"m_new"_s, u"https://new.example/hook"_s, qint64(0), qint64(0), QVariant(),
         QVariant(), QVariant(), u"half_open"_s, true, QVariant(), 0, QVariant()},
    });
}

} // namespace

class TestEndpointHealthModel : public QObject
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

    void showsRatesLatenciesAndCircuits()
    {
        QSignalSpy applied(m_model.get(), &Model::resultApplied);
        QVERIFY(!m_model->hasData());
        m_model->setResult(twoEndpoints());
        QCOMPARE(applied.count(), 1);
        QVERIFY(m_model->hasData());
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(text(1, Model::EndpointColumn), u"https://shop.example/hook"_s);
        QCOMPARE(text(1, Model::MerchantColumn), u"m_ok"_s);
        QCOMPARE(text(1, Model::SuccessRateColumn), u"99.5 %"_s);
        QCOMPARE(text(1, Model::AttemptsColumn), u"1,000"_s);
        QCOMPARE(text(1, Model::P50Column), u"42 ms"_s);
        QCOMPARE(text(1, Model::P95Column), u"180 ms"_s);
        QCOMPARE(text(1, Model::CircuitColumn), u"closed"_s);
        QCOMPARE(text(1, Model::StatusColumn), u"enabled"_s);
        QCOMPARE(m_model->data(m_model->index(1, 0), Model::SuccessRateRole).toDouble(), 0.995);
        QCOMPARE(text(2, Model::CircuitColumn), u"half-open"_s);
    }

    void aDisabledEndpointShowsWhy()
    {
        m_model->setResult(twoEndpoints());
        QCOMPARE(text(0, Model::StatusColumn), u"disabled: failing for 5 days"_s);
        QCOMPARE(text(0, Model::CircuitColumn), u"open"_s);
        QCOMPARE(text(0, Model::SuccessRateColumn), u"0.0 %"_s);
        QVERIFY(!m_model->data(m_model->index(0, 0), Model::EnabledRole).toBool());
        QCOMPARE(m_model->data(m_model->index(0, 0), Model::EndpointIdRole).toLongLong(), 7);
        const QString tip = m_model->data(m_model->index(0, 0), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"0 of 40 attempts") && tip.contains(u"57 consecutive"),
                 qPrintable(tip));
    }

    void anEndpointWithoutAttemptsHasNoRate()
    {
        m_model->setResult(twoEndpoints());
        QCOMPARE(text(2, Model::SuccessRateColumn), u"—"_s);
        QCOMPARE(text(2, Model::P95Column), u"—"_s);
        QVERIFY(!m_model->data(m_model->index(2, 0), Model::SuccessRateRole).isValid());
        QCOMPARE(m_model->rowOfEndpoint(9), 2);
        QCOMPARE(m_model->rowOfEndpoint(99), -1);
    }

    void anErrorKeepsTheRows()
    {
        m_model->setResult(twoEndpoints());
        QueryResult failed;
        failed.error = u"relation \"payops.endpoint_health\" does not exist"_s;
        m_model->setResult(failed);
        QCOMPARE(m_model->rowCount(), 3);
        QVERIFY(m_model->error().contains(u"endpoint_health"));
        m_model->setResult(health({}));
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(m_model->error().isEmpty());
    }

private:
    QString text(int row, int column) const
    {
        return m_model->data(m_model->index(row, column)).toString();
    }

    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestEndpointHealthModel)
#include "tst_endpoint_health_model.moc"
