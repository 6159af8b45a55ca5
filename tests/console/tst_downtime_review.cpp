// The Downtimes, Mutes and Audit tabs of the Rules & downtimes area against a real store:
// models under QAbstractItemModelTester, a label set from the view changing payops evaluate's
// matrix, a mute made from the view keeping payops detect's new downtime quiet, roles.
#include "../store/DetectScenario.h"
#include "AuditLogModel.h"
#include "AuditView.h"
#include "DowntimeDetailPanel.h"
#include "DowntimeLabelDialog.h"
#include "DowntimeListModel.h"
#include "DowntimesView.h"
#include "MuteCoverageModel.h"
#include "MuteEditorDialog.h"
#include "MuteListModel.h"
#include "MutesView.h"
#include "PayopsRun.h"
#include "RulesDowntimesPage.h"
#include "SrChart.h"
#include "WallCohortsModel.h"
#include "WallFixture.h"
#include "downtimes/AuditDiff.h"
#include "downtimes/AuditQuery.h"
#include "downtimes/DowntimeQuery.h"
#include "downtimes/MuteQuery.h"
#include "store/PgConnection.h"
#include "store/StoreClient.h"
#include "store/StoreError.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DetectScenario;

namespace {

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// Where screenshots go: PAYOPS_TEST_SCREENSHOTS, or <build>/screenshots.
QString screenshotPath(const QString& name)
{
    QString dir = qEnvironmentVariable("PAYOPS_TEST_SCREENSHOTS");
    if (dir.isEmpty())
        dir = QDir(qEnvironmentVariable("PAYOPS_VAR")).filePath(u"../screenshots"_s);
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

QString sqlStateOf(PgConnection& db, const QString& sql, const QVariantList& params = {})
{
    try {
        db.exec(sql, params);
    } catch (const StoreError& error) {
        return error.sqlState();
    }
    return u"ok"_s;
}

} // namespace

class TestDowntimeReview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QJsonObject evaluate(const QString& dsn)
    {
        const PayopsRun run = PayopsRun::of(
            {u"evaluate"_s, u"--truth"_s, path(u"truth.jsonl"_s), u"--json"_s, u"--dsn"_s, dsn});
        if (run.exitCode != 0)
            qWarning() << run.err;
        return QJsonDocument::fromJson(run.out).object()[u"confusion"_s].toObject();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void auditDiffListsTheChangedKeys()
    {
        const QList<AuditChange> update = AuditDiff::changes(
            object(R"({"id": 3, "label": null, "note": "x", "volume": 10})"),
            object(R"({"id": 3, "label": "false_positive", "note": "x", "by": "op"})"));
        QCOMPARE(AuditDiff::keys(update), u"label, volume, by"_s);
        QCOMPARE(AuditDiff::text(update),
                 u"label: null → false_positive\nvolume: − 10\nby: + op"_s);
        const QList<AuditChange> created = AuditDiff::changes(
            QJsonValue(QJsonValue::Undefined), object(R"({"a": [1, 2], "b": null})"));
        QCOMPARE(AuditDiff::text(created), u"a: + [1,2]"_s);
        QVERIFY(AuditDiff::changes(object(R"({"a": 1})"), object(R"({"a": 1})")).isEmpty());
    }

