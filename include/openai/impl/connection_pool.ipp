#ifndef OPENAI_IMPL_CONNECTION_POOL_IPP
#define OPENAI_IMPL_CONNECTION_POOL_IPP

#include <openai/detail/connection_pool.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/error.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/error.hpp>

#include <algorithm>

OPENAI_BEGIN_NAMESPACE
namespace detail {

OPENAI_DECL connection_slots::connection_slots(boost::asio::any_io_executor ex, std::size_t max_open)
    : ex_(std::move(ex)), max_open_(std::max<std::size_t>(max_open, 1))
{}

OPENAI_DECL boost::asio::awaitable<error_code> connection_slots::wait(std::chrono::steady_clock::time_point deadline)
{
    namespace asio = boost::asio;
    asio::steady_timer wakeup(ex_, deadline);
    auto position = waiters_.insert(waiters_.end(), &wakeup);
    auto [ec] = co_await wakeup.async_wait(asio::as_tuple(asio::use_awaitable));
    if (!ec)
    {
        waiters_.erase(position);
        co_return make_error_code(boost::beast::error::timeout);
    }
    auto state = co_await asio::this_coro::cancellation_state;
    if (state.cancelled() != asio::cancellation_type::none)
    {
        waiters_.remove(&wakeup);  // cancelled by the caller, maybe still queued
        co_return make_error_code(asio::error::operation_aborted);
    }
    co_return error_code{};  // woken by wake_one_waiter(), which removed us from the queue
}

OPENAI_DECL void connection_slots::wake_one_waiter() noexcept
{
    if (waiters_.empty())
        return;
    // Asio's cancel() never fails but is declared to throw, and release() runs in destructors.
    try
    {
        waiters_.front()->cancel();
    }
    catch (...)
    {}
    waiters_.pop_front();
}

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
