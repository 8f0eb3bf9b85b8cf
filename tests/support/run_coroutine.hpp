// Runs a coroutine on an io_context until the context runs out of work, rethrowing what the
// coroutine threw: the tests' way to drive asynchronous code to completion.
#ifndef OPENAI_TESTS_SUPPORT_RUN_COROUTINE_HPP
#define OPENAI_TESTS_SUPPORT_RUN_COROUTINE_HPP

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>

#include <exception>
#include <stdexcept>
#include <utility>

namespace openai_test {

template <class Awaitable>
void run_coroutine(boost::asio::io_context& io, Awaitable a)
{
    std::exception_ptr failure;
    bool finished = false;
    // A context that ran out of work stays stopped until restarted: run() would return at once and
    // leave the coroutine to a later run, completing into this frame after it is gone.
    io.restart();
    boost::asio::co_spawn(io, std::move(a), [&](std::exception_ptr e) {
        failure = e;
        finished = true;
    });
    io.run();
    io.restart();
    if (failure)
        std::rethrow_exception(failure);
    if (!finished)
        throw std::logic_error("run_coroutine: the io_context ran out of work before the coroutine finished");
}

}  // namespace openai_test

#endif
