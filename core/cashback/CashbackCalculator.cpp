#include "CashbackCalculator.h"

#include <QDate>

namespace {

constexpr qint64 microsPerDay = 86'400'000'000LL;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

std::optional<CampaignTerms::Period> CampaignTerms::periodFromName(QStringView name)
{
    if (name == u"day")
        return Period::Day;
    if (name == u"week")
        return Period::Week;
    if (name == u"month")
        return Period::Month;
    if (name == u"campaign")
        return Period::Campaign;
    return std::nullopt;
}

qint64 CashbackCalculator::periodStart(const CampaignTerms& campaign, qint64 at)
{
    const qint64 day = floorDiv(at, microsPerDay);
    switch (campaign.period) {
    case CampaignTerms::Period::Day:
        return day * microsPerDay;
    case CampaignTerms::Period::Week:
        // 1970-01-01 was a Thursday: weeks start on Mondays, 3 days earlier.
        return (floorDiv(day + 3, 7) * 7 - 3) * microsPerDay;
    case CampaignTerms::Period::Month: {
        const QDate date = QDate(1970, 1, 1).addDays(day);
        return QDate(1970, 1, 1).daysTo(QDate(date.year(), date.month(), 1)) * microsPerDay;
    }
    case CampaignTerms::Period::Campaign:
        break;
    }
    return campaign.validFrom;
}

CashbackDecision CashbackCalculator::decide(const CampaignTerms& campaign,
                                            const CashbackPayment& payment, qint64 usedInPeriod)
{
    using Outcome = CashbackDecision::Outcome;
    CashbackDecision decision;
    decision.periodStart = periodStart(campaign, payment.occurredAt);
    if (payment.occurredAt < campaign.validFrom || payment.occurredAt >= campaign.validTo) {
        decision.outcome = Outcome::OutsideValidity;
        return decision;
    }
    if (payment.currency != campaign.currency) {
        decision.outcome = Outcome::OtherCurrency;
        return decision;
    }
    if (payment.amount < campaign.minAmount) {
        decision.outcome = Outcome::BelowMinimum;
        return decision;
    }
    // 128-bit product: amount × basis points cannot overflow.
    qint64 amount = qint64((__int128(payment.amount) * campaign.basisPoints) / 10'000);
    amount = std::min(amount, campaign.capPerPayment);
    if (amount <= 0) {
        decision.outcome = Outcome::TooSmall;
        return decision;
    }
    if (campaign.customerCap > 0) {
        const qint64 left = std::max<qint64>(0, campaign.customerCap - usedInPeriod);
        if (left == 0) {
            decision.outcome = Outcome::CustomerCapReached;
            return decision;
        }
        amount = std::min(amount, left);
    }
    decision.outcome = Outcome::Earned;
    decision.amount = amount;
    return decision;
}

std::optional<std::pair<const CampaignTerms*, CashbackDecision>>
CashbackCalculator::best(const std::vector<const CampaignTerms*>& campaigns,
                         const CashbackPayment& payment, const Usage& used)
{
    std::optional<std::pair<const CampaignTerms*, CashbackDecision>> chosen;
    for (const CampaignTerms* campaign : campaigns) {
        const qint64 start = periodStart(*campaign, payment.occurredAt);
        const CashbackDecision decision =
            decide(*campaign, payment, campaign->customerCap > 0 ? used(*campaign, start) : 0);
        if (decision.outcome != CashbackDecision::Outcome::Earned)
            continue;
        if (!chosen || decision.amount > chosen->second.amount ||
            (decision.amount == chosen->second.amount && campaign->id < chosen->first->id))
            chosen = std::make_pair(campaign, decision);
    }
    return chosen;
}
