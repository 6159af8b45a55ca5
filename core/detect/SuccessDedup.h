#pragma once

#include <cstdint>
#include <vector>

// Remembers which payments already counted as a success, so a payment's `authorized` and
// `captured` count once, in either order. Two rotating generations of 64-bit payment-id hashes, one
// generation being 10 minutes of event time: a payment is remembered between 10 and 20 minutes. An
// approximation on purpose (a hash collision, or a capture more than 10-20 minutes after its
// authorization, counts twice); it is not part of a detector's saved state.
class SuccessDedup
{
public:
    static constexpr std::int64_t GenerationMicros = 600'000'000;

    SuccessDedup();
    // True when the payment had not counted yet; remembers it either way.
    bool firstSuccess(std::uint64_t paymentHash, std::int64_t occurredAt);
    bool contains(std::uint64_t paymentHash) const;

private:
    struct Set
    {
        std::vector<std::uint64_t> cells;
        std::size_t size = 0;
        bool contains(std::uint64_t key) const;
        // False when the key was there already.
        bool insert(std::uint64_t key);
        void clear();
        void grow();
    };

    void rotateTo(std::int64_t generation);

    Set m_current;
    Set m_previous;
    std::int64_t m_generation = INT64_MIN;
};
