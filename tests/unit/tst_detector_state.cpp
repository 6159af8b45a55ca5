#include "DetectorFixture.h"

#include <QTest>

using namespace DetectorFixture;
using namespace Qt::StringLiterals;

namespace {

constexpr int Shards = 8;

QSet<int> allShards()
{
    QSet<int> shards;
    for (int s = 0; s < Shards; ++s)
        shards.insert(s);
    return shards;
}

void feedRange(Detector& detector, const std::vector<PaymentEvent>& events, std::size_t from,
               std::size_t to, Output* output = nullptr)
{
    for (std::size_t i = from; i < to; ++i) {
        detector.add(events[i]);
        if (output && i % 997 == 0)
            output->take(detector);
    }
    if (output)
        output->take(detector);
}

// The first index at or after `at` that starts a payment, so no payment spans a split.
std::size_t paymentBoundary(const std::vector<PaymentEvent>& events, std::size_t at)
{
    while (at < events.size() && events[at].status != "created")
        ++at;
    return at;
}

// Loads every shard of `first` into a new detector that takes the events from `split` on.
void resume(const Detector& first, const QList<DetectionRule>& rules,
            const std::vector<PaymentEvent>& events, std::size_t split, Output& output)
{
    Detector second(DetectorOptions{10 * Second, Shards});
    second.setRules(rules);
    second.setOwnedShards({});
    for (int s = 0; s < Shards; ++s) {
        QString error;
        if (!second.loadShard(s, first.saveShard(s), &error))
            qFatal("shard %d: %s", s, qPrintable(error));
    }
    QCOMPARE(second.ownedShards(), allShards());
    feedRange(second, events, split, events.size(), &output);
    second.flush();
    output.take(second);
}

Output runWhole(const std::vector<PaymentEvent>& events, const QList<DetectionRule>& rules)
{
    Detector detector(DetectorOptions{10 * Second, Shards});
    detector.setRules(rules);
    Output output;
    feedRange(detector, events, 0, events.size(), &output);
    detector.flush();
    output.take(detector);
    return output;
}

// The same windows and changes, whatever the order the detectors produced them in.
bool sameOutputs(Output parts, Output whole)
{
    for (Output* output : {&parts, &whole}) {
        output->windows.sort();
        output->changes.sort();
    }
    if (parts.windows != whole.windows)
        qWarning("windows differ: %lld vs %lld", qlonglong(parts.windows.size()),
                 qlonglong(whole.windows.size()));
    if (parts.changes != whole.changes)
        qWarning("changes differ: %lld vs %lld", qlonglong(parts.changes.size()),
                 qlonglong(whole.changes.size()));
    return parts.windows == whole.windows && parts.changes == whole.changes;
}

} // namespace

