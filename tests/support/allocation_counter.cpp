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

#if !OPENAI_TEST_SANITIZED

// Every form that is not over-aligned is replaced, so that what one allocates another frees; the
// over-aligned forms are left to the library.
namespace {

void* allocate(std::size_t size) noexcept
{
    if (size >= openai_test::allocation_counter::large_bytes && counters.load(std::memory_order_relaxed) > 0)
        large_allocations.fetch_add(1, std::memory_order_relaxed);
    return std::malloc(size == 0 ? 1 : size);
}

void* allocate_or_throw(std::size_t size)
{
    if (void* p = allocate(size))
        return p;
    throw std::bad_alloc();
}

}  // namespace

void* operator new(std::size_t size)
{
    return allocate_or_throw(size);
}

void* operator new[](std::size_t size)
{
    return allocate_or_throw(size);
}

void* operator new(std::size_t size, const std::nothrow_t&) noexcept
{
    return allocate(size);
}

void* operator new[](std::size_t size, const std::nothrow_t&) noexcept
{
    return allocate(size);
}

void operator delete(void* p) noexcept
{
    std::free(p);
}

void operator delete[](void* p) noexcept
{
    std::free(p);
}

void operator delete(void* p, std::size_t) noexcept
{
    std::free(p);
}

void operator delete[](void* p, std::size_t) noexcept
{
    std::free(p);
}

void operator delete(void* p, const std::nothrow_t&) noexcept
{
    std::free(p);
}

void operator delete[](void* p, const std::nothrow_t&) noexcept
{
    std::free(p);
}

#endif
