// A table as CSV (ModelCsv, ExportMenu::saveCsv): what a spreadsheet reads back is what the
// table showed, with commas, quotes, line breaks and locale-formatted numbers intact.
#include "ExportMenu.h"
#include "ModelCsv.h"
#include "console/Csv.h"
#include "deliveries/DeliveryCsv.h"

#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStandardItemModel* tableOf(const QList<QStringList>& rows, const QStringList& headers,
                            QObject* parent)
{
    auto* model = new QStandardItemModel(0, int(headers.size()), parent);
    model->setHorizontalHeaderLabels(headers);
    for (const QStringList& row : rows) {
        QList<QStandardItem*> items;
        for (const QString& text : row)
            items.append(new QStandardItem(text));
        model->appendRow(items);
    }
    return model;
}

} // namespace

class TestModelCsv : public QObject
{
    Q_OBJECT
private slots:
    void quotesWhatNeedsQuoting()
    {
        const QString french = QLocale(QLocale::French).toString(1234.5, 'f', 1);
        QVERIFY(french.contains(u','));
        QStandardItemModel* model =
            tableOf({{u"plain"_s, u"a,b"_s, u"say \"hi\""_s},
                     {u"line one\nline two"_s, french, u"=HYPERLINK(\"x\")"_s}},
                    {u"Name"_s, u"Amount, EUR"_s, u"Note"_s}, this);
        const QByteArray expected = "Name,\"Amount, EUR\",Note\r\n"
                                    "plain,\"a,b\",\"say \"\"hi\"\"\"\r\n"
                                    "\"line one\nline two\",\"" +
                                    french.toUtf8() + "\",\"'=HYPERLINK(\"\"x\"\")\"\r\n";
        QCOMPARE(ModelCsv::text(*model), expected);
    }

    void signedNumbersStayNumbers()
    {
        QCOMPARE(Csv::inert(u"-3.2"_s), u"-3.2"_s);
        QCOMPARE(Csv::inert(u"+12"_s), u"+12"_s);
        QCOMPARE(Csv::inert(u"-1e3"_s), u"-1e3"_s);
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::French));
        const QString frenchNegative = QLocale().toString(-1234.5, 'f', 1);
        const QString frenchResult = Csv::inert(frenchNegative);
        QLocale::setDefault(previous);
        QCOMPARE(frenchResult, frenchNegative);
        // what is not a number still cannot start a formula
        QCOMPARE(Csv::inert(u"-3+cmd|' /C calc'!A0"_s), u"'-3+cmd|' /C calc'!A0"_s);
        QCOMPARE(Csv::inert(u"+SUM(A1)"_s), u"'+SUM(A1)"_s);
        QCOMPARE(Csv::inert(u"-inf"_s), u"'-inf"_s);
        QCOMPARE(Csv::inert(u"@x"_s), u"'@x"_s);
    }

    void deliveryCsvMakesEveryOutsideTextInert()
    {
        DeliveryRow row;
        row.id = 7;
        row.eventId = u"=1+1"_s;
        row.type = u"@type"_s;
        row.merchantId = u"+m"_s;
        row.paymentId = u"=HYPERLINK(\"http://x\")"_s;
        row.endpointId = 3;
        row.url = u"-http://x"_s;
        row.state = u"failed"_s;
        row.attempts = 2;
        row.lastHttpStatus = 500;
        row.lastError = u"=ERR"_s;
        QCOMPARE(DeliveryCsv::line(row),
                 QByteArray("7,,,'=1+1,'@type,'+m,\"'=HYPERLINK(\"\"http://x\"\")\",3,"
                            "'-http://x,failed,2,500,'=ERR,\r\n"));
    }

    void writesColumnsAsTheViewShowsThem()
    {
        QStandardItemModel* model = tableOf({{u"1"_s, u"2"_s, u"3"_s}, {u"4"_s, u"5"_s, u"6"_s}},
                                            {u"A"_s, u"B"_s, u"C"_s}, this);
        QTableView view;
        view.setModel(model);
        view.horizontalHeader()->moveSection(2, 0); // C A B
        view.setColumnHidden(1, true);              // C B
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.csv"_s);
        QString error;
        QVERIFY2(ExportMenu::saveCsv(&view, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("C,A\r\n3,1\r\n6,4\r\n"));
    }

    void aFileThatCannotBeWrittenIsReported()
    {
        QStandardItemModel* model = tableOf({{u"1"_s}}, {u"A"_s}, this);
        QString error;
        QVERIFY(!ModelCsv::save(*model, {}, u"/nonexistent-dir/t.csv"_s, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestModelCsv)
#include "tst_model_csv.moc"
