#pragma once

#include "DowntimeChange.h"
#include "WindowResult.h"

#include <vector>

// What a detector produced since it was last taken.
struct DetectionOutput
{
    std::vector<WindowResult> windows;
    std::vector<DowntimeChange> changes;
};