class TestDetectorState : public QObject
{
    Q_OBJECT
private slots:
    void trafficHasIncidents()
    {
        const Output whole = runWhole(traffic(40, 20, 1), mixedRules());
        QVERIFY(whole.windows.size() > 1000);
        const QString opened = whole.changes.filter(u"opened"_s).join(u'\n');
        QVERIFY2(opened.contains(u"rule=1 v1") && opened.contains(u"issuer=HDFC"),
                 qPrintable(opened));
        QVERIFY2(opened.contains(u"method=upi"), qPrintable(opened));
        QVERIFY2(opened.contains(u"merchant_id=m3"), qPrintable(opened));
        QVERIFY(whole.changes.filter(u"resolved"_s).size() >= 3);
    }
    void savedShardsContinueExactly()
    {
        const auto events = traffic(40, 20, 2);
        const QList<DetectionRule> rules = mixedRules();
        const Output whole = runWhole(events, rules);

        const std::size_t split = paymentBoundary(events, events.size() * 11 / 20);
        Output resumed;
        Detector first(DetectorOptions{10 * Second, Shards});
        first.setRules(rules);
        feedRange(first, events, 0, split, &resumed);
        resume(first, rules, events, split, resumed);
        QCOMPARE(resumed.windows, whole.windows);
        QCOMPARE(resumed.changes, whole.changes);
    }
    // Cohorts with nothing left leave the saved state once an hour of event time, and come
    // back with their next event: a long run with a quiet merchant still continues exactly.
    void quietCohortsLeaveTheStateAndComeBack()
    {
        std::vector<PaymentEvent> events;
        for (const PaymentEvent& e : traffic(150, 4, 6)) {
            const std::int64_t minute = (e.occurredAt / Second - T0) / 60;
            if (e.merchantId != "m5" || minute < 20 || minute >= 110)
                events.push_back(e);
        }
        const QList<DetectionRule> rules = {rule(9, R"({"cohort": {"group_by": ["merchant_id"]},
            "window": {"kind": "time", "size_seconds": 60, "step_seconds": 30},
            "min_volume": 5, "open_below": 0.5, "recover_above": 0.8, "open_after": 2,
            "resolve_after": 2, "severity": [{"name": "major", "below": 0.5}]})")};
        const Output whole = runWhole(events, rules);
        const int shard = Detector::shardOf(9, u"merchant_id=m5"_s, Shards);
        for (const std::int64_t minute : {30, 60, 130}) {
            std::size_t split = 0;
            while ((events[split].occurredAt / Second - T0) / 60 < minute)
                ++split;
            split = paymentBoundary(events, split);
            Output resumed;
            Detector first(DetectorOptions{10 * Second, Shards});
            first.setRules(rules);
            feedRange(first, events, 0, split, &resumed);
            const QByteArray state = first.saveShard(shard);
            // Quiet from minute 20 to 110; unlisted at minute 46:40 (an hour of the clock).
            const QByteArray m5 = QByteArray::fromHex("006d0035"); // UTF-16 in QDataStream
            QCOMPARE(state.contains(m5), minute != 60);
            resume(first, rules, events, split, resumed);
            QCOMPARE(resumed.windows, whole.windows);
            QCOMPARE(resumed.changes, whole.changes);
        }
    }
    void complementaryShardsComputeEachCohortOnce()
    {
        const auto events = traffic(30, 20, 3);
        const QList<DetectionRule> rules = mixedRules();
        const Output whole = runWhole(events, rules);
        Output parts;
        for (int half = 0; half < 2; ++half) {
            QSet<int> mine;
            for (int s = half; s < Shards; s += 2)
                mine.insert(s);
            Detector detector(DetectorOptions{10 * Second, Shards});
            detector.setRules(rules);
            detector.setOwnedShards(mine);
            Output output;
            feedRange(detector, events, 0, events.size(), &output);
            detector.flush();
            output.take(detector);
            for (const QString& line : std::as_const(output.windows))
                QVERIFY(mine.contains(line.section(u"shard="_s, 1).section(u' ', 0, 0).toInt()));
            parts.windows += output.windows;
            parts.changes += output.changes;
        }
        QVERIFY(sameOutputs(parts, whole));
    }
    // What the engine does when it takes over a shard whose saved cursor is behind its own:
    // it loads the shard, replays from that cursor with its other shards skipped, then goes on.
    void takenOverShardCatchesUpFromItsCursor()
    {
        const auto events = traffic(30, 20, 4);
        const QList<DetectionRule> rules = mixedRules();
        const Output whole = runWhole(events, rules);
        const int taken = 3;
        const std::size_t saved = paymentBoundary(events, events.size() / 3);
        const std::size_t reached = paymentBoundary(events, events.size() * 2 / 3);

        Output parts;
        QByteArray state;
        {
            Detector dead(DetectorOptions{10 * Second, Shards});
            dead.setRules(rules);
            dead.setOwnedShards({taken});
            feedRange(dead, events, 0, saved, &parts);
            state = dead.saveShard(taken);
        }
        Detector survivor(DetectorOptions{10 * Second, Shards});
        survivor.setRules(rules);
        QSet<int> others = allShards();
        others.remove(taken);
        survivor.setOwnedShards(others);
        feedRange(survivor, events, 0, reached, &parts);
        QVERIFY(survivor.loadShard(taken, state));
        // The replay spans many of the engine's batches, each ending with no shard skipped,
        // and here every payment has its authorization in one and its capture in the next.
        std::size_t from = saved;
        auto replay = [&](bool on) {
            survivor.setSkippedShards(on ? others : QSet<int>());
            survivor.setReplaying(on);
        };
        replay(true);
        for (std::size_t i = saved + 1; i < reached; ++i) {
            if (events[i].status == "captured" && events[i - 1].status == "authorized") {
                feedRange(survivor, events, from, i, &parts);
                replay(false);
                replay(true);
                from = i;
            }
        }
        feedRange(survivor, events, from, reached, &parts);
        replay(false);
        feedRange(survivor, events, reached, events.size(), &parts);
        survivor.flush();
        parts.take(survivor);

        QVERIFY(sameOutputs(parts, whole));
    }
    void shardOfIsStable()
    {
        QCOMPARE(Detector::shardOf(1, u"issuer=HDFC"_s, 16),
                 Detector::shardOf(1, u"issuer=HDFC"_s, 16));
        QSet<int> seen;
        for (int i = 0; i < 200; ++i)
            seen.insert(Detector::shardOf(i % 7, u"merchant_id=m%1"_s.arg(i), 16));
        QCOMPARE(seen.size(), 16);
    }
    void newVersionAppliesFromTheNextWindow()
    {
        Detector detector(DetectorOptions{0, 4});
        detector.setRules({issuerRule(1, 10, 10, 1)});
        Feeder feed(detector);
        feed.windows(0, 2, 10, 14, 6); // SR 0.7: opened by version 1
        feed.second(20, 17, 3);        // 0.85: not a recovery under version 1
        QCOMPARE(detector.takeChanges().size(), 1u);
        DetectionRule lenient = issuerRule(1, 10, 10, 2);
        lenient.recoverAbove = 0.84;
        lenient.resolveAfter = 1;
        detector.setRules({lenient});
        QVERIFY(detector.takeChanges().empty());
        feed.second(30, 17, 3); // closes [20, 30) under version 2: resolves
        const auto windows = detector.takeWindows();
        QCOMPARE(windows.back().version, 2);
        QCOMPARE(windows.back().end, (T0 + 30) * Second);
        const auto changes = detector.takeChanges();
        QCOMPARE(changes.size(), 1u);
        QCOMPARE(changes[0].kind, DowntimeChange::Resolved);
        QCOMPARE(changes[0].version, 1); // the version that opened it
        QCOMPARE(changes[0].resolvedAt, (T0 + 30) * Second);
    }
    void changedWindowRestartsTheBuckets()
    {
        Detector detector(DetectorOptions{0, 4});
        detector.setRules({issuerRule(1, 10, 10)});
        Feeder feed(detector);
        for (int s = 0; s < 35; ++s)
            feed.second(s, 1, 0);
        detector.takeWindows();
        detector.setRules({issuerRule(1, 20, 20, 2)});
        for (int s = 35; s < 100; ++s)
            feed.second(s, 1, 0);
        const auto windows = detector.takeWindows();
        QVERIFY(!windows.empty());
        // No window mixes the two versions' buckets: the first starts after the change.
        QCOMPARE(windows.front().start, (T0 + 40) * Second);
        for (const WindowResult& w : windows) {
            QCOMPARE(w.version, 2);
            QCOMPARE(w.end - w.start, 20 * Second);
            QCOMPARE(w.attempts, 20);
        }
    }
    void openDowntimeOutlivesAWindowChange()
    {
        Detector detector(DetectorOptions{0, 4});
        detector.setRules({issuerRule(1, 10, 10)});
        Feeder feed(detector);
        feed.windows(0, 3, 10, 0, 20); // opened when [10, 20) closes
        QCOMPARE(detector.takeChanges().front().kind, DowntimeChange::Opened);
        detector.setRules({issuerRule(1, 20, 20, 2)});
        QVERIFY(detector.takeChanges().empty());
        for (int s = 21; s < 120; ++s)
            feed.second(s, 1, 0);
        const auto changes = detector.takeChanges();
        QVERIFY(!changes.empty());
        const DowntimeChange& last = changes.back();
        QCOMPARE(last.kind, DowntimeChange::Resolved);
        QCOMPARE(last.version, 1);
        QCOMPARE(last.startedAt, (T0 + 10) * Second);
        // [40, 60) is the first whole window of the new shape; two in a row resolve.
        QCOMPARE(last.resolvedAt, (T0 + 60) * Second);
    }
    void newCohortsResolveTheOldOnes()
    {
        Detector detector(DetectorOptions{0, 4});
        detector.setRules({issuerRule(1)});
        Feeder feed(detector);
        feed.windows(0, 3, 10, 0, 20);
        detector.takeChanges();
        DetectionRule byMethod = issuerRule(1, 10, 10, 2);
        byMethod.groupBy = {Cohort::Method};
        detector.setRules({byMethod});
        const auto changes = detector.takeChanges();
        QCOMPARE(changes.size(), 1u);
        QCOMPARE(changes[0].reason, u"rule_changed"_s);
        QCOMPARE(changes[0].cohortKey, u"issuer=HDFC"_s);
        detector.takeWindows();
        feed.windows(30, 4, 10, 20, 0);
        const auto windows = detector.takeWindows();
        QVERIFY(!windows.empty());
        for (const WindowResult& w : windows)
            QCOMPARE(w.cohortKey, u"method=card"_s);
    }
    void disabledRuleResolvesItsDowntimes()
    {
        Detector detector(DetectorOptions{5 * Second, 4});
        detector.setRules({issuerRule(1), issuerRule(2)});
        Feeder feed(detector);
        feed.windows(0, 3, 10, 0, 20);
        feed.second(35, 1, 0);
        QCOMPARE(detector.takeChanges().size(), 4u); // opened and updated, each rule
        detector.takeWindows();
        DetectionRule disabled = issuerRule(1);
        disabled.enabled = false;
        detector.setRules({disabled});
        const auto changes = detector.takeChanges();
        QCOMPARE(changes.size(), 2u);
        for (const DowntimeChange& change : changes) {
            QCOMPARE(change.kind, DowntimeChange::Resolved);
            QCOMPARE(change.reason, u"rule_disabled"_s);
            QCOMPARE(change.resolvedAt, (T0 + 30) * Second); // the watermark: newest - 5 s
        }
        feed.windows(40, 5, 10, 0, 20);
        QVERIFY(detector.takeChanges().empty());
        QVERIFY(detector.takeWindows().empty());
    }
    void loadingAfterTheRuleWasRemovedResolves()
    {
        Detector first(DetectorOptions{0, 2});
        first.setRules({issuerRule(1)});
        Feeder feed(first);
        feed.windows(0, 3, 10, 0, 20);
        const int shard = Detector::shardOf(1, u"issuer=HDFC"_s, 2);
        const QByteArray state = first.saveShard(shard);
        QVERIFY(!state.isEmpty());
        Detector second(DetectorOptions{0, 2});
        second.setRules({});
        QVERIFY(second.loadShard(shard, state));
        const auto changes = second.takeChanges();
        QCOMPARE(changes.size(), 1u);
        QCOMPARE(changes[0].reason, u"rule_disabled"_s);
        QCOMPARE(changes[0].startedAt, (T0 + 10) * Second);
    }
    // A damaged blob is refused or loads something, and never crashes or allocates wildly.
    void damagedStateNeverCrashes()
    {
        const auto events = traffic(5, 10, 5);
        Detector source(DetectorOptions{10 * Second, 2});
        source.setRules(mixedRules());
        for (const PaymentEvent& e : events)
            source.add(e);
        const QByteArray state = source.saveShard(0);
        QVERIFY(state.size() > 1000);
        Detector target(DetectorOptions{10 * Second, 2});
        target.setRules(mixedRules());
        for (qsizetype cut = 0; cut < state.size(); cut += 7)
            QVERIFY(!target.loadShard(0, state.left(cut)));
        for (qsizetype at = 0; at < state.size(); at += 5) {
            QByteArray damaged = state;
            damaged[at] = char(damaged[at] ^ 0x5a);
            target.loadShard(0, damaged);
        }
        QString error;
        QVERIFY2(target.loadShard(0, state, &error), qPrintable(error));
    }
    void refusesForeignState()
    {
        Detector detector(DetectorOptions{0, 4});
        detector.setRules({issuerRule()});
        QString error;
        QVERIFY(!detector.loadShard(0, "not a state", &error));
        QCOMPARE(error, u"state: not a saved detector shard"_s);
        Feeder feed(detector);
        feed.second(0, 10, 0);
        const QByteArray zero = detector.saveShard(0);
        QVERIFY(!detector.loadShard(1, zero, &error));
        QCOMPARE(error, u"state: saved as shard 0 of 4, not shard 1 of 4"_s);
        QVERIFY(!detector.loadShard(0, zero.left(zero.size() - 3), &error));
        QCOMPARE(error, u"state: truncated or corrupt"_s);
        QCOMPARE(detector.shardWatermark(99), INT64_MIN);
        QVERIFY(detector.saveShard(-1).isEmpty());
        QVERIFY(!detector.loadShard(4, zero, &error));
        QCOMPARE(error, u"state: shard 4 is not between 0 and 3"_s);
        Detector other(DetectorOptions{0, 8});
        QVERIFY(!other.loadShard(0, zero, &error));
        QCOMPARE(error, u"state: saved as shard 0 of 4, not shard 0 of 8"_s);
    }
};

QTEST_GUILESS_MAIN(TestDetectorState)
#include "tst_detector_state.moc"
