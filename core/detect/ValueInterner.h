#pragma once

#include <QString>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

// Small integer ids for the values of one dimension, so cohorts are keyed by integer tuples.
// Id 0 is "no value" (an empty view); ids are dense from 1 and never reused.
class ValueInterner
{
public:
    std::uint32_t intern(std::string_view value);
    // 0 when the value was never interned.
    std::uint32_t find(std::string_view value) const;
    const QString& text(std::uint32_t id) const { return m_texts[id - 1]; }
    std::size_t size() const { return m_values.size(); }

private:
    static std::uint64_t hashOf(std::string_view value);
    std::size_t probe(std::string_view value, std::uint64_t hash) const;
    void grow();

    std::vector<std::uint32_t> m_slots; // id, 0 = empty
    std::vector<std::uint64_t> m_hashes;
    std::vector<std::string> m_values;
    std::vector<QString> m_texts;
};