    void modelsOverTheStore()
    {
        WallFixture fixture(u"review_models"_s);
        fixture.seedStandard();
        PgConnection operatorLogin = PgConnection::open(fixture.store().dsnAs(u"operator"_s));
        const qint64 hdfc = fixture.owner()
                                .exec(u"SELECT id FROM payops.downtimes WHERE cohort_key = "
                                      u"'issuer=HDFC'"_s)
                                .toInt(0, 0);
        operatorLogin.exec(u"SELECT payops.label_downtime($1, 'true_positive', 'bank said so')"_s,
                           {hdfc});
        const qint64 mute =
            operatorLogin
                .exec(u"SELECT payops.mute('{\"method\": \"card\"}', now() + interval '2 hours', "
                      u"'card maintenance')"_s)
                .toInt(0, 0);
        StoreClient client;
        client.open(fixture.store().dsnAs(u"viewer"_s));

        DowntimeListModel downtimes;
        QAbstractItemModelTester downtimesTester(&downtimes);
        downtimes.setPageSize(2);
        downtimes.setResult(WallFixture::run(client, DowntimeQuery::page({}, {}, 3)));
        QVERIFY2(downtimes.error().isEmpty(), qPrintable(downtimes.error()));
        QCOMPARE(downtimes.rowCount(), 2);
        QVERIFY(downtimes.hasMore());
        // Newest start first: upi (280 s ago), then HDFC (600 s ago).
        QCOMPARE(downtimes.downtime(0).cohortKey, u"method=upi"_s);
        QCOMPARE(downtimes.downtime(1).cohortKey, u"issuer=HDFC"_s);
        QCOMPARE(downtimes.downtime(1).label, u"true_positive"_s);
        QCOMPARE(downtimes.downtime(1).labelledBy, u"operator"_s);
        QCOMPARE(downtimes.index(0, DowntimeListModel::RuleColumn).data().toString(),
                 u"methods v1"_s);
        downtimes.setResult(
            WallFixture::run(client, DowntimeQuery::page({}, downtimes.lastCursor(), 3)));
        QCOMPARE(downtimes.rowCount(), 2);
        QVERIFY(!downtimes.hasMore());
        QCOMPARE(downtimes.downtime(0).cohortKey, u"issuer=ICICI"_s);
        QCOMPARE(downtimes.downtime(1).cohortKey, u"method=wallet"_s);
        QVERIFY(downtimes.downtime(1).muted);
        QVERIFY(!downtimes.downtime(0).isOpen());

        downtimes.setPageSize(50);
        const auto keys = [&](const DowntimeFilter& filter) {
            downtimes.setResult(WallFixture::run(client, DowntimeQuery::page(filter, {}, 51)));
            QStringList list;
            for (int row = 0; row < downtimes.rowCount(); ++row)
                list.append(downtimes.downtime(row).cohortKey);
            return list;
        };
        DowntimeFilter open;
        open.state = u"open"_s;
        QCOMPARE(keys(open), (QStringList{u"method=upi"_s, u"issuer=HDFC"_s, u"method=wallet"_s}));
        DowntimeFilter resolved;
        resolved.state = u"resolved"_s;
        QCOMPARE(keys(resolved), QStringList{u"issuer=ICICI"_s});
        DowntimeFilter cohort;
        cohort.cohortText = u"hdfc"_s;
        QCOMPARE(keys(cohort), QStringList{u"issuer=HDFC"_s});
        DowntimeFilter rule;
        rule.ruleId = fixture.issuersRule;
        rule.severity = u"major"_s;
        QCOMPARE(keys(rule), QStringList{u"issuer=ICICI"_s});
        DowntimeFilter labelled;
        labelled.label = u"unlabelled"_s;
        QCOMPARE(keys(labelled).size(), 3);
        labelled.label = u"true_positive"_s;
        QCOMPARE(keys(labelled), QStringList{u"issuer=HDFC"_s});
        DowntimeFilter time;
        time.from = QDateTime::currentDateTimeUtc().addSecs(-450);
        time.to = QDateTime::currentDateTimeUtc().addSecs(-290);
        // ICICI ended 500 s ago; upi started 280 s ago; wallet and HDFC overlap the range.
        QCOMPARE(keys(time), (QStringList{u"issuer=HDFC"_s, u"method=wallet"_s}));

        MuteListModel mutes;
        QAbstractItemModelTester mutesTester(&mutes);
        mutes.setResult(WallFixture::run(client, MuteQuery::list()));
        QCOMPARE(mutes.rowCount(), 1);
        QCOMPARE(mutes.mute(0).id, mute);
        QCOMPARE(mutes.mute(0).state, u"active"_s);
        QCOMPARE(mutes.mute(0).author, u"operator"_s);
        QCOMPARE(mutes.index(0, MuteListModel::MatchersColumn).data().toString(), u"method=card"_s);

        // The preview, as the viewer may ask it: the rule's open downtimes (upi; wallet, muted
        // by the fixture), and its cohorts with recent windows.
        MuteCoverageModel coverage;
        QAbstractItemModelTester coverageTester(&coverage);
        QJsonObject methods;
        methods.insert(u"rule_id"_s, fixture.methodsRule);
        coverage.setResult(WallFixture::run(client, MuteQuery::preview(methods)));
        QVERIFY2(coverage.error().isEmpty(), qPrintable(coverage.error()));
        QCOMPARE(coverage.downtimeCount(), 2);
        QCOMPARE(coverage.cohortCount(), 3);
        QCOMPARE(coverage.coverage(0).kind, u"downtime"_s);
        QCOMPARE(coverage.coverage(0).cohortKey, u"method=upi"_s);
        QVERIFY(!coverage.coverage(0).muted);
        QCOMPARE(coverage.coverage(1).cohortKey, u"method=wallet"_s);
        QVERIFY(coverage.coverage(1).muted);
        QCOMPARE(coverage.index(1, MuteCoverageModel::KindColumn).data().toString(),
                 u"open downtime #%1 (already muted)"_s.arg(coverage.coverage(1).downtimeId));
        methods.insert(u"method"_s, u"upi"_s);
        coverage.setResult(WallFixture::run(client, MuteQuery::preview(methods)));
        QCOMPARE(coverage.downtimeCount(), 1);
        QCOMPARE(coverage.cohortCount(), 1);
        coverage.setResult(
            WallFixture::run(client, MuteQuery::preview(object(R"({"bank": "x"})"))));
        QVERIFY2(coverage.error().contains(u"matchers.bank"_s), qPrintable(coverage.error()));

        AuditLogModel audit;
        QAbstractItemModelTester auditTester(&audit);
        audit.setPageSize(1);
        audit.setResult(WallFixture::run(client, AuditQuery::page({}, {}, 2)));
        QCOMPARE(audit.rowCount(), 1);
        QVERIFY(audit.hasMore());
        QCOMPARE(audit.entry(0).action, u"mute"_s);
        QCOMPARE(audit.entry(0).actor, u"operator"_s);
        audit.setResult(WallFixture::run(client, AuditQuery::page({}, audit.lastCursor(), 2)));
        QCOMPARE(audit.entry(0).action, u"label_downtime"_s);
        QCOMPARE(audit.entry(0).target, u"downtime:"_s + QString::number(hdfc));
        const QString changed = audit.index(0, AuditLogModel::ChangesColumn).data().toString();
        QVERIFY2(changed.contains(u"label"_s) && changed.contains(u"labelled_by"_s) &&
                     !changed.contains(u"volume"_s),
                 qPrintable(changed));
        QVERIFY(audit.index(0, 0)
                    .data(AuditLogModel::DiffRole)
                    .toString()
                    .contains(u"label: null → true_positive"_s));
        AuditFilter byTarget;
        byTarget.target = u"MUTE:"_s;
        byTarget.actor = u"operator"_s;
        audit.setPageSize(50);
        audit.setResult(WallFixture::run(client, AuditQuery::page(byTarget, {}, 51)));
        QCOMPARE(audit.rowCount(), 1);
        byTarget.actor = u"admin"_s;
        audit.setResult(WallFixture::run(client, AuditQuery::page(byTarget, {}, 51)));
        QCOMPARE(audit.rowCount(), 0);
    }

