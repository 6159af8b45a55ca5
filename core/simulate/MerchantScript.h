#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

// One stretch of a merchant endpoint's scripted behaviour, from `at` after the start.
struct MerchantPhase
{
    enum class Kind
    {
        Healthy,
        Slow,
        Flaky,
        Down,
        RateLimited,
        Gone
    };
    enum class DownMode
    {
        Unavailable,
        Reset,
        Hang
    };

    std::chrono::seconds at{0};
    Kind kind = Kind::Healthy;
    std::chrono::milliseconds delay{0}; // slow: before every answer
    double share = 1.0;                 // flaky, rate_limited: the share of requests hit
    int status = 500;                   // flaky: the failure status
    int retryAfter = 0;                 // rate_limited, down (503): seconds; 0 = no header
    DownMode downMode = DownMode::Unavailable;
};

// A simulated merchant: its store identities, where it listens, and its script.
struct MerchantSpec
{
    QString merchantId;
    QString endpointId;
    QString path; // URL path without the leading slash
    QByteArray secret;
    QStringList eventTypes;
    QString description;
    QList<MerchantPhase> phases;   // by `at`, the first at 0
    std::chrono::seconds cycle{0}; // the script repeats with this period; 0 = it does not

    const MerchantPhase& phaseAt(std::chrono::milliseconds elapsed) const;
};

// The scenario file of `payops simulate --merchants`: JSON, checked in full with errors that
// name the line and the field.
class MerchantScript
{
public:
    static std::optional<MerchantScript> parse(const QByteArray& json, QString* error);
    static std::optional<MerchantScript> load(const QString& fileName, QString* error);

    const QList<MerchantSpec>& merchants() const { return m_merchants; }

    static QString kindName(MerchantPhase::Kind kind);

private:
    QList<MerchantSpec> m_merchants;
};
