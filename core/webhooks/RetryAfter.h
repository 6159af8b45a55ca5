#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <chrono>
#include <optional>

// A Retry-After header (RFC 9110: delay-seconds or an HTTP-date) as a delay from `now`,
// clamped to [minimum, maximum]; nullopt when the header is absent or unreadable.
namespace RetryAfter {

using Delay = std::chrono::milliseconds;

constexpr Delay defaultMinimum{1'000};
constexpr Delay defaultMaximum{24 * 3600 * 1'000};

std::optional<Delay> parse(QByteArrayView header, const QDateTime& now,
                           Delay minimum = defaultMinimum, Delay maximum = defaultMaximum);

} // namespace RetryAfter
