// The global operator new of the test executables: malloc, with a tally of large allocations
// while an allocation_counter exists (see allocation_counter.hpp).
#include "support/allocation_counter.hpp"

#include <atomic>
#include <cstdlib>
#include <new>

namespace {

std::atomic<int> counters{0};
std::atomic<std::size_t> large_allocations{0};

}  // namespace

namespace openai_test {

allocation_counter::allocation_counter() noexcept
{
    counters.fetch_add(1);
    start_ = large_allocations.load();
}

allocation_counter::~allocation_counter()
{
    counters.fetch_sub(1);
}

std::size_t allocation_counter::large() const noexcept
{
    return large_allocations.load() - start_;
}

}  // namespace openai_test

// The other forms (arrays, nothrow) call this one; aligned forms are left to the library.
void* operator new(std::size_t size)
{
    if (size >= openai_test::allocation_counter::large_bytes && counters.load(std::memory_order_relaxed) > 0)
        large_allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size == 0 ? 1 : size))
        return p;
    throw std::bad_alloc();
}

void operator delete(void* p) noexcept
{
    std::free(p);
}

void operator delete(void* p, std::size_t) noexcept
{
    std::free(p);
}
