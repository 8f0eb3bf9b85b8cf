// The transport's bounded pool of keep-alive connections: at most `max` open at once, idle
// ones handed out most recently used first, and requests that find every connection busy
// waiting for one to be released. A connection comes back as reusable only when its answer was
// read completely and it is keep-alive; anything else is closed.
#ifndef OPENAI_DETAIL_CONNECTION_POOL_HPP
#define OPENAI_DETAIL_CONNECTION_POOL_HPP

#include <openai/detail/config.hpp>
#include <openai/error.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <cstddef>
#include <list>
#include <memory>
#include <tuple>
#include <utility>
#include <vector>

OPENAI_BEGIN_NAMESPACE
namespace detail {

// How many connections are open, and the requests waiting for a free one: the part of the pool
// that does not depend on the kind of connection.
class connection_slots
{
public:
    OPENAI_DECL connection_slots(boost::asio::any_io_executor ex, std::size_t max_open);

    /// Counts a connection about to be opened, if one more may be.
    bool try_open() noexcept
    {
        if (open_ >= max_open_)
            return false;
        ++open_;
        return true;
    }

    /// A connection was closed, or failed to open.
    void closed() noexcept { --open_; }

    /// Waits until wake_one_waiter() is called for this request: then a connection was released
    /// or closed. Fails with beast::error::timeout at `deadline`, operation_aborted when the
    /// caller's operation is cancelled.
    OPENAI_DECL boost::asio::awaitable<error_code> wait(std::chrono::steady_clock::time_point deadline);

    OPENAI_DECL void wake_one_waiter() noexcept;

    std::size_t open() const noexcept { return open_; }
    std::size_t waiting() const noexcept { return waiters_.size(); }

private:
    boost::asio::any_io_executor ex_;
    std::size_t max_open_;
    std::size_t open_ = 0;
    std::list<boost::asio::steady_timer*> waiters_;
};

/// `Connection` is a basic_connection: the pool reads its `idle_since` and its stream's
/// peer_closed().
template <class Connection>
class connection_pool
{
public:
    using connection_ptr = std::unique_ptr<Connection>;

    connection_pool(boost::asio::any_io_executor ex, std::size_t max_open) : slots_(std::move(ex), max_open) {}

    /// An idle connection, or null: the common case, without a coroutine frame.
    connection_ptr take_idle()
    {
        // A connection idle this briefly is almost never closed by its server: it goes without the
        // check (a system call), and the rare one that was is caught by the stale-connection retry.
        constexpr auto check_after = std::chrono::seconds(1);
        const auto now = idle_.empty() ? std::chrono::steady_clock::time_point{} : std::chrono::steady_clock::now();
        while (!idle_.empty())
        {
            connection_ptr conn = std::move(idle_.back());
            idle_.pop_back();
            if (now - conn->idle_since < check_after || !conn->stream.peer_closed())
                return conn;
            slots_.closed();
        }
        return nullptr;
    }

    /// An idle connection, else a new one from `connect` (an awaitable of
    /// std::tuple<error_code, connection_ptr>) when fewer than the maximum are open, else the
    /// first one released before `deadline`.
    template <class Connect>
    boost::asio::awaitable<std::tuple<error_code, connection_ptr>> acquire(
        std::chrono::steady_clock::time_point deadline, Connect connect)
    {
        for (;;)
        {
            if (connection_ptr conn = take_idle())
                co_return std::tuple(error_code{}, std::move(conn));
            if (slots_.try_open())
            {
                auto [ec, conn] = co_await connect();
                if (ec)
                {
                    slots_.closed();
                    slots_.wake_one_waiter();
                }
                co_return std::tuple(ec, std::move(conn));
            }
            if (auto ec = co_await slots_.wait(deadline))
                co_return std::tuple(ec, connection_ptr());
        }
    }

    /// Gives a connection back: kept when `reusable`, else closed.
    void release(connection_ptr conn, bool reusable)
    {
        if (!conn)
            return;
        if (reusable)
        {
            conn->idle_since = std::chrono::steady_clock::now();
            idle_.push_back(std::move(conn));
        }
        else
            slots_.closed();
        slots_.wake_one_waiter();
    }

    /// Connections open now, idle or busy (for tests and metrics).
    std::size_t open_connections() const noexcept { return slots_.open(); }
    std::size_t idle_connections() const noexcept { return idle_.size(); }
    std::size_t waiting_requests() const noexcept { return slots_.waiting(); }

private:
    connection_slots slots_;
    std::vector<connection_ptr> idle_;  // most recently used last
};

}  // namespace detail
OPENAI_END_NAMESPACE

#ifdef OPENAI_HEADER_ONLY
#include <openai/impl/connection_pool.ipp>
#endif

#endif
