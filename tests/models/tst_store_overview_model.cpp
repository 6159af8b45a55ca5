#include "StoreOverviewModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

using Model = StoreOverviewModel;

QueryResult overview(const QList<QVariantList>& rows)
{
    QueryResult result;
    result.columns = {QStringLiteral("kind"), QStringLiteral("item"), QStringLiteral("last_hour"),
                      QStringLiteral("last_day"), QStringLiteral("latest")};
    result.rows = rows;
    return result;
}

QVariantList status(const char* name, qint64 lastHour, qint64 lastDay, const QDateTime& latest)
{
    return {QStringLiteral("status"), QString::fromLatin1(name), lastHour, lastDay, latest};
}

QueryResult busyStore()
{
    const QDateTime latest(QDate(2026, 3, 1), QTime(12, 30), Qt::UTC);
    return overview({
        status("captured", 3, 12345, latest),
        status("failed", 1, 2, latest.addSecs(-60)),
        status("authorized", 0, 7, latest.addSecs(-3600)),
        {QStringLiteral("quarantine"), QVariant(), qint64(2), qint64(4), latest},
        {QStringLiteral("schema"), QStringLiteral("3"), QVariant(), QVariant(), latest},
    });
}

} // namespace

class TestStoreOverviewModel : public QObject
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

    void showsWhatIsCountedBeforeAnyResult()
    {
        QCOMPARE(m_model->rowCount(), int(Model::RowCount));
        QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
        QCOMPARE(text(Model::Captured, Model::NameColumn), QStringLiteral("Captured"));
        QCOMPARE(text(Model::Quarantined, Model::NameColumn),
                 QStringLiteral("Quarantined input lines"));
        QCOMPARE(text(Model::Captured, Model::LastHourColumn), QStringLiteral("—"));
        QVERIFY(!value(Model::Captured, Model::LastDayColumn).isValid());
        QVERIFY(!m_model->hasData());
        QCOMPARE(m_model->headerData(Model::LastHourColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Last hour"));
        QCOMPARE(m_model->headerData(Model::LastDayColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Last 24 h"));
    }

    void showsTheStoresCounts()
    {
        QSignalSpy applied(m_model.get(), &Model::resultApplied);
        m_model->setResult(busyStore());
        QCOMPARE(applied.count(), 1);
        QVERIFY(m_model->hasData());
        QCOMPARE(text(Model::Captured, Model::LastHourColumn), QStringLiteral("3"));
        QCOMPARE(text(Model::Captured, Model::LastDayColumn), QStringLiteral("12,345"));
        QCOMPARE(value(Model::Captured, Model::LastDayColumn).toLongLong(), 12345);
        QCOMPARE(text(Model::Failed, Model::LastHourColumn), QStringLiteral("1"));
        QCOMPARE(text(Model::Created, Model::LastDayColumn), QStringLiteral("0"));
        QCOMPARE(text(Model::AllEvents, Model::LastHourColumn), QStringLiteral("4"));
        QCOMPARE(text(Model::AllEvents, Model::LastDayColumn), QStringLiteral("12,354"));
        QCOMPARE(text(Model::Quarantined, Model::LastDayColumn), QStringLiteral("4"));
        QCOMPARE(m_model->schemaVersion(), 3);
        QCOMPARE(m_model->latestEventAt(), QDateTime(QDate(2026, 3, 1), QTime(12, 30), Qt::UTC));
        QVERIFY(m_model->error().isEmpty());
    }

    void anUnknownStatusStillCountsInTheTotal()
    {
        m_model->setResult(
            overview({status("captured", 1, 1, {}), status("chargeback", 2, 2, {})}));
        QCOMPARE(text(Model::Captured, Model::LastDayColumn), QStringLiteral("1"));
        QCOMPARE(text(Model::AllEvents, Model::LastDayColumn), QStringLiteral("3"));
    }

    void anErrorKeepsTheLastNumbersAndSaysWhy()
    {
        m_model->setResult(busyStore());
        const QDateTime loadedAt = m_model->loadedAt();
        QueryResult failed;
        failed.error = QStringLiteral("server closed the connection unexpectedly");
        failed.connectionLost = true;
        QSignalSpy applied(m_model.get(), &Model::resultApplied);
        m_model->setResult(failed);
        QCOMPARE(applied.count(), 1);
        QCOMPARE(m_model->error(), failed.error);
        QCOMPARE(text(Model::Captured, Model::LastHourColumn), QStringLiteral("3"));
        QCOMPARE(m_model->loadedAt(), loadedAt);
        m_model->setResult(busyStore());
        QVERIFY(m_model->error().isEmpty());
    }

    void anErrorBeforeAnyDataShowsNoNumbers()
    {
        QueryResult refused;
        refused.error = QStringLiteral("permission denied for table payment_events");
        refused.sqlState = QStringLiteral("42501");
        m_model->setResult(refused);
        QVERIFY(!m_model->hasData());
        QCOMPARE(text(Model::AllEvents, Model::LastDayColumn), QStringLiteral("—"));
        QCOMPARE(m_model->error(), refused.error);
    }

    void anEmptyResultMeansNothingCounted()
    {
        m_model->setResult(busyStore());
        m_model->setResult(overview({}));
        QVERIFY(m_model->hasData());
        QCOMPARE(text(Model::Captured, Model::LastDayColumn), QStringLiteral("0"));
        QCOMPARE(text(Model::AllEvents, Model::LastHourColumn), QStringLiteral("0"));
        QCOMPARE(m_model->schemaVersion(), 0);
        QVERIFY(!m_model->latestEventAt().isValid());
    }

private:
    QString text(int row, int column) const
    {
        return m_model->data(m_model->index(row, column)).toString();
    }
    QVariant value(int row, int column) const
    {
        return m_model->data(m_model->index(row, column), Model::CountRole);
    }

    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestStoreOverviewModel)
#include "tst_store_overview_model.moc"
