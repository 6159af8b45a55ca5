#pragma once

#include <cstdint>

struct DetectorOptions
{
    // Allowed lateness: watermark = newest event time seen - lateness.
    std::int64_t latenessMicros = 10'000'000;
    int shardCount = 16;
};
