#pragma once

#include "ConsoleArea.h"

#include <QIcon>

// The navigation's icons, drawn in one style and size so the list reads evenly.
namespace AreaIcon {

QIcon create(ConsoleArea area);

} // namespace AreaIcon
