// Counts the program's large allocations, to show that a path allocates no buffers: the test
// support replaces the global operator new, which then tallies every allocation of at least
// allocation_counter::large_bytes made on any thread while a counter exists.
#ifndef OPENAI_TESTS_SUPPORT_ALLOCATION_COUNTER_HPP
#define OPENAI_TESTS_SUPPORT_ALLOCATION_COUNTER_HPP

#include <cstddef>

namespace openai_test {

class allocation_counter
{
public:
    static constexpr std::size_t large_bytes = 16 * 1024;

    allocation_counter() noexcept;
    ~allocation_counter();
    allocation_counter(const allocation_counter&) = delete;
    allocation_counter& operator=(const allocation_counter&) = delete;

    /// Allocations of at least large_bytes since this counter was made.
    std::size_t large() const noexcept;

private:
    std::size_t start_;
};

}  // namespace openai_test

#endif
