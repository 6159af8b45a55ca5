#include "ValueInterner.h"

#include <cstring>

std::uint64_t ValueInterner::hashOf(std::string_view value)
{
    // FNV-1a, eight bytes at a time where it can: values are short (issuer, merchant id).
    std::uint64_t hash = 0xcbf29ce484222325ull ^ value.size();
    std::size_t i = 0;
    for (; i + 8 <= value.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, value.data() + i, 8);
        hash = (hash ^ word) * 0x100000001b3ull;
        hash ^= hash >> 29;
    }
    for (; i < value.size(); ++i)
        hash = (hash ^ static_cast<unsigned char>(value[i])) * 0x100000001b3ull;
    return hash * 0x9E3779B97F4A7C15ull;
}

std::size_t ValueInterner::probe(std::string_view value, std::uint64_t hash) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = (hash >> 32) & mask;; i = (i + 1) & mask) {
        const std::uint32_t id = m_slots[i];
        if (id == 0 || (m_hashes[id - 1] == hash && m_values[id - 1] == value))
            return i;
    }
}

std::uint32_t ValueInterner::find(std::string_view value) const
{
    if (value.empty() || m_slots.empty())
        return 0;
    return m_slots[probe(value, hashOf(value))];
}

std::uint32_t ValueInterner::intern(std::string_view value)
{
    if (value.empty())
        return 0;
    if ((m_values.size() + 1) * 2 > m_slots.size())
        grow();
    const std::uint64_t hash = hashOf(value);
    const std::size_t slot = probe(value, hash);
    if (m_slots[slot] != 0)
        return m_slots[slot];
    m_values.emplace_back(value);
    m_hashes.push_back(hash);
    m_texts.push_back(QString::fromUtf8(value.data(), qsizetype(value.size())));
    m_slots[slot] = std::uint32_t(m_values.size());
    return m_slots[slot];
}

void ValueInterner::grow()
{
    m_slots.assign(m_slots.empty() ? 64 : m_slots.size() * 2, 0);
    for (std::uint32_t id = 1; id <= m_values.size(); ++id)
        m_slots[probe(m_values[id - 1], m_hashes[id - 1])] = id;
}
