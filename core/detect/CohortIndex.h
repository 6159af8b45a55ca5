#pragma once

#include <cstdint>
#include <vector>

// Open-addressing map from a packed tuple of value ids (two 64-bit words) to a cohort slot.
class CohortIndex
{
public:
    static constexpr std::uint32_t None = UINT32_MAX;

    struct Key
    {
        std::uint64_t low = 0;
        std::uint64_t high = 0;
        bool operator==(const Key&) const = default;
    };

    std::uint32_t find(Key key) const;
    void insert(Key key, std::uint32_t slot);
    void clear();
    std::size_t size() const { return m_size; }

private:
    struct Entry
    {
        Key key;
        std::uint32_t slot = None;
    };

    static std::size_t hashOf(Key key);
    void grow();

    std::vector<Entry> m_entries;
    std::size_t m_size = 0;
};
