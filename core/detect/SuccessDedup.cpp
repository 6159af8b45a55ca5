#include "SuccessDedup.h"

namespace {

std::size_t slotOf(std::uint64_t key, std::size_t mask)
{
    return std::size_t((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
}

std::int64_t generationOf(std::int64_t micros)
{
    const std::int64_t g = micros / SuccessDedup::GenerationMicros;
    return micros < 0 && g * SuccessDedup::GenerationMicros != micros ? g - 1 : g;
}

} // namespace

// Zero marks an empty slot: a payment whose hash is 0 is stored as 1.
bool SuccessDedup::Set::contains(std::uint64_t key) const
{
    if (cells.empty())
        return false;
    const std::size_t mask = cells.size() - 1;
    for (std::size_t i = slotOf(key, mask);; i = (i + 1) & mask) {
        if (cells[i] == key)
            return true;
        if (cells[i] == 0)
            return false;
    }
}

bool SuccessDedup::Set::insert(std::uint64_t key)
{
    if ((size + 1) * 2 > cells.size())
        grow();
    const std::size_t mask = cells.size() - 1;
    for (std::size_t i = slotOf(key, mask);; i = (i + 1) & mask) {
        if (cells[i] == key)
            return false;
        if (cells[i] == 0) {
            cells[i] = key;
            ++size;
            return true;
        }
    }
}

void SuccessDedup::Set::clear()
{
    std::fill(cells.begin(), cells.end(), 0);
    size = 0;
}

void SuccessDedup::Set::grow()
{
    std::vector<std::uint64_t> old(cells.empty() ? 1024 : cells.size() * 2, 0);
    old.swap(cells);
    size = 0;
    for (std::uint64_t key : old) {
        if (key != 0)
            insert(key);
    }
}

SuccessDedup::SuccessDedup() = default;

bool SuccessDedup::contains(std::uint64_t paymentHash) const
{
    const std::uint64_t key = paymentHash ? paymentHash : 1;
    return m_current.contains(key) || m_previous.contains(key);
}

bool SuccessDedup::firstSuccess(std::uint64_t paymentHash, std::int64_t occurredAt)
{
    rotateTo(generationOf(occurredAt));
    const std::uint64_t key = paymentHash ? paymentHash : 1;
    return m_current.insert(key) && !m_previous.contains(key);
}

// Only moves forward: an out-of-order event from an older generation goes to the current one.
void SuccessDedup::rotateTo(std::int64_t generation)
{
    if (generation <= m_generation)
        return;
    if (generation == m_generation + 1) {
        std::swap(m_previous, m_current);
        m_current.clear();
    } else {
        m_previous.clear();
        m_current.clear();
    }
    m_generation = generation;
}
