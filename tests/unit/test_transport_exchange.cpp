// The transport's exchange and body reading over Beast's in-memory test stream, no sockets: each
// read and write of a connection fails in turn (fail_count), and every failure comes back as
// itself and closes the connection. A connection goes back to the pool only when its answer was
// read completely and it is keep-alive.
#include <openai/detail/basic_beast_transport.hpp>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/_experimental/test/error.hpp>
#include <boost/beast/_experimental/test/fail_count.hpp>
#include <boost/beast/_experimental/test/stream.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/error.hpp>

#include <doctest/doctest.h>

#include "support/allocation_counter.hpp"
#include "support/run_coroutine.hpp"

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using namespace std::chrono_literals;
using openai::error_code;
using openai::detail::exchange_limits;

namespace {

// A connection's stream for the transport: Beast's test stream, whose reads and writes fail as
// its fail_count says.
class test_stream
{
public:
    test_stream(asio::io_context& io, beast::test::fail_count& fc) : stream(io, fc) {}

    template <class F>
    decltype(auto) visit(F&& f)
    {
        return std::forward<F>(f)(stream);
    }
    bool peer_closed() noexcept { return false; }  // the pool checks only after a second idle
    void close() noexcept { stream.close(); }

    beast::test::stream stream;
};

using test_connection = openai::detail::basic_connection<test_stream>;

// The server's side, scripted: what each new connection answers.
struct server_script
{
    struct answer
    {
        std::string bytes;
        bool close_after = false;   // the server closes the connection once it is read
        std::size_t read_size = 7;  // at most, a read: small, so that an exchange takes many reads
    };

    asio::io_context& io;
    beast::test::fail_count& fc;                // shared by the connections
    std::deque<answer> answers;                 // one a connection, in the order they are opened
    std::vector<beast::test::stream> far_ends;  // hold what the client wrote
    int connects = 0;
};

// Writes of 16 bytes: a request takes several, and each may fail.
constexpr std::size_t write_size = 16;

class test_connector
{
public:
    explicit test_connector(server_script& script) : script_(&script) {}

