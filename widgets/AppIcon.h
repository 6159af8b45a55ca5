#pragma once

#include <QIcon>

// payops' application icon, drawn rather than shipped: a pulse line over a card.
namespace AppIcon {

QIcon create();

} // namespace AppIcon
