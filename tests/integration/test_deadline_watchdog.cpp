// The transport's deadline watchdog on real loopback sockets: an expired exchange has its socket
// closed (ending its pending read), others are left alone, and an idle watchdog holds no work.
#include <openai/detail/deadline_watchdog.hpp>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>

#include <doctest/doctest.h>

#include <array>
#include <chrono>
#include <optional>

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;
using openai::detail::deadline_watchdog;
using clock_type = std::chrono::steady_clock;

namespace {

// A connected pair of loopback sockets whose peer never writes.
struct socket_pair
{
    explicit socket_pair(asio::io_context& io) : client(io), peer(io)
    {
        tcp::acceptor acceptor(io, tcp::endpoint(asio::ip::address_v4::loopback(), 0));
        client.connect(acceptor.local_endpoint());
        acceptor.accept(peer);
    }
    tcp::socket client;
    tcp::socket peer;
};

// Starts a read that completes only when the socket is closed (or the peer writes).
void pending_read(tcp::socket& s, std::array<char, 16>& buffer, std::optional<openai::error_code>& result,
                  clock_type::time_point& at)
{
    s.async_read_some(asio::buffer(buffer), [&](openai::error_code ec, std::size_t) {
        result = ec;
        at = clock_type::now();
    });
}

// A socket pair whose client side may have a read pending, and when and how that read ended.
struct watched_read
{
    explicit watched_read(asio::io_context& io) : pair(io) {}
    void start() { pending_read(pair.client, buffer, result, at); }
    void run_until_done(asio::io_context& io)
    {
        while (!result)
            io.run_one();
    }
    socket_pair pair;
    std::array<char, 16> buffer{};
    std::optional<openai::error_code> result;
    clock_type::time_point at;
    deadline_watchdog::watch watch;
};

}  // namespace

TEST_CASE("deadline_watchdog: an expired exchange's socket is closed; an earlier deadline re-arms the timer")
{
    asio::io_context io;
    deadline_watchdog dog(io.get_executor());
    socket_pair late(io), early(io);
    std::array<char, 16> b1{}, b2{};
    std::optional<openai::error_code> late_result, early_result;
    clock_type::time_point late_at, early_at;

    const auto start = clock_type::now();
    deadline_watchdog::watch late_watch, early_watch;
    dog.start(late_watch, start + 600ms, late.client);
    dog.start(early_watch, start + 100ms, early.client);  // earlier than the armed deadline
    CHECK(dog.watched() == 2);
    pending_read(late.client, b1, late_result, late_at);
    pending_read(early.client, b2, early_result, early_at);

    // Run until the early read has ended: the late one is still pending.
    while (!early_result)
        io.run_one();
    CHECK(early_watch.expired);
    CHECK_FALSE(late_watch.expired);
    CHECK(*early_result == asio::error::operation_aborted);
    CHECK(early_at - start >= 95ms);
    CHECK(early_at - start < 500ms);
    CHECK_FALSE(early.client.is_open());
    CHECK(late.client.is_open());
    dog.stop(early_watch);

    // Then the late one, at its own deadline.
    while (!late_result)
        io.run_one();
    CHECK(late_watch.expired);
    CHECK(late_at - start >= 595ms);
    CHECK(late_at - start < 2s);
    dog.stop(late_watch);
    CHECK(dog.watched() == 0);
}

TEST_CASE("deadline_watchdog: a watch stopped in time leaves its socket open and the io_context returns at once")
{
    asio::io_context io;
    deadline_watchdog dog(io.get_executor());
    socket_pair pair(io);
    std::array<char, 16> buffer{};
    std::optional<openai::error_code> result;
    clock_type::time_point at;

    deadline_watchdog::watch w;
    {
        deadline_watchdog::scope watching(dog, w, clock_type::now() + 10min, pair.client);
        CHECK(dog.watched() == 1);
        pending_read(pair.client, buffer, result, at);
        asio::write(pair.peer, asio::buffer("hi", 2));
        while (!result)
            io.run_one();
    }
    CHECK_FALSE(*result);
    CHECK(dog.watched() == 0);
    CHECK_FALSE(w.expired);
    CHECK(pair.client.is_open());

    // Nothing is watched: the 10-minute wait must not keep run() from returning (stopped() says
    // the context ran out of work, rather than run_for() giving up).
    io.run_for(2s);
    CHECK(io.stopped());
}

