#include "DetectorFixture.h"
#include "detect/DetectionEvent.h"

#include <QTest>

using namespace DetectorFixture;
using namespace Qt::StringLiterals;

namespace {

DetectorOptions noLateness()
{
    return DetectorOptions{0, 4};
}

std::vector<DowntimeChange> changesOfKind(const std::vector<DowntimeChange>& changes,
                                          DowntimeChange::Kind kind)
{
    std::vector<DowntimeChange> selected;
    for (const DowntimeChange& change : changes) {
        if (change.kind == kind)
            selected.push_back(change);
    }
    return selected;
}

// The one downtime opened and resolved: its Opened and Resolved changes.
std::pair<DowntimeChange, DowntimeChange> onlyDowntime(Detector& detector)
{
    const auto changes = detector.takeChanges();
    const auto opened = changesOfKind(changes, DowntimeChange::Opened);
    const auto resolved = changesOfKind(changes, DowntimeChange::Resolved);
    if (opened.size() != 1 || resolved.size() != 1)
        return {};
    return {opened[0], resolved[0]};
}

const WindowResult* windowEnding(const std::vector<WindowResult>& windows, std::int64_t end)
{
    for (const WindowResult& window : windows) {
        if (window.end == end)
            return &window;
    }
    return nullptr;
}

} // namespace

