// Counts the program's large allocations, to show that a path allocates no buffers: the test
// support replaces the global operator new, which then tallies every allocation of at least
// allocation_counter::large_bytes made on any thread while a counter exists. Sanitizers bring
// their own operator new (ThreadSanitizer's runtime defines it outright), so under them nothing
// is replaced and nothing counted: see counts().
#ifndef OPENAI_TESTS_SUPPORT_ALLOCATION_COUNTER_HPP
#define OPENAI_TESTS_SUPPORT_ALLOCATION_COUNTER_HPP

#include <cstddef>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define OPENAI_TEST_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define OPENAI_TEST_SANITIZED 1
#endif
#endif
#ifndef OPENAI_TEST_SANITIZED
#define OPENAI_TEST_SANITIZED 0
#endif

namespace openai_test {

class allocation_counter
{
public:
    static constexpr std::size_t large_bytes = 16 * 1024;

    /// Whether allocations are counted in this build (not under a sanitizer).
    static constexpr bool counts() noexcept { return !OPENAI_TEST_SANITIZED; }

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