    void labelFromTheViewChangesEvaluate()
    {
        TestStore store(u"review_label"_s);
        PgConnection admin = PgConnection::open(store.dsnAs(u"admin"_s));
        const qint64 ruleId = onlyRule(store.dsnAs(u"admin"_s), rule(u"[\"issuer\"]"_s));
        PgConnection owner = PgConnection::open(store.ownerDsn());
        const qint64 id =
            owner
                .exec(u"INSERT INTO payops.downtimes (rule_id, rule_version, cohort, cohort_key, "
                      u"started_at, resolved_at, resolved_reason, severity, lowest_sr, volume) "
                      u"VALUES ($1, 1, '{\"issuer\": \"HDFC\"}', 'issuer=HDFC', "
                      u"'2026-11-24T16:03:00Z', '2026-11-24T16:05:00Z', 'recovered', 'critical', "
                      u"0.1, 900) RETURNING id"_s,
                      {ruleId})
                .toInt(0, 0);
        QFile truth(path(u"truth.jsonl"_s));
        QVERIFY(truth.open(QIODevice::WriteOnly));
        truth.write(R"({"incident":"hdfc-down","cohort":{"issuer":"HDFC"},)"
                    R"("starts_at":"2026-11-24T16:02:00Z","ends_at":"2026-11-24T16:06:00Z"})"
                    "\n");
        truth.close();
        const QJsonObject before = evaluate(store.dsnAs(u"viewer"_s));
        QCOMPARE(before[u"true_positives"_s].toInt(), 1);
        QCOMPARE(before[u"false_positives"_s].toInt(), 0);

        StoreClient client;
        client.open(store.dsnAs(u"operator"_s));
        DowntimesView view(&client);
        view.resize(1100, 800);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() == 1, 20000);
        QVERIFY(view.selectDowntime(id));
        QTRY_VERIFY_WITH_TIMEOUT(view.detail()->hasChart(), 20000);
        auto* rules = view.findChild<QComboBox*>(u"downtimeRuleFilter"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rules->findData(ruleId) > 0, 20000);
        QCOMPARE(rules->itemText(rules->findData(ruleId)), u"test rule (#%1)"_s.arg(ruleId));
        auto* labelButton = view.findChild<QPushButton*>(u"labelDowntimeButton"_s);
        QVERIFY(labelButton && labelButton->isVisible());
        QSignalSpy labelled(&view, &DowntimesView::labelled);
        labelButton->click();
        auto* dialog = view.findChild<DowntimeLabelDialog*>();
        QVERIFY(dialog);
        dialog->setLabel(u"false_positive"_s);
        dialog->setNote(u"bank maintenance window, announced"_s);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(labelled.size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(view.detail()->facts().contains(u"Labelled false positive by "
                                                                 u"operator"_s),
                                 20000);

        const PgResult stored = owner.exec(
            u"SELECT label, label_note, labelled_by FROM payops.downtimes WHERE id = $1"_s, {id});
        QCOMPARE(stored.text(0, 0), u"false_positive"_s);
        QCOMPARE(stored.text(0, 1), u"bank maintenance window, announced"_s);
        QCOMPARE(stored.text(0, 2), u"operator"_s);
        const PgResult audited = owner.exec(
            u"SELECT actor, reason, before ->> 'label', after ->> 'label' FROM payops.audit_log "
            u"WHERE action = 'label_downtime' AND target = $1"_s,
            {QString(u"downtime:"_s + QString::number(id))});
        QCOMPARE(audited.rows(), 1);
        QCOMPARE(audited.text(0, 0), u"operator"_s);
        QCOMPARE(audited.text(0, 1), u"bank maintenance window, announced"_s);
        QVERIFY(audited.isNull(0, 2));
        QCOMPARE(audited.text(0, 3), u"false_positive"_s);

        const QJsonObject after = evaluate(store.dsnAs(u"viewer"_s));
        QCOMPARE(after[u"true_positives"_s].toInt(), 0);
        QCOMPARE(after[u"false_positives"_s].toInt(), 1);
        QCOMPARE(after[u"labelled_false_positives"_s].toInt(), 1);
        QCOMPARE(after[u"false_negatives"_s].toInt(), 1);

        // The Audit tab shows it with what changed.
        AuditView audit(&client);
        AuditFilter filter;
        filter.action = u"label_downtime"_s;
        audit.setFilter(filter);
        QTRY_COMPARE_WITH_TIMEOUT(audit.model()->rowCount(), 1, 20000);
        audit.table()->selectRow(0);
        QVERIFY2(audit.diffText().contains(u"label: null → false_positive"_s),
                 qPrintable(audit.diffText()));
    }

