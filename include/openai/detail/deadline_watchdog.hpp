// Deadlines for many in-flight exchanges and streams with one timer: when a watch's deadline
// passes, its socket (or stream) is closed, which ends the pending read or write with an error.
//
// Why not a timer per exchange (or beast::tcp_stream's, which waits on a timer for every read
// and write): each wait and cancel costs a timer-queue operation, a completion and a system
// call to re-arm the timerfd, several per request and one per stream read. Here starting and
// ending a watch is a vector push and pop, and moving its deadline a store; the timer is
// re-armed only when a deadline is earlier than the armed one (rare: deadlines mostly grow)
// and when it fires (at the earliest deadline still watched).
//
// A watch whose deadline is time_point::max() is idle: a stream between two reads, which is
// never timed out. When no watch has a deadline the timer is cancelled, so that the pending
// wait does not keep the io_context's run() from returning; the cancel is deferred by one
// post because the next read or exchange usually starts at once and would re-arm it.
#ifndef OPENAI_DETAIL_DEADLINE_WATCHDOG_HPP
#define OPENAI_DETAIL_DEADLINE_WATCHDOG_HPP

#include <openai/detail/config.hpp>
#include <openai/error.hpp>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/post.hpp>
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

    /// One watched exchange or stream. It must stay alive, at a fixed address, while watched.
    struct watch
    {
        clock::time_point deadline{};
        void* target = nullptr;  // what is closed when the deadline passes
        void (*close)(void*) noexcept = nullptr;
        bool expired = false;  // its deadline passed and its target was closed
        std::size_t index = 0;
    };

    /// Ends a watch when it goes out of scope, however the exchange ended.
    class scope
    {
    public:
        template <class Closable>
        scope(deadline_watchdog& dog, watch& w, clock::time_point deadline, Closable& target) : dog_(dog), w_(w)
        {
            dog_.start(w_, deadline, target);
        }
        ~scope() { dog_.stop(w_); }
        scope(const scope&) = delete;
        scope& operator=(const scope&) = delete;

    private:
        deadline_watchdog& dog_;
        watch& w_;
    };

    explicit deadline_watchdog(const boost::asio::any_io_executor& ex) : timer_(ex) {}

    /// Watches `target`, closed when the deadline passes: a socket, or a stream whose close() is
    /// noexcept (a function pointer, not a virtual call or a std::function: nothing to allocate).
    template <class Closable>
    void start(watch& w, clock::time_point deadline, Closable& target)
    {
        watched_.push_back(&w);  // first: it may throw, and then nothing has changed
        w.deadline = clock::time_point::max();
        w.target = &target;
        w.close = &close_target<Closable>;
        w.expired = false;
        w.index = watched_.size() - 1;
        try
        {
            set(w, deadline);
        }
        catch (...)  // no memory to arm the timer: the watch is not started
        {
            stop(w);
            throw;
        }
    }

    /// Moves a watch's deadline; time_point::max() makes it idle.
    void set(watch& w, clock::time_point deadline)
    {
        const auto never = clock::time_point::max();
        if (w.deadline == never && deadline != never)
            ++timed_;
        else if (w.deadline != never && deadline == never)
            --timed_;
        w.deadline = deadline;
        if (deadline < armed_)
            arm(deadline);
        else if (timed_ == 0)
            release_timer_soon();
    }

    void stop(watch& w) noexcept
    {
        if (w.deadline != clock::time_point::max())
            --timed_;
        watch* last = watched_.back();
        watched_[w.index] = last;
        last->index = w.index;
        watched_.pop_back();
        w.target = nullptr;
        if (timed_ == 0)
            release_timer_soon();
    }

    std::size_t watched() const noexcept { return watched_.size(); }

    /// Watches with a deadline (not idle).
    std::size_t timed() const noexcept { return timed_; }

    /// Whether the timer has a wait pending (for tests).
    bool armed() const noexcept { return armed_ != clock::time_point::max(); }

private:
    template <class Closable>
    static void close_target(void* target) noexcept
    {
        auto& closable = *static_cast<Closable*>(target);
        if constexpr (requires(error_code & ec) { closable.close(ec); })
        {
            error_code ignored;
            closable.close(ignored);
        }
        else
        {
            static_assert(noexcept(closable.close()), "the watchdog closes targets from its timer's handler");
            closable.close();
        }
    }

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
            if (w->deadline <= now)
            {
                w->expired = true;
                w->deadline = clock::time_point::max();  // closed once; idle from now on
                --timed_;
                w->close(w->target);
            }
            else if (w->deadline < next)
                next = w->deadline;
        }
        if (next != clock::time_point::max())
            arm(next);
    }

    // Nothing has a deadline: the pending wait would keep the io_context's run() from
    // returning. It is cancelled after a post, unless a deadline was set meanwhile.
    void release_timer_soon() noexcept
    {
        if (armed_ == clock::time_point::max() || release_posted_)
            return;
        try
        {
            boost::asio::post(timer_.get_executor(), [this, alive = std::weak_ptr<char>(alive_)] {
                if (alive.expired())
                    return;
                release_posted_ = false;
                if (timed_ == 0)
                    cancel_timer();
            });
            release_posted_ = true;
        }
        catch (...)  // no memory for the post: cancel now
        {
            cancel_timer();
        }
    }

    void cancel_timer() noexcept
    {
        if (armed_ == clock::time_point::max())
            return;
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

    boost::asio::steady_timer timer_;
    clock::time_point armed_ = clock::time_point::max();
    std::vector<watch*> watched_;
    std::size_t timed_ = 0;  // watches whose deadline is not max()
    bool release_posted_ = false;
    std::shared_ptr<char> alive_ = std::make_shared<char>();
};

}  // namespace detail
OPENAI_END_NAMESPACE

#endif
