// Deadlines for many in-flight exchanges with one timer: when an exchange's deadline passes,
// its socket is closed, which ends the pending read or write with an error.
//
// Why not a timer per exchange (or beast::tcp_stream's, which waits on a timer for every read
// and write): each wait and cancel costs a timer-queue operation and a completion, several per
// request. Here starting and ending a watch is a vector push and pop; the timer is re-armed only
// when a new deadline is earlier than the armed one (rare: deadlines mostly grow) and when it
// fires (at the earliest deadline still watched).
#ifndef OPENAI_DETAIL_DEADLINE_WATCHDOG_HPP
#define OPENAI_DETAIL_DEADLINE_WATCHDOG_HPP

#include <openai/detail/config.hpp>
#include <openai/error.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <cstddef>
#include <memory>
#include <vector>

OPENAI_BEGIN_NAMESPACE
namespace detail {

class deadline_watchdog
{
public:
    using clock = std::chrono::steady_clock;

    /// One watched exchange. It must stay alive, at a fixed address, while watched.
    struct watch
    {
        clock::time_point deadline{};
        boost::asio::ip::tcp::socket* socket = nullptr;
        bool expired = false;  // its deadline passed and its socket was closed
        std::size_t index = 0;
    };

    /// Ends a watch when it goes out of scope, however the exchange ended.
    class scope
    {
    public:
        scope(deadline_watchdog& dog, watch& w, clock::time_point deadline, boost::asio::ip::tcp::socket& socket)
            : dog_(dog), w_(w)
        {
            dog_.start(w_, deadline, socket);
        }
        ~scope() { dog_.stop(w_); }
        scope(const scope&) = delete;
        scope& operator=(const scope&) = delete;

    private:
        deadline_watchdog& dog_;
        watch& w_;
    };

    explicit deadline_watchdog(const boost::asio::any_io_executor& ex) : timer_(ex) {}

    void start(watch& w, clock::time_point deadline, boost::asio::ip::tcp::socket& socket)
    {
        w.deadline = deadline;
        w.socket = &socket;
        w.expired = false;
        w.index = watched_.size();
        watched_.push_back(&w);
        if (deadline < armed_)
            arm(deadline);
    }

    void stop(watch& w) noexcept
    {
        watch* last = watched_.back();
        watched_[w.index] = last;
        last->index = w.index;
        watched_.pop_back();
        w.socket = nullptr;
        // Nothing left to watch: a pending wait would keep the io_context's run() from returning.
        if (watched_.empty() && armed_ != clock::time_point::max())
        {
            armed_ = clock::time_point::max();
            // Asio's cancel() never fails but is declared to throw, and stop() runs in destructors. A
            // wait it missed would only fire and find nothing to do.
            try
            {
                timer_.cancel();
            }
            catch (...)
            {}
        }
    }

    std::size_t watched() const noexcept { return watched_.size(); }

private:
    void arm(clock::time_point at)
    {
        armed_ = at;
        timer_.expires_at(at);  // cancels the earlier wait, whose handler then does nothing
        timer_.async_wait([this, alive = std::weak_ptr<char>(alive_)](const error_code& ec) {
            // A fired wait may still be queued when the watchdog is destroyed: `alive` tells.
            if (!ec && !alive.expired())
                fire();
        });
    }

    void fire()
    {
        armed_ = clock::time_point::max();
        const auto now = clock::now();
        auto next = clock::time_point::max();
        for (watch* w : watched_)
        {
            if (w->expired)
                continue;
            if (w->deadline <= now)
            {
                w->expired = true;
                error_code ignored;
                w->socket->close(ignored);
            }
            else if (w->deadline < next)
                next = w->deadline;
        }
        if (next != clock::time_point::max())
            arm(next);
    }

    boost::asio::steady_timer timer_;
    clock::time_point armed_ = clock::time_point::max();
    std::vector<watch*> watched_;
    std::shared_ptr<char> alive_ = std::make_shared<char>();
};

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
