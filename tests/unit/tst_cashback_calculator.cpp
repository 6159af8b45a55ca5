#include "cashback/CashbackCalculator.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = CashbackDecision::Outcome;

namespace {

qint64 at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch() * 1000;
}

CampaignTerms campaign(qint64 id = 1, int basisPoints = 1000)
{
    CampaignTerms terms;
    terms.id = id;
    terms.basisPoints = basisPoints;
    terms.capPerPayment = 500;
    terms.minAmount = 100;
    terms.currency = u"INR"_s;
    terms.validFrom = at("2026-11-01T00:00:00Z");
    terms.validTo = at("2026-12-01T00:00:00Z");
    return terms;
}

CashbackPayment payment(qint64 amount, const char* when = "2026-11-24T16:00:00Z")
{
    return CashbackPayment{amount, u"INR"_s, at(when)};
}

} // namespace

class TestCashbackCalculator : public QObject
{
    Q_OBJECT

private slots:
    void percentRoundsDown()
    {
        const CashbackDecision decision = CashbackCalculator::decide(campaign(), payment(1239), 0);
        QCOMPARE(decision.outcome, Outcome::Earned);
        QCOMPARE(decision.amount, 123);
        const CampaignTerms fractional = campaign(1, 125); // 1.25 %
        QCOMPARE(CashbackCalculator::decide(fractional, payment(10'000), 0).amount, 125);
    }

    void capPerPayment()
    {
        QCOMPARE(CashbackCalculator::decide(campaign(), payment(1'000'000), 0).amount, 500);
    }

    void minimumAmount()
    {
        QCOMPARE(CashbackCalculator::decide(campaign(), payment(99), 0).outcome,
                 Outcome::BelowMinimum);
        QCOMPARE(CashbackCalculator::decide(campaign(), payment(100), 0).amount, 10);
    }

    void tooSmall()
    {
        CampaignTerms terms = campaign(1, 1); // 0.01 %
        terms.minAmount = 0;
        QCOMPARE(CashbackCalculator::decide(terms, payment(50), 0).outcome, Outcome::TooSmall);
    }

    void validityIsHalfOpen()
    {
        QCOMPARE(CashbackCalculator::decide(campaign(), payment(1000, "2026-11-01T00:00:00Z"), 0)
                     .outcome,
                 Outcome::Earned);
        QCOMPARE(CashbackCalculator::decide(campaign(), payment(1000, "2026-10-31T23:59:59Z"), 0)
                     .outcome,
                 Outcome::OutsideValidity);
        QCOMPARE(CashbackCalculator::decide(campaign(), payment(1000, "2026-12-01T00:00:00Z"), 0)
                     .outcome,
                 Outcome::OutsideValidity);
    }

    void otherCurrency()
    {
        CashbackPayment usd = payment(1000);
        usd.currency = u"USD"_s;
        QCOMPARE(CashbackCalculator::decide(campaign(), usd, 0).outcome, Outcome::OtherCurrency);
    }

    void customerCap()
    {
        CampaignTerms terms = campaign();
        terms.customerCap = 250;
        QCOMPARE(CashbackCalculator::decide(terms, payment(3000), 0).amount, 250);
        QCOMPARE(CashbackCalculator::decide(terms, payment(3000), 200).amount, 50);
        QCOMPARE(CashbackCalculator::decide(terms, payment(3000), 250).outcome,
                 Outcome::CustomerCapReached);
        QCOMPARE(CashbackCalculator::decide(terms, payment(3000), 400).outcome,
                 Outcome::CustomerCapReached);
    }

    void periods_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("when");
        QTest::addColumn<QString>("start");
        QTest::newRow("day") << u"day"_s << u"2026-11-24T16:00:00Z"_s << u"2026-11-24T00:00:00Z"_s;
        // 2026-11-24 is a Tuesday: its ISO week starts on Monday the 23rd.
        QTest::newRow("week") << u"week"_s << u"2026-11-24T16:00:00Z"_s
                              << u"2026-11-23T00:00:00Z"_s;
        QTest::newRow("week, on a Monday")
            << u"week"_s << u"2026-11-23T00:00:00Z"_s << u"2026-11-23T00:00:00Z"_s;
        QTest::newRow("week, on a Sunday")
            << u"week"_s << u"2026-11-29T23:59:59Z"_s << u"2026-11-23T00:00:00Z"_s;
        QTest::newRow("month") << u"month"_s << u"2026-11-24T16:00:00Z"_s
                               << u"2026-11-01T00:00:00Z"_s;
        QTest::newRow("campaign") << u"campaign"_s << u"2026-11-24T16:00:00Z"_s
                                  << u"2026-11-01T00:00:00Z"_s;
        QTest::newRow("before 1970")
            << u"week"_s << u"1969-12-31T12:00:00Z"_s << u"1969-12-29T00:00:00Z"_s;
    }

    void periods()
    {
        QFETCH(QString, period);
        QFETCH(QString, when);
        QFETCH(QString, start);
        CampaignTerms terms = campaign();
        terms.period = *CampaignTerms::periodFromName(period);
        QCOMPARE(CashbackCalculator::periodStart(terms, at(when.toLatin1().constData())),
                 at(start.toLatin1().constData()));
    }

    void periodNames()
    {
        QVERIFY(!CampaignTerms::periodFromName(u"year").has_value());
        QCOMPARE(*CampaignTerms::periodFromName(u"day"), CampaignTerms::Period::Day);
    }

    void bestCampaignGivesMost()
    {
        const CampaignTerms low = campaign(1, 500), high = campaign(2, 1000);
        CampaignTerms capped = campaign(3, 2000);
        capped.customerCap = 50;
        const auto chosen =
            CashbackCalculator::best({&low, &high, &capped}, payment(2000),
                                     [](const CampaignTerms&, qint64) { return qint64(0); });
        QVERIFY(chosen.has_value());
        QCOMPARE(chosen->first->id, 2);
        QCOMPARE(chosen->second.amount, 200);
    }

    void bestTiesGoToLowestId()
    {
        const CampaignTerms a = campaign(7), b = campaign(4);
        const auto chosen = CashbackCalculator::best(
            {&a, &b}, payment(1000), [](const CampaignTerms&, qint64) { return qint64(0); });
        QCOMPARE(chosen->first->id, 4);
    }

    void bestUsesUsage()
    {
        CampaignTerms terms = campaign();
        terms.customerCap = 300;
        terms.period = CampaignTerms::Period::Day;
        qint64 askedStart = 0;
        const auto chosen = CashbackCalculator::best({&terms}, payment(3000),
                                                     [&](const CampaignTerms&, qint64 start) {
                                                         askedStart = start;
                                                         return qint64(300);
                                                     });
        QVERIFY(!chosen.has_value());
        QCOMPARE(askedStart, at("2026-11-24T00:00:00Z"));
        QVERIFY(!CashbackCalculator::best({}, payment(3000), {}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestCashbackCalculator)
#include "tst_cashback_calculator.moc"