TEST_CASE("deadline_watchdog: many watches in any order, each stopped by swapping with the last")
{
    asio::io_context io;
    deadline_watchdog dog(io.get_executor());
    const auto far = clock_type::now() + 1h;
    tcp::socket unused(io);
    std::array<deadline_watchdog::watch, 8> watches{};
    for (std::size_t i = 0; i < watches.size(); ++i)
        dog.start(watches[i], far + std::chrono::seconds(i), unused);
    for (std::size_t i : {3u, 0u, 7u, 4u, 1u, 6u, 2u, 5u})
    {
        dog.stop(watches[i]);
        CHECK(watches[i].target == nullptr);
    }
    CHECK(dog.watched() == 0);
    for (const auto& w : watches)
        CHECK_FALSE(w.expired);
    io.run_for(2s);
    CHECK(io.stopped());
}

TEST_CASE("deadline_watchdog: an idle watch is never timed out; set() gives it a deadline again")
{
    asio::io_context io;
    deadline_watchdog dog(io.get_executor());
    watched_read r(io);

    dog.start(r.watch, clock_type::now() + 100ms, r.pair.client);
    CHECK(dog.timed() == 1);
    dog.set(r.watch, clock_type::time_point::max());  // idle, as a stream between two reads
    CHECK(dog.timed() == 0);
    CHECK(dog.watched() == 1);
    // Past the first deadline: the socket stays open, and the released timer holds no work.
    io.run_for(2s);
    CHECK(io.stopped());
    CHECK_FALSE(dog.armed());
    CHECK_FALSE(r.watch.expired);
    CHECK(r.pair.client.is_open());

    io.restart();
    const auto again = clock_type::now();
    dog.set(r.watch, again + 100ms);
    CHECK(dog.armed());
    r.start();
    r.run_until_done(io);
    CHECK(r.watch.expired);
    CHECK(r.at - again >= 95ms);
    CHECK(r.at - again < 1s);
    CHECK(dog.timed() == 0);  // an expired watch counts as idle
    dog.stop(r.watch);
    CHECK(dog.watched() == 0);
}

TEST_CASE("deadline_watchdog: set() to an earlier deadline re-arms; a later one waits for the timer to fire")
{
    asio::io_context io;
    deadline_watchdog dog(io.get_executor());
    watched_read sooner(io), later(io);

    const auto start = clock_type::now();
    dog.start(sooner.watch, start + 10min, sooner.pair.client);
    dog.start(later.watch, start + 100ms, later.pair.client);
    dog.set(sooner.watch, start + 50ms);  // earlier than the armed 100 ms: re-armed
    dog.set(later.watch, start + 300ms);  // later: the timer still fires at 50 ms, then re-arms
    sooner.start();
    later.start();

    sooner.run_until_done(io);
    CHECK(sooner.watch.expired);
    CHECK(sooner.at - start >= 45ms);
    CHECK(sooner.at - start < 250ms);
    CHECK_FALSE(later.watch.expired);
    later.run_until_done(io);
    CHECK(later.watch.expired);
    CHECK(later.at - start >= 295ms);
    CHECK(later.at - start < 2s);
    dog.stop(sooner.watch);
    dog.stop(later.watch);
}

TEST_CASE("deadline_watchdog: the timer is released one post after the last deadline, unless one comes back")
{
    asio::io_context io;
    deadline_watchdog dog(io.get_executor());
    tcp::socket unused(io);
    deadline_watchdog::watch a, b;
    const auto far = clock_type::now() + 1h;

    // Stopped and started again before the post runs, as a sequential client does between two
    // requests: the timer stays armed, and no re-arm was needed.
    dog.start(a, far, unused);
    CHECK(dog.armed());
    dog.stop(a);
    dog.start(b, far + 1s, unused);
    io.poll();
    CHECK(dog.armed());
    CHECK(dog.timed() == 1);

    // Stopped for good: after the post the timer is cancelled and run() has nothing left.
    dog.stop(b);
    CHECK(dog.armed());  // not yet: the release waits for the post
    io.run_for(2s);
    CHECK(io.stopped());
    CHECK_FALSE(dog.armed());
    CHECK(dog.timed() == 0);
}

TEST_CASE("deadline_watchdog: a post still queued when the watchdog is destroyed does nothing")
{
    asio::io_context io;
    {
        deadline_watchdog dog(io.get_executor());
        tcp::socket unused(io);
        deadline_watchdog::watch w;
        dog.start(w, clock_type::now() + 1h, unused);
        dog.stop(w);  // queues the release
    }
    io.run_for(2s);  // the release and the cancelled wait find the watchdog gone
    CHECK(io.stopped());
}
