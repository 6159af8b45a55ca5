#pragma once

#include <QString>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

// What the compute stage needs of a campaign (payops.cashback_campaigns). Times in
// microseconds since the Unix epoch; validity is [validFrom, validTo).
struct CampaignTerms
{
    enum class Period
    {
        Day,
        Week,
        Month,
        Campaign
    };

    qint64 id = 0;
    int basisPoints = 0; // percent × 100
    qint64 capPerPayment = 0;
    qint64 customerCap = 0; // 0: no cap per customer
    Period period = Period::Campaign;
    qint64 minAmount = 0;
    QString currency;
    qint64 validFrom = 0;
    qint64 validTo = 0;

    static std::optional<Period> periodFromName(QStringView name);
};

struct CashbackPayment
{
    qint64 amount = 0;
    QString currency;
    qint64 occurredAt = 0;
};

struct CashbackDecision
{
    enum class Outcome
    {
        Earned,
        OutsideValidity,
        OtherCurrency,
        BelowMinimum,
        TooSmall,          // the percentage of the amount rounds down to 0
        CustomerCapReached // the customer already earned the cap in this period
    };

    Outcome outcome = Outcome::TooSmall;
    qint64 amount = 0;      // > 0 when Earned
    qint64 periodStart = 0; // the customer cap's period the payment falls in
};

// The rules of a cashback, without the store: percentage (rounded down to the minor unit),
// cap per payment, cap per customer per period (UTC day, ISO week from Monday, calendar month
// or the whole campaign), minimum amount, validity and currency.
class CashbackCalculator
{
public:
    // usedInPeriod: what the customer already earned from this campaign in the payment's period.
    static CashbackDecision decide(const CampaignTerms& campaign, const CashbackPayment& payment,
                                   qint64 usedInPeriod);
    static qint64 periodStart(const CampaignTerms& campaign, qint64 at);

    using Usage = std::function<qint64(const CampaignTerms&, qint64 periodStart)>;
    // The campaign giving the largest cashback (the lowest id among equals), or none.
    static std::optional<std::pair<const CampaignTerms*, CashbackDecision>>
    best(const std::vector<const CampaignTerms*>& campaigns, const CashbackPayment& payment,
         const Usage& used);
};