    void muteFromTheViewSilencesANewDowntime()
    {
        TestStore store(u"review_mute"_s);
        const qint64 ruleId = onlyRule(store.dsnAs(u"admin"_s), rule(u"[\"issuer\"]"_s));
        PgConnection admin = PgConnection::open(store.dsnAs(u"admin"_s));
        const qint64 endpoint =
            admin
                .exec(u"SELECT payops.save_endpoint(NULL, 'noc', 'http://127.0.0.1:9/hook', "
                      u"'{downtime.*}', 'whsec_' || encode('0123456789abcdef0123456789abcdef', "
                      u"'base64'))"_s)
                .toInt(0, 0);
        PgConnection owner = PgConnection::open(store.ownerDsn());
        // Yesterday's HDFC downtime, which the operator mutes from; and an open downtime of a
        // (disabled) default rule on card × HDFC that only a mute without rule_id covers.
        const qint64 past =
            owner
                .exec(u"INSERT INTO payops.downtimes (rule_id, rule_version, cohort, cohort_key, "
                      u"started_at, resolved_at, resolved_reason, severity, lowest_sr, volume) "
                      u"VALUES ($1, 1, '{\"issuer\": \"HDFC\"}', 'issuer=HDFC', "
                      u"'2026-11-23T10:00:00Z', '2026-11-23T10:20:00Z', 'recovered', 'critical', "
                      u"0.2, 700) RETURNING id"_s,
                      {ruleId})
                .toInt(0, 0);
        owner.exec(u"INSERT INTO payops.downtimes (rule_id, rule_version, cohort, cohort_key, "
                   u"started_at, severity, lowest_sr, volume) SELECT rule_id, version, "
                   u"'{\"method\": \"card\", \"issuer\": \"HDFC\"}', 'method=card,issuer=HDFC', "
                   u"now() - interval '5 minutes', 'critical', 0.3, 300 "
                   u"FROM payops.rules WHERE rule_id <> $1 ORDER BY rule_id, version LIMIT 1"_s,
                   {ruleId});

        StoreClient client;
        client.open(store.dsnAs(u"operator"_s));
        DowntimesView view(&client);
        view.resize(1100, 800);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() == 2, 20000);
        QVERIFY(view.selectDowntime(past));
        QSignalSpy opened(&view, &DowntimesView::muteEditorOpened);
        view.findChild<QPushButton*>(u"muteFromDowntimeButton"_s)->click();
        QCOMPARE(opened.size(), 1);
        auto* editor = qobject_cast<MuteEditorDialog*>(opened.first().first().value<QWidget*>());
        QVERIFY(editor);
        QJsonObject expected;
        expected.insert(u"rule_id"_s, ruleId);
        expected.insert(u"issuer"_s, u"HDFC"_s);
        QCOMPARE(editor->matchers(), expected);
        QTRY_VERIFY_WITH_TIMEOUT(editor->coverage()->hasData(), 20000);
        QCOMPARE(editor->coverage()->downtimeCount(), 0);
        editor->removeMatcher(u"rule_id"_s);
        QTRY_COMPARE_WITH_TIMEOUT(editor->coverage()->downtimeCount(), 1, 20000);
        editor->setMatchers(expected);
        QTRY_COMPARE_WITH_TIMEOUT(editor->coverage()->downtimeCount(), 0, 20000);
        auto* save = editor->findChild<QPushButton*>(u"saveMuteButton"_s);
        QVERIFY(!save->isEnabled()); // no reason yet
        editor->setReason(u"HDFC maintenance tonight"_s);
        QVERIFY(save->isEnabled());
        // The store's refusal is shown as it is, and the dialog stays open to fix it.
        editor->setEndsAt(QDateTime::currentDateTime().addSecs(-60));
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(editor->message().contains(u"ends_at: must be"_s), 20000);
        QVERIFY(editor->isVisible());
        editor->setEndsAt(QDateTime::currentDateTime().addSecs(3600));
        QSignalSpy created(&view, &DowntimesView::muteCreated);
        save->click();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 20000);
        const qint64 mute = created.first().first().toLongLong();
        const PgResult stored = owner.exec(
            u"SELECT matchers::text, author, reason, ends_at > now() + interval '50 minutes' "
            u"FROM payops.mutes WHERE id = $1"_s,
            {mute});
        QCOMPARE(QJsonDocument::fromJson(stored.text(0, 0).toUtf8()).object(), expected);
        QCOMPARE(stored.text(0, 1), u"operator"_s);
        QCOMPARE(stored.text(0, 2), u"HDFC maintenance tonight"_s);
        QCOMPARE(stored.text(0, 3), u"t"_s);

