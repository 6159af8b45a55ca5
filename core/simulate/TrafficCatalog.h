#pragma once

#include <array>
#include <string_view>

// What the simulated traffic is made of: issuers (Indian and European banks, wallets),
// methods, networks, card types, gateways and failure codes, each with its share of the
// volume and, where it matters, its usual success rate. Pure data.
namespace TrafficCatalog {

enum class Region
{
    India,
    Europe,
    Wallet
};

struct Issuer
{
    std::string_view name;
    Region region;
    double weight;
    double successRate; // of the payments that count (design.md), before other factors
};

struct Choice
{
    std::string_view name;
    double weight;
    double factor = 1.0; // on the success rate
};

struct Failure
{
    std::string_view source; // error_source
    std::string_view code;
    double weight;
};

// clang-format off
inline constexpr std::array<Issuer, 42> issuers{{
    {"HDFC", Region::India, 18, 0.968}, {"ICICI", Region::India, 15, 0.962},
    {"SBI", Region::India, 20, 0.945}, {"AXIS", Region::India, 10, 0.958},
    {"KOTAK", Region::India, 7, 0.965}, {"YES", Region::India, 3, 0.941},
    {"PNB", Region::India, 4, 0.938}, {"BOB", Region::India, 4, 0.947},
    {"CANARA", Region::India, 3, 0.943}, {"UNION", Region::India, 3, 0.944},
    {"IDFC", Region::India, 2.5, 0.961}, {"INDUSIND", Region::India, 2.5, 0.957},
    {"FEDERAL", Region::India, 1.5, 0.955}, {"RBL", Region::India, 1.2, 0.949},
    {"AU", Region::India, 1, 0.952}, {"IDBI", Region::India, 1.2, 0.940},
    {"BOI", Region::India, 1.5, 0.942}, {"CENTRAL", Region::India, 1, 0.939},
    {"BNP", Region::Europe, 1.5, 0.975}, {"SOCGEN", Region::Europe, 1, 0.972},
    {"DEUTSCHE", Region::Europe, 1.2, 0.978}, {"COMMERZ", Region::Europe, 0.8, 0.970},
    {"ING", Region::Europe, 1.2, 0.976}, {"RABOBANK", Region::Europe, 0.8, 0.979},
    {"ABNAMRO", Region::Europe, 0.6, 0.974}, {"SANTANDER", Region::Europe, 1.2, 0.966},
    {"BBVA", Region::Europe, 0.8, 0.969}, {"CAIXA", Region::Europe, 0.6, 0.967},
    {"BARCLAYS", Region::Europe, 1.2, 0.973}, {"HSBC", Region::Europe, 1.2, 0.977},
    {"LLOYDS", Region::Europe, 1, 0.971}, {"UNICREDIT", Region::Europe, 0.8, 0.965},
    {"INTESA", Region::Europe, 0.8, 0.968}, {"NORDEA", Region::Europe, 0.5, 0.980},
    {"KBC", Region::Europe, 0.4, 0.975}, {"REVOLUT", Region::Europe, 0.8, 0.970},
    {"Paytm", Region::Wallet, 35, 0.972}, {"PhonePe", Region::Wallet, 30, 0.975},
    {"AmazonPay", Region::Wallet, 15, 0.978}, {"Mobikwik", Region::Wallet, 8, 0.955},
    {"Freecharge", Region::Wallet, 6, 0.952}, {"AirtelMoney", Region::Wallet, 6, 0.950},
}};

inline constexpr std::array<Choice, 4> methods{{
    {"card", 45, 0.995}, {"upi", 33, 0.99}, {"netbanking", 13, 0.985}, {"wallet", 9, 1.0}}};
inline constexpr std::array<Choice, 4> indianNetworks{{
    {"visa", 40}, {"mastercard", 30}, {"rupay", 25}, {"amex", 5}}};
inline constexpr std::array<Choice, 4> europeanNetworks{{
    {"visa", 55}, {"mastercard", 40}, {"amex", 5}, {"rupay", 0}}};
inline constexpr std::array<Choice, 3> cardTypes{{
    {"debit", 50, 1.0}, {"credit", 44, 1.0}, {"prepaid", 6, 0.99}}};
inline constexpr std::array<Choice, 8> gateways{{
    {"gw_a", 30, 0.998}, {"gw_b", 22, 0.996}, {"gw_c", 15, 0.995}, {"gw_d", 10, 0.997},
    {"gw_e", 8, 0.993}, {"gw_f", 6, 0.994}, {"gw_g", 5, 0.992}, {"gw_h", 4, 0.99}}};

// Failures that do not count against a cohort (design.md).
inline constexpr std::array<Failure, 4> customerFailures{{
    {"customer", "USER_CANCELLED", 40}, {"customer", "INCORRECT_OTP", 25},
    {"customer", "PAYMENT_TIMEOUT", 20}, {"customer", "INSUFFICIENT_FUNDS", 15}}};
inline constexpr std::array<Failure, 2> merchantFailures{{
    {"merchant", "MERCHANT_INVALID_REQUEST", 60}, {"merchant", "AMOUNT_LIMIT_EXCEEDED", 40}}};
// The everyday failures that count.
inline constexpr std::array<Failure, 7> usualFailures{{
    {"bank", "BANK_DECLINED", 30}, {"bank", "RISK_DECLINED", 18},
    {"bank", "ISSUER_UNAVAILABLE", 10}, {"bank", "BANK_TIMEOUT", 12},
    {"gateway", "GATEWAY_TIMEOUT", 14}, {"gateway", "GATEWAY_ERROR", 8},
    {"internal", "INTERNAL_ERROR", 8}}};
// What each kind of incident fails with.
inline constexpr std::array<Failure, 2> issuerDownFailures{{
    {"bank", "ISSUER_UNAVAILABLE", 60}, {"bank", "BANK_TIMEOUT", 40}}};
inline constexpr std::array<Failure, 3> degradedFailures{{
    {"bank", "BANK_TIMEOUT", 45}, {"gateway", "GATEWAY_TIMEOUT", 35},
    {"bank", "ISSUER_UNAVAILABLE", 20}}};
inline constexpr std::array<Failure, 2> gatewayDownFailures{{
    {"gateway", "GATEWAY_UNAVAILABLE", 55}, {"gateway", "GATEWAY_TIMEOUT", 45}}};
inline constexpr std::array<Failure, 2> brokenMerchantFailures{{
    {"gateway", "MERCHANT_CONFIG_ERROR", 55}, {"internal", "INTEGRATION_ERROR", 45}}};
// clang-format on

template<typename T, std::size_t N>
int indexOf(const std::array<T, N>& table, std::string_view name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (table[i].name == name)
            return int(i);
    }
    return -1;
}

// Whether payments of that method can come from that issuer (cards: any bank; UPI and
// netbanking: Indian banks; wallets: wallet providers).
inline bool issues(const Issuer& issuer, std::string_view method)
{
    if (method == "wallet")
        return issuer.region == Region::Wallet;
    if (method == "card")
        return issuer.region != Region::Wallet;
    return issuer.region == Region::India;
}

} // namespace TrafficCatalog
