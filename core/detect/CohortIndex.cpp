#include "CohortIndex.h"

std::size_t CohortIndex::hashOf(Key key)
{
    std::uint64_t h = key.low * 0x9E3779B97F4A7C15ull;
    h ^= (key.high + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
    return std::size_t(h ^ (h >> 31));
}

std::uint32_t CohortIndex::find(Key key) const
{
    if (m_entries.empty())
        return None;
    const std::size_t mask = m_entries.size() - 1;
    for (std::size_t i = hashOf(key) & mask;; i = (i + 1) & mask) {
        const Entry& entry = m_entries[i];
        if (entry.slot == None || entry.key == key)
            return entry.slot;
    }
}

void CohortIndex::insert(Key key, std::uint32_t slot)
{
    if ((m_size + 1) * 2 > m_entries.size())
        grow();
    const std::size_t mask = m_entries.size() - 1;
    std::size_t i = hashOf(key) & mask;
    while (m_entries[i].slot != None && !(m_entries[i].key == key))
        i = (i + 1) & mask;
    if (m_entries[i].slot == None)
        ++m_size;
    m_entries[i] = Entry{key, slot};
}

void CohortIndex::clear()
{
    m_entries.clear();
    m_size = 0;
}

void CohortIndex::grow()
{
    std::vector<Entry> old(m_entries.empty() ? 64 : m_entries.size() * 2);
    old.swap(m_entries);
    m_size = 0;
    for (const Entry& entry : old) {
        if (entry.slot != None)
            insert(entry.key, entry.slot);
    }
}