        // New traffic: HDFC and ICICI fail together; the detector records both downtimes,
        // HDFC's muted by the mute, and notifies only ICICI's.
        Traffic hdfc;
        hdfc.failing = [](int second) { return second >= 180 && second < 360 ? 1.0 : 0.0; };
        Traffic icici = hdfc;
        icici.issuer = "ICICI";
        load(store.dsnAs(u"engine"_s), events({hdfc, icici}, 0, 600));
        const Run run = detect(store.dsnAs(u"engine"_s), {u"--drain"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const PgResult muted = owner.exec(
            u"SELECT id, muted, mute_id FROM payops.downtimes WHERE cohort_key = 'issuer=HDFC' "
            u"AND id <> $1"_s,
            {past});
        QCOMPARE(muted.rows(), 1);
        QCOMPARE(muted.text(0, 1), u"t"_s);
        QCOMPARE(muted.toInt(0, 2), mute);
        const PgResult notified = owner.exec(
            u"SELECT w.payload #>> '{data,cohort_key}', d.endpoint_id FROM payops.webhook_events "
            u"AS w JOIN payops.deliveries AS d ON d.event_id = w.id "
            u"WHERE w.type = 'downtime.opened'"_s);
        QCOMPARE(notified.rows(), 1);
        QCOMPARE(notified.text(0, 0), u"issuer=ICICI"_s);
        QCOMPARE(notified.toInt(0, 1), endpoint);

        // The views show it: the new downtime muted by that mute; the mute active, then ended.
        view.refresh();
        const qint64 newId = muted.toInt(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOf(newId) >= 0, 20000);
        const DowntimeRow& row = view.model()->downtime(view.model()->rowOf(newId));
        QVERIFY(row.muted);
        QCOMPARE(row.muteId, mute);
        QCOMPARE(row.muteReason, u"HDFC maintenance tonight"_s);
        MutesView mutes(&client);
        mutes.show();
        QTRY_VERIFY_WITH_TIMEOUT(mutes.model()->rowOf(mute) >= 0, 20000);
        const MuteRow& listed = mutes.model()->mute(mutes.model()->rowOf(mute));
        QCOMPARE(listed.state, u"active"_s);
        QCOMPARE(listed.mutedDowntimes, 1);
        QVERIFY(mutes.selectMute(mute));
        auto* end = mutes.findChild<QPushButton*>(u"endMuteButton"_s);
        QVERIFY(end->isVisible() && end->isEnabled());
        QSignalSpy ended(&mutes, &MutesView::muteEnded);
        mutes.endMute(mute, u"maintenance over"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(mutes.model()->mute(mutes.model()->rowOf(mute)).state == u"ended",
                                 20000);
        QCOMPARE(mutes.model()->mute(mutes.model()->rowOf(mute)).endedBy, u"operator"_s);
        mutes.endMute(mute, u"again"_s);
        QTRY_VERIFY_WITH_TIMEOUT(mutes.message().contains(u"already ended"_s), 20000);
    }

    void viewersCannotMuteOrLabel()
    {
        WallFixture fixture(u"review_roles"_s);
        fixture.seedStandard();
        const qint64 downtime =
            fixture.owner().exec(u"SELECT min(id) FROM payops.downtimes"_s).toInt(0, 0);
        const qint64 mute =
            PgConnection::open(fixture.store().dsnAs(u"operator"_s))
                .exec(u"SELECT payops.mute('{\"method\": \"upi\"}', now() + interval '1 hour', "
                      u"'test')"_s)
                .toInt(0, 0);
        PgConnection viewer = PgConnection::open(fixture.store().dsnAs(u"viewer"_s));
        QCOMPARE(sqlStateOf(viewer, u"SELECT payops.label_downtime($1, 'false_positive', 'no')"_s,
                            {downtime}),
                 u"42501"_s);
        QCOMPARE(sqlStateOf(viewer,
                            u"SELECT payops.mute('{\"method\": \"card\"}', now() + interval "
                            u"'1 hour', 'no')"_s),
                 u"42501"_s);
        QCOMPARE(sqlStateOf(viewer, u"SELECT payops.end_mute($1, 'no')"_s, {mute}), u"42501"_s);
        QCOMPARE(sqlStateOf(viewer, u"UPDATE payops.downtimes SET label = 'false_positive'"_s),
                 u"42501"_s);
        QCOMPARE(fixture.owner()
                     .exec(u"SELECT count(*) FROM payops.downtimes WHERE label IS NOT NULL"_s)
                     .toInt(0, 0),
                 0);
        QCOMPARE(fixture.owner().exec(u"SELECT count(*) FROM payops.mutes"_s).toInt(0, 0), 1);

        // The viewer reads, and is offered no action.
        StoreClient client;
        client.open(fixture.store().dsnAs(u"viewer"_s));
        DowntimesView view(&client);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() == 4, 20000);
        QVERIFY(view.selectDowntime(downtime));
        QVERIFY(!view.findChild<QPushButton*>(u"labelDowntimeButton"_s)->isVisible());
        // Live: a downtime the detector writes shows up after its NOTIFY, nothing asked.
        fixture.addDowntime(fixture.issuersRule, u"issuer=SBI"_s, 30, -1, u"major"_s);
        fixture.notifyDetection();
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 5, 10000);
        QCOMPARE(view.model()->downtime(0).cohortKey, u"issuer=SBI"_s);
        QVERIFY(!view.findChild<QPushButton*>(u"muteFromDowntimeButton"_s)->isVisible());
        MutesView mutes(&client);
        mutes.show();
        QTRY_COMPARE_WITH_TIMEOUT(mutes.model()->rowCount(), 1, 20000);
        QVERIFY(!mutes.findChild<QPushButton*>(u"endMuteButton"_s)->isVisible());
        // Even if the view asked, the store says no.
        view.labelDowntime(downtime, u"false_positive"_s, u"no"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view.message().contains(u"permission denied"_s), 20000);
    }

