#pragma once

#include <QDateTime>

// The engine's notion of now: the system clock shifted by PAYOPS_CLOCK_OFFSET seconds (unset:
// no shift), so that tests can live through days of endpoint failure in seconds. Everything
// the dispatcher compares or writes (due times, leases, failing_since, attempts' started_at)
// uses it.
namespace Clock {

QDateTime now();
qint64 offsetSeconds();

} // namespace Clock
