#pragma once

#include <cmath>
#include <cstdint>

// xoshiro256** seeded through splitmix64: fast, and the same seed gives the same numbers on
// every platform (unlike std::*_distribution), which is what --seed promises.
class SimRandom
{
public:
    explicit SimRandom(std::uint64_t seed)
    {
        for (std::uint64_t& word : m_state)
            word = splitmix(seed);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double probability) { return uniform() < probability; }
    // Uniform integer in [low, high].
    std::int64_t between(std::int64_t low, std::int64_t high)
    {
        return low + std::int64_t(uniform() * double(high - low + 1));
    }
    // Exponentially distributed with the given mean.
    double exponential(double mean) { return -mean * std::log1p(-uniform()); }

    static std::uint64_t splitmix(std::uint64_t& x)
    {
        std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_state[4];
};