class TestDetector : public QObject
{
    Q_OBJECT
private slots:
    void timeWindowsAreAlignedToTheEpoch()
    {
        Detector detector(noLateness());
        detector.setRules({issuerRule(1, 60, 10)});
        Feeder feed(detector);
        for (int s = 0; s < 100; ++s)
            feed.second(s, 1, 0);
        const auto windows = detector.takeWindows();
        QCOMPARE(windows.size(), 9u); // ends T0+10 .. T0+90 closed by the event at T0+99
        for (const WindowResult& w : windows) {
            QCOMPARE(w.end % (10 * Second), 0);
            QCOMPARE(w.end - w.start, 60 * Second);
            QCOMPARE(w.cohortKey, u"issuer=HDFC"_s);
            QCOMPARE(w.cohort.value("issuer"_L1).toString(), u"HDFC"_s);
        }
        QCOMPARE(windowEnding(windows, (T0 + 30) * Second)->attempts, 30);
        QCOMPARE(windowEnding(windows, (T0 + 60) * Second)->attempts, 60);
        QCOMPARE(windowEnding(windows, (T0 + 90) * Second)->attempts, 60);
    }
    void sizeNeedNotBeAMultipleOfTheStep()
    {
        Detector detector(noLateness());
        detector.setRules({issuerRule(1, 25, 10)});
        Feeder feed(detector);
        for (int s = 0; s < 61; ++s)
            feed.second(s, 2, 1);
        const auto windows = detector.takeWindows();
        const WindowResult* w = windowEnding(windows, (T0 + 50) * Second);
        QVERIFY(w);
        QCOMPARE(w->start, (T0 + 25) * Second);
        QCOMPARE(w->attempts, 75);
        QCOMPARE(w->successes, 50);
    }
    void countWindowsHoldTheLastNOutcomes()
    {
        Detector detector(noLateness());
        detector.setRules({rule(1, R"({"cohort": {"group_by": ["merchant_id"]},
                                      "window": {"kind": "count", "n": 20},
                                      "min_volume": 20, "open_below": 0.5, "recover_above": 0.8,
                                      "open_after": 1, "resolve_after": 1,
                                      "severity": [{"name": "critical", "below": 0.5}]})")});
        Feeder feed(detector);
        for (int s = 0; s < 20; ++s)
            feed.second(s, 1, 0);
        auto windows = detector.takeWindows();
        QCOMPARE(windows.size(), 10u); // evaluated every n/10 = 2 outcomes
        QCOMPARE(windows.back().attempts, 20);
        QCOMPARE(windows.back().start, T0 * Second);
        QCOMPARE(windows.back().end, (T0 + 19) * Second);
        QCOMPARE(windows.front().attempts, 2);
        QVERIFY(detector.takeChanges().empty()); // the first windows are under min_volume
        for (int s = 20; s < 32; ++s)
            feed.second(s, 0, 1);
        windows = detector.takeWindows();
        QCOMPARE(windows.size(), 6u);
        QCOMPARE(windows.back().attempts, 20);
        QCOMPARE(windows.back().successes, 8);
        QCOMPARE(windows.back().start, (T0 + 12) * Second);
        const auto opened = changesOfKind(detector.takeChanges(), DowntimeChange::Opened);
        QCOMPARE(opened.size(), 1u);
        QCOMPARE(opened[0].startedAt, (T0 + 31) * Second); // 8 successes of the last 20
        QCOMPARE(opened[0].cohortKey, u"merchant_id=m1"_s);
    }
    void minimumVolumeNeitherOpensNorResolves()
    {
        Detector detector(noLateness());
        detector.setRules({issuerRule()});
        Feeder feed(detector);
        feed.windows(0, 5, 10, 0, 5); // all failed, 5 attempts a window: under min_volume 10
        feed.second(50, 0, 20);
        feed.second(60, 0, 5); // a low-volume window breaks the streak
        feed.second(70, 0, 20);
        feed.second(80, 0, 20);
        feed.second(90, 20, 0); // closes the window ending T0+90
        auto changes = detector.takeChanges();
        QCOMPARE(changes.size(), 1u);
        QCOMPARE(changes[0].kind, DowntimeChange::Opened);
        QCOMPARE(changes[0].startedAt, (T0 + 80) * Second);
        // Open: low-volume windows keep it open (and add their volume), never resolve.
        feed.windows(100, 3, 10, 5, 0);
        feed.second(130, 1, 0);
        changes = detector.takeChanges();
        QVERIFY(changesOfKind(changes, DowntimeChange::Resolved).empty());
        QCOMPARE(changes.back().volume, 40 + 20 + 5 + 5 + 5);
    }
    void consecutiveWindowsOpenAtTheFirstOne()
    {
        Detector detector(noLateness());
        DetectionRule slow = issuerRule();
        slow.openAfter = 3;
        detector.setRules({slow});
        Feeder feed(detector);
        feed.windows(0, 2, 10, 10, 0);
        feed.windows(20, 2, 10, 5, 15);
        feed.second(40, 10, 0);
        QVERIFY(detector.takeChanges().empty()); // two bad windows only
        feed.windows(50, 3, 10, 5, 15);
        feed.second(80, 10, 0);
        const auto changes = detector.takeChanges();
        QCOMPARE(changes.size(), 1u);
        QCOMPARE(changes[0].kind, DowntimeChange::Opened);
        QCOMPARE(changes[0].startedAt, (T0 + 60) * Second); // end of the streak's first window
        QCOMPARE(changes[0].volume, 60);
        QCOMPARE(changes[0].lowestSr, 0.25);
        QCOMPARE(changes[0].severity, u"critical"_s);
        QCOMPARE(changes[0].version, 1);
    }
    void hysteresisResolvesOnlyAboveRecovery()
    {
        Detector detector(noLateness());
        detector.setRules({issuerRule()});
        Feeder feed(detector);
        feed.windows(0, 2, 10, 14, 6);  // SR 0.7: opens
        feed.windows(20, 3, 10, 17, 3); // SR 0.85: between the thresholds, stays open
        feed.second(50, 19, 1);         // 0.95
        feed.second(60, 17, 3);         // 0.85 breaks the recovering streak
        feed.windows(70, 2, 10, 19, 1); // 0.95 twice: resolves
        feed.second(90, 1, 0);
        const auto changes = detector.takeChanges();
        QCOMPARE(changesOfKind(changes, DowntimeChange::Opened).size(), 1u);
        const auto resolved = changesOfKind(changes, DowntimeChange::Resolved);
        QCOMPARE(resolved.size(), 1u);
        QCOMPARE(resolved[0].startedAt, (T0 + 10) * Second);
        QCOMPARE(resolved[0].resolvedAt, (T0 + 80) * Second);
        QCOMPARE(resolved[0].reason, u"recovered"_s);
        QCOMPARE(resolved[0].lowestSr, 0.7);
        QCOMPARE(changesOfKind(changes, DowntimeChange::Updated).size(), 6u); // one per window
    }
    void severityFollowsTheLowestRate()
    {
        Detector detector(noLateness());
        detector.setRules({issuerRule()});
        Feeder feed(detector);
        feed.windows(0, 2, 10, 14, 6);
        feed.second(20, 6, 14);
        feed.second(30, 10, 10); // better again: severity stays at the lowest seen
        feed.second(40, 1, 0);
        const auto changes = detector.takeChanges();
        QCOMPARE(changes.size(), 3u);
        QCOMPARE(changes[0].severity, u"major"_s);
        QCOMPARE(changes[1].kind, DowntimeChange::Updated);
        QCOMPARE(changes[1].severity, u"critical"_s);
        QCOMPARE(changes[1].lowestSr, 0.3);
        QCOMPARE(changes[1].volume, 60);
        QCOMPARE(changes[2].severity, u"critical"_s);
        QCOMPARE(changes[2].volume, 80);
    }
    // 2 payments a second; failing from 120 to 180 s. Windows of 60 s every 10 s: below 0.8
    // from the one ending at 140 (opens at 150), at or above 0.9 from 240 (resolves at 250).
    // The volume is the payments of [80, 250) once each, not 12 windows of 120.
    void slidingWindowVolumeCountsEachPaymentOnce()
    {
        Detector detector(noLateness());
        detector.setRules({issuerRule(1, 60, 10)});
        Feeder feed(detector);
        for (int s = 0; s < 300; ++s)
            feed.second(s, s >= 120 && s < 180 ? 0 : 2, s >= 120 && s < 180 ? 2 : 0);
        const auto [opened, resolved] = onlyDowntime(detector);
        QCOMPARE(opened.kind, DowntimeChange::Opened);
        QCOMPARE(resolved.kind, DowntimeChange::Resolved);
        QCOMPARE(opened.startedAt, (T0 + 140) * Second);
        QCOMPARE(opened.volume, 2 * (150 - 80));
        QCOMPARE(resolved.resolvedAt, (T0 + 240) * Second);
        QCOMPARE(resolved.volume, 2 * (250 - 80));
    }
    // The last 20 payments, judged every 2; one a second, failing from 30 to 50 s. Below 0.5
    // after payment 42 (opens after 44), at or above 0.8 after 66 (resolves after 68): the
    // volume is payments 22 to 67 (the first window below holds 22 to 41), not 14 windows of 20.
    void countWindowVolumeCountsEachPaymentOnce()
    {
        Detector detector(noLateness());
        detector.setRules({rule(1, R"({"cohort": {"group_by": ["issuer"]},
                                      "window": {"kind": "count", "n": 20},
                                      "min_volume": 20, "open_below": 0.5, "recover_above": 0.8,
                                      "open_after": 2, "resolve_after": 2,
                                      "severity": [{"name": "critical", "below": 0.5}]})")});
        Feeder feed(detector);
        for (int s = 0; s < 80; ++s)
            feed.second(s, s >= 30 && s < 50 ? 0 : 1, s >= 30 && s < 50 ? 1 : 0);
        const auto [opened, resolved] = onlyDowntime(detector);
        QCOMPARE(opened.kind, DowntimeChange::Opened);
        QCOMPARE(resolved.kind, DowntimeChange::Resolved);
        QCOMPARE(opened.startedAt, (T0 + 41) * Second);
        QCOMPARE(opened.volume, 44 - 22);
        QCOMPARE(resolved.resolvedAt, (T0 + 65) * Second);
        QCOMPARE(resolved.volume, 68 - 22);
    }
    // A new window shape restarts the windows under an open downtime: the first window after
    // the restart is fresh whole. Failing from 0 to 200 s, 2 payments a second: [0, 90) under
    // the 60 s windows, then 30 s windows from [100, 130) to [210, 240), the second at or
    // above 0.9 (the events of [90, 100) were in the windows the restart dropped).
    void volumeAfterAWindowRestartCountsTheFirstWindowWhole()
    {
        Detector detector(noLateness());
        detector.setRules({issuerRule(1, 60, 10)});
        Feeder feed(detector);
        const auto traffic = [&feed](int from, int to) {
            for (int s = from; s < to; ++s)
                feed.second(s, s < 200 ? 0 : 2, s < 200 ? 2 : 0);
        };
        traffic(0, 100);
        detector.setRules({issuerRule(1, 30, 10, 2)});
        traffic(100, 300);
        const auto [opened, resolved] = onlyDowntime(detector);
        QCOMPARE(resolved.kind, DowntimeChange::Resolved);
        QCOMPARE(resolved.resolvedAt, (T0 + 230) * Second);
        QCOMPARE(resolved.volume, 2 * 90 + 2 * (240 - 100));
    }
    void customerAndMerchantFailuresDoNotCount()
    {
        Detector detector(noLateness());
        detector.setRules({issuerRule()});
        for (int i = 0; i < 30; ++i) {
            const std::int64_t at = (T0 + i / 3) * Second + i;
            const std::string id = "p" + std::to_string(i);
            detector.add(paymentEvent(at, id, "created"));
            detector.add(paymentEvent(at + 1, id, "failed", {}, i % 2 ? "customer" : "merchant"));
            detector.add(paymentEvent(at + 2, id + "ok", "authorized"));
            detector.add(paymentEvent(at + 3, id + "ok", "refunded"));
        }
        detector.add(paymentEvent((T0 + 10) * Second, "last", "created"));
        const auto windows = detector.takeWindows();
        QCOMPARE(windows.size(), 1u);
        QCOMPARE(windows[0].attempts, 30);
        QCOMPARE(windows[0].successes, 30);
        QVERIFY(detector.takeChanges().empty());
    }
    void capturedAfterAuthorizedCountsOnce()
    {
        Detector detector(noLateness());
        detector.setRules({issuerRule()});
        detector.add(paymentEvent(T0 * Second, "a", "authorized"));
        detector.add(paymentEvent(T0 * Second + 5, "a", "captured"));
        detector.add(
            paymentEvent(T0 * Second + 6, "b", "captured")); // its authorization was not seen
        detector.add(paymentEvent(T0 * Second + 7, "c", "failed", {}, "gateway"));
        detector.add(paymentEvent(T0 * Second + 8, "d", "failed", {}, "internal"));
        // Read out of order (two ingest transactions): the capture first, then its authorization.
        detector.add(paymentEvent(T0 * Second + 9, "e", "captured"));
        detector.add(paymentEvent(T0 * Second + 4, "e", "authorized"));
        detector.advanceTo((T0 + 10) * Second);
        const auto windows = detector.takeWindows();
        QCOMPARE(windows.size(), 1u);
        QCOMPARE(windows[0].attempts, 5);
        QCOMPARE(windows[0].successes, 3);
    }
    // SuccessDedup remembers a payment for 10 to 20 minutes of event time (two generations).
    void aCaptureLongAfterItsAuthorizationCountsAgain()
    {
        Detector detector(noLateness());
        detector.setRules({issuerRule(1, 10, 10)});
        const std::int64_t start = T0 * Second; // 200 s into a 10-minute generation
        detector.add(paymentEvent(start, "soon", "authorized"));
        detector.add(paymentEvent(start + 1, "later", "authorized"));
        detector.add(paymentEvent(start + 15 * 60 * Second, "soon", "captured"));
        detector.add(paymentEvent(start + 25 * 60 * Second, "later", "captured"));
        detector.advanceTo(start + 30 * 60 * Second);
        std::int64_t attempts = 0;
        for (const WindowResult& w : detector.takeWindows())
            attempts += w.attempts;
        QCOMPARE(attempts, 3);
    }
    void lateEventsAreCountedNotApplied()
    {
        Detector detector(DetectorOptions{10 * Second, 4});
        detector.setRules({issuerRule()});
        Feeder feed(detector);
        for (int s = 0; s < 45; ++s)
            feed.second(s, 1, 0);
        // Watermark T0+34: windows up to T0+30 are closed.
        QCOMPARE(detector.shardWatermark(Detector::shardOf(1, u"issuer=HDFC"_s, 4)),
                 (T0 + 34) * Second);
        detector.add(paymentEvent((T0 + 25) * Second, "late", "failed", {}, "bank"));
        detector.add(paymentEvent((T0 + 32) * Second, "in time", "failed", {}, "bank"));
        QCOMPARE(detector.lateEvents(), 1);
        detector.advanceTo((T0 + 60) * Second);
        const auto windows = detector.takeWindows();
        QCOMPARE(windowEnding(windows, (T0 + 30) * Second)->attempts, 10);
        QCOMPARE(windowEnding(windows, (T0 + 40) * Second)->attempts, 11);
        QCOMPARE(windowEnding(windows, (T0 + 40) * Second)->successes, 10);
    }
    void flushClosesUpToTheNewestEvent()
    {
        Detector detector(DetectorOptions{10 * Second, 4});
        detector.setRules({issuerRule()});
        Feeder feed(detector);
        for (int s = 0; s < 30; ++s)
            feed.second(s, 1, 0);
        QCOMPARE(detector.takeWindows().size(), 1u); // T0+10 only: watermark T0+19
        detector.flush();
        const auto windows = detector.takeWindows();
        QCOMPARE(windows.size(), 1u); // T0+20; T0+30 is not over yet
        QCOMPARE(windows[0].end, (T0 + 20) * Second);
    }
    void cohortsFromFiltersAndGroups()
    {
        Detector detector(noLateness());
        detector.setRules(
            {rule(1, R"({"cohort": {"filters": {"method": "card", "gateway": ["gw1", "gw2"]},
                                    "group_by": ["issuer"]},
                        "window": {"kind": "time", "size_seconds": 10, "step_seconds": 10},
                        "min_volume": 1, "open_below": 0.5, "recover_above": 0.6,
                        "open_after": 1, "resolve_after": 1,
                        "severity": [{"name": "x", "below": 0.5}]})"),
             rule(2, R"({"cohort": {},
                        "window": {"kind": "time", "size_seconds": 10, "step_seconds": 10},
                        "min_volume": 1, "open_below": 0.5, "recover_above": 0.6,
                        "open_after": 1, "resolve_after": 1,
                        "severity": [{"name": "x", "below": 0.5}]})")});
        Dims upi;
        upi.method = "upi";
        Dims gw3;
        gw3.gateway = "gw3";
        Dims noIssuer;
        noIssuer.issuer.clear();
        Dims gw2;
        gw2.gateway = "gw2";
        detector.add(paymentEvent(T0 * Second, "1", "authorized"));
        detector.add(paymentEvent(T0 * Second, "2", "authorized", upi));
        detector.add(paymentEvent(T0 * Second, "3", "authorized", gw3));
        detector.add(paymentEvent(T0 * Second, "4", "authorized", noIssuer));
        detector.add(paymentEvent(T0 * Second, "5", "authorized", gw2));
        detector.advanceTo((T0 + 10) * Second);
        QStringList lines = drain(detector);
        lines.sort();
        const QString end = QString::number((T0 + 10) * Second);
        const QString start = QString::number(T0 * Second);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].contains(u"rule=1 v1"_s) &&
                     lines[0].contains(u"method=card,issuer=HDFC"_s) &&
                     lines[0].endsWith(u" 2/2"_s),
                 qPrintable(lines[0]));
        QVERIFY2(lines[1].contains(u"rule=2 v1"_s) && lines[1].contains(u" all "_s) &&
                     lines[1].endsWith(u" 5/5"_s),
                 qPrintable(lines[1]));
        QVERIFY(lines[0].contains(start) && lines[0].contains(end));
    }
    void idleTimeClosesWindows()
    {
        Detector detector(DetectorOptions{10 * Second, 4});
        detector.setRules({issuerRule()});
        Feeder feed(detector);
        feed.windows(0, 2, 10, 0, 20);
        QVERIFY(detector.takeChanges().empty());
        detector.advanceTo((T0 + 3600) * Second); // an hour without events
        const auto changes = detector.takeChanges();
        QCOMPARE(changes.size(), 1u);
        QCOMPARE(changes[0].kind, DowntimeChange::Opened);
        QCOMPARE(detector.takeWindows().size(), 2u); // empty windows are not reported
    }
};

QTEST_GUILESS_MAIN(TestDetector)
#include "tst_detector.moc"
