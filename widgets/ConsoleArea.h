#pragma once

#include <QStringView>
#include <array>
#include <optional>

// The four areas of the console, in navigation order.
enum class ConsoleArea
{
    Wall,
    Deliveries,
    Rules,
    Cashback
};

inline constexpr std::array<ConsoleArea, 4> consoleAreas{ConsoleArea::Wall, ConsoleArea::Deliveries,
                                                         ConsoleArea::Rules, ConsoleArea::Cashback};

// Names on the command line (--area) and in object names.
inline constexpr std::array<QStringView, 4> consoleAreaNames{u"wall", u"deliveries", u"rules",
                                                             u"cashback"};

inline std::optional<ConsoleArea> consoleAreaFromName(QStringView name)
{
    for (std::size_t i = 0; i < consoleAreaNames.size(); ++i) {
        if (name == consoleAreaNames[i])
            return consoleAreas[i];
    }
    return std::nullopt;
}
