#pragma once

#include <array>

// The time ranges the Wall charts: how far back, and how wide a downsampling bucket is so
// that one cohort's line has at most about 300 points.
enum class WallRange
{
    Minutes15,
    Hour1,
    Hours6,
    Hours24
};

inline constexpr std::array<WallRange, 4> wallRanges{WallRange::Minutes15, WallRange::Hour1,
                                                     WallRange::Hours6, WallRange::Hours24};

inline constexpr int wallMaxPoints = 300;

inline constexpr int wallRangeSeconds(WallRange range)
{
    switch (range) {
    case WallRange::Minutes15:
        return 15 * 60;
    case WallRange::Hour1:
        return 3600;
    case WallRange::Hours6:
        return 6 * 3600;
    case WallRange::Hours24:
        return 24 * 3600;
    }
    return 3600;
}

// Windows ending in the same bucket are merged (their attempts and successes summed).
inline constexpr int wallBucketSeconds(WallRange range)
{
    return (wallRangeSeconds(range) + wallMaxPoints - 1) / wallMaxPoints;
}
