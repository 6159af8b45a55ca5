// The Rules tab offscreen against a real store: the editor checks as you type and shows the
// reason under the field, the same "field: reason" as payops.check_rule_definition; an admin
// saves new versions and compares them; a refusal of the store is shown in the editor with
// nothing lost; viewers and operators see the rules read only.
#include "RuleDiffModel.h"
#include "RuleEditorDialog.h"
#include "RuleListModel.h"
#include "RuleVersionsModel.h"
#include "RuleVersionsView.h"
#include "RulesDowntimesPage.h"
#include "RulesView.h"
#include "TestStore.h"
#include "store/PgConnection.h"
#include "store/StoreClient.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRulesView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_store = std::make_unique<TestStore>(u"rules_view"_s);
        PgConnection db = PgConnection::open(m_store->ownerDsn());
        m_methodRule =
            db.exec(u"SELECT rule_id FROM payops.rules WHERE name = 'Method'"_s).toInt(0, 0);
    }
    void cleanupTestCase() { m_store.reset(); }

    void theEditorShowsTheStoresReasonAtTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("open_below") << u"open_below"_s << u"1.5"_s;
        QTest::newRow("recover_above") << u"recover_above"_s << u"0.7"_s;
        QTest::newRow("size") << u"window.size_seconds"_s << u"0"_s;
        QTest::newRow("step") << u"window.step_seconds"_s << u"120"_s;
        QTest::newRow("group_by") << u"cohort.group_by"_s << u"method, colour"_s;
        QTest::newRow("min_volume") << u"min_volume"_s << u"many"_s;
        QTest::newRow("filter") << u"cohort.filters.issuer"_s << u"HDFC, , "_s;
        QTest::newRow("open_after") << u"open_after"_s << u"0"_s;
    }
    void theEditorShowsTheStoresReasonAtTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        StoreClient client;
        RulesView view(&client);
        RuleEditorDialog* editor = openMethodRule(client, view, u"admin"_s);
        QVERIFY(editor);
        QCOMPARE(editor->fieldError(u"comment"_s), u"comment: must not be empty"_s);
        type(editor, u"comment"_s, u"tuning"_s);
        QVERIFY(editor->problem().isEmpty());
        auto* save = editor->findChild<QPushButton*>(u"saveRule"_s);
        QVERIFY(save->isVisible() && save->isEnabled());

        type(editor, field, text);
        const QString sql = checkInStore(editor->definition());
        if (field == u"cohort.filters.issuer")
            QVERIFY(sql.isEmpty()); // empty items are dropped: "HDFC" alone is fine
        else
            QVERIFY2(sql.startsWith(field), qPrintable(sql));
        QCOMPARE(editor->fieldError(field), sql);
        QCOMPARE(editor->problem(), sql);
        QCOMPARE(save->isEnabled(), sql.isEmpty());
        if (field == u"open_below") {
            editor->resize(720, 980);
            QTest::qWait(100); // let the layout follow the new size before the grab
            const QString path = QDir(screenshotDir()).filePath(u"rule_editor_error.png"_s);
            QVERIFY(editor->grab().save(path));
            qInfo("screenshot: %s", qPrintable(path));
        }
    }

    void aCountWindowAndTheSeverityBands()
    {
        StoreClient client;
        RulesView view(&client);
        RuleEditorDialog* editor = openMethodRule(client, view, u"admin"_s);
        QVERIFY(editor);
        type(editor, u"comment"_s, u"count"_s);
        auto* kind = editor->findChild<QComboBox*>(u"window.kind"_s);
        kind->setCurrentIndex(kind->findData(u"count"_s));
        // n is empty: the check names it.
        QCOMPARE(editor->fieldError(u"window.n"_s), checkInStore(editor->definition()));
        QVERIFY(editor->fieldError(u"window.n"_s).startsWith(u"window.n: "));
        type(editor, u"window.n"_s, u"0"_s);
        QCOMPARE(editor->fieldError(u"window.n"_s),
                 u"window.n: must be an integer from 1 to 1000000"_s);
        type(editor, u"window.n"_s, u"500"_s);
        QVERIFY2(editor->problem().isEmpty(), qPrintable(editor->problem()));
        QCOMPARE(editor->definition().value(u"window"_s).toObject(),
                 (QJsonObject{{u"kind"_s, u"count"_s}, {u"n"_s, 500}}));

        auto* bands = editor->findChild<QTableWidget*>(u"severityBands"_s);
        const int before = bands->rowCount();
        QTest::mouseClick(editor->findChild<QPushButton*>(u"addBand"_s), Qt::LeftButton);
        QCOMPARE(bands->rowCount(), before + 1);
        QCOMPARE(editor->fieldError(u"severity"_s), checkInStore(editor->definition()));
        QVERIFY(editor->fieldError(u"severity"_s).startsWith(u"severity[%1]"_s.arg(before)));
        bands->item(before, 0)->setText(u"critical"_s);
        bands->item(before, 1)->setText(u"0.1"_s);
        QCOMPARE(editor->fieldError(u"severity"_s),
                 u"severity[%1].name: critical is used twice"_s.arg(before));
        QCOMPARE(editor->fieldError(u"severity"_s), checkInStore(editor->definition()));
        bands->item(before, 0)->setText(u"outage"_s);
        QVERIFY2(editor->problem().isEmpty(), qPrintable(editor->problem()));
        bands->setCurrentCell(before, 0);
        QTest::mouseClick(editor->findChild<QPushButton*>(u"removeBand"_s), Qt::LeftButton);
        QCOMPARE(bands->rowCount(), before);
        QVERIFY(editor->problem().isEmpty());
    }

    void anAdminSavesVersionsAndComparesThem()
    {
        StoreClient client;
        RulesView view(&client);
        RuleEditorDialog* editor = openMethodRule(client, view, u"admin"_s);
        QVERIFY(editor);
        type(editor, u"min_volume"_s, u"150"_s);
        type(editor, u"comment"_s, u"more volume before judging"_s);
        QSignalSpy saved(&view, &RulesView::ruleSaved);
        QTest::mouseClick(editor->findChild<QPushButton*>(u"saveRule"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        QCOMPARE(saved.first().at(1).toInt(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(versionOf(view), 2, 20000);

        view.openSelected();
        editor = view.editor();
        QVERIFY(editor);
        // Opening below the mildest band's threshold makes that band never apply.
        type(editor, u"open_below"_s, u"0.7"_s);
        QCOMPARE(editor->fieldError(u"severity"_s),
                 u"severity[2].below: must be at most open_below (a band above it never "
                 "applies)"_s);
        QCOMPARE(editor->fieldError(u"severity"_s), checkInStore(editor->definition()));
        auto* bands = editor->findChild<QTableWidget*>(u"severityBands"_s);
        bands->item(2, 1)->setText(u"0.7"_s);
        type(editor, u"comment"_s, u"open lower"_s);
        QVERIFY2(editor->problem().isEmpty(), qPrintable(editor->problem()));
        QTest::mouseClick(editor->findChild<QPushButton*>(u"saveRule"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(versionOf(view), 3, 20000);

        RuleVersionsView* versions = view.versions();
        QTRY_COMPARE_WITH_TIMEOUT(versions->versions()->rowCount(), 3, 20000);
        QCOMPARE(versions->versions()->version(0).comment, u"open lower"_s);
        QCOMPARE(versions->versions()->version(0).author, u"admin"_s);
        // One version selected: compared with the one before it.
        QCOMPARE(changed(*versions->diff()),
                 (QStringList{u"open_below: 0.8 → 0.7"_s, u"severity[2].below: 0.8 → 0.7"_s}));
        versions->selectVersions(1, 3);
        QCOMPARE(changed(*versions->diff()),
                 (QStringList{u"min_volume: 100 → 150"_s, u"open_below: 0.8 → 0.7"_s,
                              u"severity[2].below: 0.8 → 0.7"_s}));
        // A reload (here: the list's refresh, as after any NOTIFY) keeps the comparison.
        QSignalSpy reloaded(versions, &RuleVersionsView::versionsLoaded);
        view.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(reloaded.size() >= 1, 20000);
        QCOMPARE(changed(*versions->diff()).size(), 3);
        QCOMPARE(versions->diff()->headerData(RuleDiffModel::LeftColumn, Qt::Horizontal).toString(),
                 u"Version 1"_s);
        view.resize(1200, 760);
        view.show();
        QTest::qWait(100);
        const QString path = QDir(screenshotDir()).filePath(u"rules_versions.png"_s);
        QVERIFY(view.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    void anAdminCreatesANewRule()
    {
        StoreClient client;
        RulesView view(&client);
        QVERIFY(openMethodRule(client, view, u"admin"_s));
        auto* add = view.findChild<QPushButton*>(u"newRule"_s);
        QVERIFY(!add->isHidden());
        QTest::mouseClick(add, Qt::LeftButton);
        RuleEditorDialog* editor = view.editor();
        QVERIFY(editor);
        QCOMPARE(editor->ruleId(), 0);
        QCOMPARE(editor->fieldError(u"name"_s), u"name: must not be empty"_s);
        type(editor, u"name"_s, u"UPI by issuer"_s);
        type(editor, u"cohort.filters.method"_s, u"upi"_s);
        type(editor, u"cohort.group_by"_s, u"issuer"_s);
        type(editor, u"comment"_s, u"watch UPI banks"_s);
        QVERIFY2(editor->problem().isEmpty(), qPrintable(editor->problem()));
        QSignalSpy saved(&view, &RulesView::ruleSaved);
        QTest::mouseClick(editor->findChild<QPushButton*>(u"saveRule"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        const qint64 id = saved.first().at(0).toLongLong();
        QCOMPARE(saved.first().at(1).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOf(id) >= 0, 20000);
        const int row = view.model()->rowOf(id);
        QCOMPARE(view.model()->data(view.model()->index(row, RuleListModel::CohortColumn)),
                 QVariant(u"method = upi; per issuer"_s));
        PgConnection db = PgConnection::open(m_store->ownerDsn());
        PgResult stored = db.exec(u"SELECT created_by, comment, definition #>> '{cohort,filters,"
                                  "method}' FROM payops.rules WHERE rule_id = $1"_s,
                                  {id});
        QCOMPARE(stored.text(0, 0), u"admin"_s);
        QCOMPARE(stored.text(0, 1), u"watch UPI banks"_s);
        QCOMPARE(stored.text(0, 2), u"upi"_s);
    }

    void aRefusalOfTheStoreKeepsTheEditorAsTyped()
    {
        PgConnection admin = PgConnection::open(m_store->dsnAs(u"admin"_s));
        PgResult current =
            admin.exec(u"SELECT definition::text FROM payops.current_rules WHERE rule_id = $1"_s,
                       {m_methodRule});
        const qint64 doomed =
            admin
                .exec(
                    u"SELECT (payops.save_rule(NULL, 'doomed', $1::jsonb, 'soon gone')).rule_id"_s,
                    {current.text(0, 0)})
                .toInt(0, 0);
        StoreClient client;
        RulesView view(&client);
        client.open(m_store->dsnAs(u"admin"_s));
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOf(doomed) >= 0, 20000);
        view.selectRule(doomed);
        view.openSelected();
        RuleEditorDialog* editor = view.editor();
        QVERIFY(editor);
        type(editor, u"comment"_s, u"too late"_s);
        PgConnection::open(m_store->ownerDsn())
            .exec(u"DELETE FROM payops.rules WHERE rule_id = $1"_s, {doomed});
        QTest::mouseClick(editor->findChild<QPushButton*>(u"saveRule"_s), Qt::LeftButton);
        auto* error = editor->findChild<QLabel*>(u"ruleError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!error->isHidden(), 20000);
        QVERIFY2(error->text().contains(u"rule_id"), qPrintable(error->text()));
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->comment(), u"too late"_s);
        QVERIFY(editor->findChild<QPushButton*>(u"saveRule"_s)->isEnabled());
    }

    void viewersAndOperatorsSeeRulesReadOnly_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("viewer") << u"viewer"_s;
        QTest::newRow("operator") << u"operator"_s;
    }
    void viewersAndOperatorsSeeRulesReadOnly()
    {
        QFETCH(QString, login);
        StoreClient client;
        RulesView view(&client);
        RuleEditorDialog* editor = openMethodRule(client, view, login);
        QVERIFY(editor);
        QVERIFY(view.findChild<QPushButton*>(u"newRule"_s)->isHidden());
        QCOMPARE(view.findChild<QPushButton*>(u"openRule"_s)->text(), u"&View…"_s);
        QVERIFY(editor->findChild<QPushButton*>(u"saveRule"_s)->isHidden());
        QVERIFY(!editor->findChild<QLineEdit*>(u"open_below"_s)->isEnabled());
        const QString stored =
            PgConnection::open(m_store->ownerDsn())
                .exec(u"SELECT definition ->> 'open_below' FROM payops.current_rules"
                      " WHERE rule_id = $1"_s,
                      {m_methodRule})
                .text(0, 0);
        QCOMPARE(editor->findChild<QLineEdit*>(u"open_below"_s)->text(), stored);
        QVERIFY(editor->problem().isEmpty()); // no comment is asked of a reader
        QVERIFY(editor->findChild<QLabel*>(u"readOnlyNote"_s));
    }

    void thePageStartsWithTheRulesTabAndTheEditorOpensTheBacktest()
    {
        StoreClient client;
        RulesDowntimesPage page(&client);
        QVERIFY(page.rules());
        QCOMPARE(page.tabs()->widget(0), page.rules());
        RuleEditorDialog* editor = openMethodRule(client, *page.rules(), u"admin"_s);
        QVERIFY(editor);
        QSignalSpy asked(page.rules(), &RulesView::backtestRequested);
        type(editor, u"open_below"_s, u"2"_s);
        auto* backtest = editor->findChild<QPushButton*>(u"backtestRule"_s);
        QVERIFY(!backtest->isEnabled()); // nothing to run while the definition is refused
        type(editor, u"min_volume"_s, u"300"_s);
        type(editor, u"open_below"_s, u"0.79"_s);
        QVERIFY(backtest->isEnabled());
        QTest::mouseClick(backtest, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().at(0).toLongLong(), m_methodRule);
        const auto current = asked.first().at(3).toJsonObject();
        const auto edited = asked.first().at(4).toJsonObject();
        QCOMPARE(edited.value(u"min_volume"_s).toInt(), 300);
        QCOMPARE(edited.value(u"open_below"_s).toDouble(), 0.79);
        QVERIFY(current.value(u"min_volume"_s).toInt() != 300);
        QCOMPARE(page.tabs()->tabText(page.tabs()->currentIndex()).remove(u'&'), u"Backtest"_s);
        QVERIFY(editor->isVisible()); // still open: back to it to save
    }

private:
    RuleEditorDialog* openMethodRule(StoreClient& client, RulesView& view, const QString& login)
    {
        client.open(m_store->dsnAs(login));
        if (!QTest::qWaitFor([&] { return view.model()->rowOf(m_methodRule) >= 0; }, 20000))
            return nullptr;
        view.selectRule(m_methodRule);
        view.openSelected();
        return view.editor();
    }
    static void type(RuleEditorDialog* editor, const QString& field, const QString& text)
    {
        auto* line = editor->findChild<QLineEdit*>(field);
        QVERIFY2(line, qPrintable(field));
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
        QTest::keyClicks(line, text);
    }
    QString checkInStore(const QJsonObject& definition)
    {
        PgConnection db = PgConnection::open(m_store->dsnAs(u"viewer"_s));
        try {
            db.exec(u"SELECT payops.check_rule_definition($1::jsonb)"_s,
                    {QString::fromUtf8(QJsonDocument(definition).toJson())});
        } catch (const StoreError& error) {
            return error.message();
        }
        return {};
    }
    static int versionOf(RulesView& view)
    {
        const int row = view.model()->rowOf(view.versions()->ruleId());
        return row < 0 ? -1 : view.model()->rule(row).version;
    }
    static QStringList changed(const RuleDiffModel& diff)
    {
        QStringList out;
        for (const auto& f : diff.fields())
            if (f.changed)
                out << f.path + u": "_s + f.left + u" → "_s + f.right;
        return out;
    }
    static QString screenshotDir()
    {
        const QString dir = qEnvironmentVariable("PAYOPS_SCREENSHOT_DIR", u"/tmp/rules-shots"_s);
        QDir().mkpath(dir);
        return dir;
    }

    std::unique_ptr<TestStore> m_store;
    qint64 m_methodRule = 0;
};

QTEST_MAIN(TestRulesView)
#include "tst_rules_view.moc"