    void theAreaHasTheTabs()
    {
        StoreClient client;
        RulesDowntimesPage page(&client);
        QStringList titles;
        for (int tab = 0; tab < page.tabs()->count(); ++tab)
            titles.append(page.tabs()->tabText(tab).remove(u'&'));
        QVERIFY2(titles.contains(u"Downtimes"_s) && titles.contains(u"Mutes"_s) &&
                     titles.contains(u"Audit"_s),
                 qPrintable(titles.join(u", "_s)));
        QVERIFY(page.findChild<DowntimesView*>());
        QVERIFY(page.findChild<MutesView*>());
        QVERIFY(page.findChild<AuditView*>());
    }

    void screenshots()
    {
        WallFixture fixture(u"review_shots"_s);
        fixture.seedStandard();
        PgConnection operatorLogin = PgConnection::open(fixture.store().dsnAs(u"operator"_s));
        operatorLogin.exec(u"SELECT payops.label_downtime(id, 'false_positive', 'ICICI "
                           u"maintenance, announced') FROM payops.downtimes WHERE cohort_key = "
                           u"'issuer=ICICI'"_s);
        operatorLogin.exec(u"SELECT payops.mute('{\"method\": \"upi\"}', now() + interval "
                           u"'3 hours', 'UPI switch maintenance')"_s);
        const qint64 ended = operatorLogin
                                 .exec(u"SELECT payops.mute('{\"issuer\": \"ICICI\"}', now() + "
                                       u"interval '1 hour', 'ICICI maintenance')"_s)
                                 .toInt(0, 0);
        operatorLogin.exec(u"SELECT payops.end_mute($1, 'maintenance finished early')"_s, {ended});
        operatorLogin.exec(u"SELECT payops.mute('{\"gateway\": \"gw_b\"}', now() + interval "
                           u"'5 hours', 'gw_b release window', now() + interval '2 hours')"_s);
        StoreClient client;
        client.open(fixture.store().dsnAs(u"operator"_s));

        DowntimesView downtimes(&client);
        downtimes.resize(1280, 860);
        downtimes.show();
        QTRY_VERIFY_WITH_TIMEOUT(downtimes.model()->rowCount() == 4, 20000);
        const qint64 upi = downtimes.model()->downtime(0).id;
        QVERIFY(downtimes.selectDowntime(upi));
        QTRY_VERIFY_WITH_TIMEOUT(downtimes.detail()->hasChart(), 20000);
        SrChart* chart = downtimes.detail()->chart();
        // From 10 min before the start (280 s ago) to now: SR 96 % then 40 %.
        QVERIFY(chart->srSeries()->count() >= 80);
        QCOMPARE(chart->srSeries()->at(chart->srSeries()->count() - 1).y(), 40.0);
        QCOMPARE(chart->srSeries()->at(0).y(), 96.0);
        QCOMPARE(chart->spans().size(), 1);
        // upi is critical, the methods rule's worst band; muted: drawn grey all the same.
        QCOMPARE(chart->spans().first().color, WallCohortsModel::severityColor(1, true));
        QTest::qWait(200);
        QVERIFY(downtimes.grab().save(screenshotPath(u"downtimes-tab.png"_s)));

        MutesView mutes(&client);
        mutes.resize(1280, 500);
        mutes.show();
        QTRY_COMPARE_WITH_TIMEOUT(mutes.model()->rowCount(), 3, 20000);
        QCOMPARE(mutes.model()->mute(0).state, u"pending"_s);
        QCOMPARE(mutes.model()->mute(1).state, u"active"_s);
        QCOMPARE(mutes.model()->mute(1).mutedDowntimes, 1);
        QCOMPARE(mutes.model()->mute(2).state, u"ended"_s);
        mutes.selectMute(mutes.model()->mute(1).id);
        QTest::qWait(200);
        QVERIFY(mutes.grab().save(screenshotPath(u"mutes-tab.png"_s)));

        const DowntimeRow& wallet = downtimes.model()->downtime(downtimes.model()->rowCount() - 1);
        QVERIFY(downtimes.selectDowntime(wallet.id));
        QSignalSpy opened(&downtimes, &DowntimesView::muteEditorOpened);
        downtimes.openMuteEditor(downtimes.model()->downtime(0).id);
        auto* editor = qobject_cast<MuteEditorDialog*>(opened.first().first().value<QWidget*>());
        editor->removeMatcher(u"method"_s);
        editor->setReason(u"methods rule retuning"_s);
        QTRY_VERIFY_WITH_TIMEOUT(editor->coverage()->rowCount() == 5, 20000);
        QTest::qWait(200);
        QVERIFY(editor->grab().save(screenshotPath(u"mute-editor.png"_s)));
        editor->reject();

        AuditView audit(&client);
        audit.resize(1280, 600);
        audit.show();
        QTRY_VERIFY_WITH_TIMEOUT(audit.model()->rowCount() >= 5, 20000);
        audit.table()->selectRow(0);
        QTest::qWait(200);
        QVERIFY(audit.grab().save(screenshotPath(u"audit-tab.png"_s)));
    }
};

QTEST_MAIN(TestDowntimeReview)
#include "tst_downtime_review.moc"