    asio::awaitable<std::tuple<error_code, std::unique_ptr<test_connection>>> connect(const exchange_limits&)
    {
        ++script_->connects;
        REQUIRE_FALSE(script_->answers.empty());
        auto answer = std::move(script_->answers.front());
        script_->answers.pop_front();
        auto conn = std::make_unique<test_connection>(script_->io, script_->fc);
        auto& stream = conn->stream.stream;
        script_->far_ends.push_back(beast::test::connect(stream));
        stream.read_size(answer.read_size);
        stream.write_size(write_size);
        stream.append(answer.bytes);
        if (answer.close_after)
            stream.close_remote();
        co_return std::tuple(error_code{}, std::move(conn));
    }

private:
    server_script* script_;
};

using test_transport = openai::detail::basic_beast_transport<test_stream, test_connector>;

openai::detail::http_request make_request()
{
    openai::detail::http_request req{http::verb::post, "/v1/chat/completions", 11};
    req.set(http::field::host, "api.example.com");
    req.set(http::field::content_type, "application/json");
    req.body() = R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello"}]})";
    req.prepare_payload();
    return req;
}

exchange_limits make_limits(std::size_t max_response_bytes = 1 << 20,
                            std::chrono::steady_clock::duration timeout = std::chrono::hours(1))
{
    return {.deadline = std::chrono::steady_clock::now() + timeout,
            .connect_timeout = std::chrono::seconds(1),
            .max_response_bytes = max_response_bytes};
}

const std::string body_text = "The quick brown fox jumps over the lazy dog, and again, and again.";

std::string with_length(std::string_view status_line, std::string_view extra_fields, std::string_view body)
{
    return std::string(status_line) + "\r\nContent-Type: application/json\r\n" + std::string(extra_fields) +
           "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + std::string(body);
}

std::string chunked(std::string_view status_line, std::string_view body, std::size_t piece = 10)
{
    std::string out =
        std::string(status_line) + "\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (std::size_t at = 0; at < body.size(); at += piece)
    {
        const auto part = body.substr(at, piece);
        char size[16];
        std::snprintf(size, sizeof size, "%zx", part.size());
        out += std::string(size) + "\r\n" + std::string(part) + "\r\n";
    }
    return out + "0\r\n\r\n";
}

// What an operation left behind: its error, what it read, and the pool.
struct outcome
{
    error_code ec;
    std::string body;
    std::size_t open = 0;
    std::size_t idle = 0;
    std::size_t watched = 0;
    int connects = 0;
    server_script* server = nullptr;  // for an operation that sends more on a connection
};

// One operation on a fresh transport, its connections failing at the fc's count.
using operation = std::function<asio::awaitable<void>(test_transport&, outcome&)>;

outcome run_with(beast::test::fail_count& fc, std::deque<server_script::answer> answers, const operation& op)
{
    asio::io_context io;
    server_script script{.io = io, .fc = fc, .answers = std::move(answers), .far_ends = {}, .connects = 0};
    test_transport transport(io.get_executor(), test_connector(script), 4);
    outcome out;
    out.server = &script;
    openai_test::run_coroutine(io, op(transport, out));
    out.open = transport.open_connections();
    out.idle = transport.idle_connections();
    out.watched = transport.watched();
    out.connects = script.connects;
    return out;
}

// Fails the first read or write, then the second, and so on, until the operation gets through
// (or fails on its own): each induced failure must come back as test_failure and leave no
// connection open. Returns how the operation ended when nothing failed, and how many read
// and write points were failed on the way.
std::pair<outcome, std::size_t> fail_at_each_point(const std::deque<server_script::answer>& answers,
                                                   const operation& op)
{
    for (std::size_t n = 0; n < 10'000; ++n)
    {
        beast::test::fail_count fc(n);
        auto out = run_with(fc, answers, op);
        if (out.ec != beast::test::error::test_failure)
            return {out, n};
        INFO("failing read or write #" << n);
        CHECK(out.open == 0);
        CHECK(out.idle == 0);
        CHECK(out.watched == 0);
    }
    FAIL("the operation never got through");
    return {};
}

// A whole exchange: its error and body into `out`.
asio::awaitable<void> exchange_with(test_transport& transport, outcome& out, const exchange_limits& limits)
{
    auto req = make_request();
    openai::detail::http_response res;
    out.ec = co_await transport.exchange(req, res, limits);
    out.body = res.body();
}

const operation exchange_once = [](test_transport& transport, outcome& out) -> asio::awaitable<void> {
    const auto limits = make_limits();
    co_await exchange_with(transport, out, limits);
};

// Opens a stream: its reader, or null after a failure (in `out.ec`) or an error status (whose
// body is then in `out.body`).
asio::awaitable<std::unique_ptr<openai::detail::body_reader>> open_with(test_transport& transport, outcome& out,
                                                                        const exchange_limits& limits)
{
    auto req = make_request();
    openai::detail::http_response res;
    std::unique_ptr<openai::detail::body_reader> body;
    out.ec = co_await transport.open(req, res, body, limits);
    out.body = res.body();
    co_return body;
}

// Ops an exchange takes at least: the request's writes, and the reads of every answer byte.
std::size_t least_points(std::size_t answer_bytes)
{
    return make_request().body().size() / write_size + answer_bytes / server_script::answer{}.read_size;
}

// Opens a stream and reads its body to the end; `out.idle` is the pool while the last bytes
// are still viewed.
const operation stream_once = [](test_transport& transport, outcome& out) -> asio::awaitable<void> {
    const auto limits = make_limits();
    auto body = co_await open_with(transport, out, limits);
    if (!body)
        co_return;
    for (bool done = false; !done;)
    {
        std::string_view bytes;
        out.ec = co_await body->read_some(bytes, done, limits.deadline);
        if (out.ec)
            co_return;
        out.body.append(bytes);
        if (done && !bytes.empty())
        {
            // The last bytes are viewed in the connection's storage: it is not pooled yet.
            CHECK(transport.idle_connections() == 0);
            CHECK(transport.open_connections() == 1);
        }
    }
};

// The two ways of reading an answer: whole, or as a stream.
struct reading
{
    const char* name;
    const operation& run;
};
const std::array<reading, 2> readings{{{"exchange", exchange_once}, {"stream", stream_once}}};

// An answer read by each reading after each of its reads and writes failed in turn: the body
// arrives whole, and its connection is pooled only when `kept`.
void check_read_whole(const server_script::answer& answer, std::string_view body, bool kept)
{
    for (const auto& r : readings)
    {
        INFO("read as " << r.name);
        auto [out, points] = fail_at_each_point({answer}, r.run);
        CHECK_FALSE(out.ec);
        CHECK(out.body == body);
        CHECK(out.open == (kept ? 1 : 0));
        CHECK(out.idle == (kept ? 1 : 0));
        CHECK(out.watched == 0);
        CHECK(points >= least_points(answer.bytes.size()));
    }
}

// The same for an answer that fails on its own with `expected` once no read or write fails.
void check_fails_with(const server_script::answer& answer, const error_code& expected)
{
    for (const auto& r : readings)
    {
        INFO("read as " << r.name);
        auto [out, points] = fail_at_each_point({answer}, r.run);
        CHECK(out.ec == expected);
        CHECK(out.open == 0);
        CHECK(out.idle == 0);
        CHECK(out.watched == 0);
        CHECK(points >= least_points(answer.bytes.size()));
    }
}

// One read of an opened stream's body, waiting until `deadline`: its error into `out`; whether
// the body is done.
asio::awaitable<bool> read_once(openai::detail::body_reader& body, outcome& out,
                                std::chrono::steady_clock::time_point deadline)
{
    std::string_view bytes;
    bool done = false;
    out.ec = co_await body.read_some(bytes, done, deadline);
    co_return done;
}

const std::string headers_only =
    "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";

}  // namespace

TEST_SUITE("transport exchange")
{
    TEST_CASE("a Content-Length answer: each failing read or write closes the connection; one read whole is pooled")
    {
        check_read_whole({with_length("HTTP/1.1 200 OK", "", body_text)}, body_text, true);
    }

    TEST_CASE("a chunked answer: each failing read or write closes the connection; one read whole is pooled")
    {
        check_read_whole({chunked("HTTP/1.1 200 OK", body_text)}, body_text, true);
    }

    TEST_CASE("an answer that is not keep-alive is read whole, and its connection closed")
    {
        check_read_whole({with_length("HTTP/1.1 200 OK", "Connection: close\r\n", body_text), true}, body_text, false);
        check_read_whole({with_length("HTTP/1.0 200 OK", "", body_text), true}, body_text, false);
    }

    TEST_CASE("an error status is an answer like any other: read whole, its connection pooled")
    {
        const std::string error = R"({"error":{"message":"Rate limit reached"}})";
        check_read_whole({with_length("HTTP/1.1 429 Too Many Requests", "Retry-After: 1\r\n", error)}, error, true);
        check_read_whole({chunked("HTTP/1.1 500 Internal Server Error", error)}, error, true);
    }

    TEST_CASE("a body that ends early is partial_message at any point, and its connection is closed")
    {
        const auto cut = [](const std::string& answer) { return answer.substr(0, answer.size() - 20); };
        check_fails_with({cut(with_length("HTTP/1.1 200 OK", "", body_text)), true}, http::error::partial_message);
        check_fails_with({cut(chunked("HTTP/1.1 200 OK", body_text)), true}, http::error::partial_message);
    }

    TEST_CASE("a connection closed before any answer: end_of_stream on a fresh connection, not retried")
    {
        check_fails_with({"", true}, http::error::end_of_stream);
        check_fails_with({"HTTP/1.1 200 OK\r\nContent-", true}, http::error::partial_message);
    }

    TEST_CASE("a kept connection the server closed meanwhile: the request goes again on a new one")
    {
        // The first answer is read; the server then closes: the second request finds nothing.
        const auto answer = with_length("HTTP/1.1 200 OK", "", body_text);
        for (const auto& r : readings)
        {
            INFO("read as " << r.name);
            const operation twice = [&r](test_transport& transport, outcome& out) -> asio::awaitable<void> {
                co_await r.run(transport, out);
                if (out.ec)
                    co_return;
                REQUIRE(transport.idle_connections() == 1);
                out.body.clear();
                co_await r.run(transport, out);
            };
            auto [out, points] = fail_at_each_point({{answer, true}, {answer}}, twice);
            CHECK_FALSE(out.ec);
            CHECK(out.body == body_text);
            CHECK(out.connects == 2);
            CHECK(out.open == 1);
            CHECK(out.idle == 1);
            CHECK(points >= 2 * least_points(answer.size()));
        }
    }

    TEST_CASE("a body over the limit: response_too_large, by its Content-Length or as it arrives")
    {
        const operation small_limit = [](test_transport& transport, outcome& out) -> asio::awaitable<void> {
            const auto limits = make_limits(body_text.size() - 1);
            co_await exchange_with(transport, out, limits);
        };
        for (const auto& answer :
             {with_length("HTTP/1.1 200 OK", "", body_text), chunked("HTTP/1.1 200 OK", body_text)})
        {
            auto [out, points] = fail_at_each_point({{answer}}, small_limit);
            CHECK(out.ec == openai::errc::response_too_large);
            CHECK(out.open == 0);
            CHECK(out.idle == 0);
            CHECK(points >= least_points(with_length("HTTP/1.1 200 OK", "", "").size()));
        }
    }

    TEST_CASE("an answer that does not come by the deadline: timeout, the connection closed")
    {
        // Nothing more is ever appended: only the watchdog, closing the stream, ends the read.
        const operation short_deadline = [](test_transport& transport, outcome& out) -> asio::awaitable<void> {
            const auto limits = make_limits(1 << 20, 20ms);
            co_await exchange_with(transport, out, limits);
        };
        for (const auto& answer : {std::string(), with_length("HTTP/1.1 200 OK", "", body_text).substr(0, 60)})
        {
            auto [out, points] = fail_at_each_point({{answer}}, short_deadline);
            CHECK(out.ec == beast::error::timeout);
            CHECK(out.open == 0);
            CHECK(out.watched == 0);
            CHECK(points >= least_points(answer.size()));
        }
    }
}

TEST_SUITE("transport body reading")
{
    TEST_CASE("an error status whose body is over the limit: response_too_large, the connection closed")
    {
        const operation small_limit = [](test_transport& transport, outcome& out) -> asio::awaitable<void> {
            const auto limits = make_limits(body_text.size() - 1);
            auto body = co_await open_with(transport, out, limits);
            CHECK_FALSE(body);
        };
        auto [out, points] =
            fail_at_each_point({{chunked("HTTP/1.1 500 Internal Server Error", body_text)}}, small_limit);
        CHECK(out.ec == openai::errc::response_too_large);
        CHECK(out.open == 0);
        CHECK(points >= least_points(body_text.size()));
    }

    TEST_CASE("a stream dropped before its end, or closed during a read, closes its connection")
    {
        const auto answer = chunked("HTTP/1.1 200 OK", body_text);
        const operation drop_after_first_piece = [](test_transport& transport, outcome& out) -> asio::awaitable<void> {
            const auto limits = make_limits();
            auto body = co_await open_with(transport, out, limits);
            if (!body)
                co_return;
            const bool done = co_await read_once(*body, out, limits.deadline);
            CHECK_FALSE(done);
        };
        auto [dropped, points] = fail_at_each_point({{answer}}, drop_after_first_piece);
        CHECK_FALSE(dropped.ec);
        CHECK(dropped.open == 0);
        CHECK(dropped.watched == 0);
        CHECK(points >= least_points(headers_only.size()));

        // close() while a read waits for bytes that never come: the read ends, operation_aborted.
        const operation close_during_read = [](test_transport& transport, outcome& out) -> asio::awaitable<void> {
            const auto limits = make_limits();
            auto body = co_await open_with(transport, out, limits);
            if (!body)
                co_return;
            asio::post(co_await asio::this_coro::executor, [&body] { body->close(); });
            co_await read_once(*body, out, limits.deadline);
        };
        auto [closed, closed_points] = fail_at_each_point({{headers_only}}, close_during_read);
        CHECK(closed.ec == asio::error::operation_aborted);
        CHECK(closed.open == 0);
        CHECK(closed_points >= least_points(headers_only.size()));
    }

    TEST_CASE("a stream read that waits past its deadline: timeout, the connection closed")
    {
        const operation short_read = [](test_transport& transport, outcome& out) -> asio::awaitable<void> {
            const auto limits = make_limits();
            auto body = co_await open_with(transport, out, limits);
            if (!body)
                co_return;
            co_await read_once(*body, out, std::chrono::steady_clock::now() + 20ms);
        };
        auto [out, points] = fail_at_each_point({{headers_only}}, short_read);
        CHECK(out.ec == beast::error::timeout);
        CHECK(out.open == 0);
        CHECK(out.watched == 0);
        CHECK(points >= least_points(headers_only.size()));
    }
}

TEST_SUITE("transport body reading")
{
    TEST_CASE("streams read one after another on a kept connection allocate no large buffer")
    {
        // Three streams of 300 kB, each in one chunk, each waiting whole to be read when its
        // request is sent: every read fills the buffer, which grows to 64 KiB during the first
        // stream, and so does the body's storage. The connection keeps both: the next streams
        // allocate nothing of 16 KiB or more, though their header reads fill the whole buffer,
        // header and body bytes (a loopback stream does so when it is read slower than written).
        const std::string body(300'000, 'x');
        const auto answer = chunked("HTTP/1.1 200 OK", body, body.size());
        std::size_t large = 0;
        const operation three_streams = [&body, &answer, &large](test_transport& transport,
                                                                 outcome& out) -> asio::awaitable<void> {
            const auto limits = make_limits();
            for (int i = 0; i < 3; ++i)
            {
                if (i > 0)  // the server's answer, before the counting starts
                    asio::write(out.server->far_ends.at(0), asio::buffer(answer));
                const openai_test::allocation_counter counter;
                auto reader = co_await open_with(transport, out, limits);
                REQUIRE(reader);
                std::size_t read = 0;
                for (bool done = false; !done;)
                {
                    std::string_view bytes;
                    out.ec = co_await reader->read_some(bytes, done, limits.deadline);
                    REQUIRE_FALSE(out.ec);
                    read += bytes.size();
                }
                CHECK(read == body.size());
                if (i > 0)
                    large += counter.large();
            }
        };
        beast::test::fail_count never(std::size_t(-1));
        const auto out = run_with(never, {{answer, false, std::size_t(-1)}}, three_streams);
        CHECK_FALSE(out.ec);
        CHECK(out.connects == 1);
        CHECK(out.idle == 1);
        if (openai_test::allocation_counter::counts())  // not under sanitizers: see allocation_counter.hpp
            CHECK(large == 0);
    }
}
