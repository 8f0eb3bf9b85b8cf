// Streaming over real loopback sockets against the in-process server: chunked and
// Content-Length streams, byte-by-byte delivery, error events, drops, cancellation, timeouts.
#include <openai/openai.hpp>
#include <openai/testing/routes.hpp>
#include <openai/testing/server.hpp>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/bind_cancellation_slot.hpp>
#include <boost/asio/cancellation_signal.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>

#include <doctest/doctest.h>

#include "support/allocation_counter.hpp"
#include "support/run_coroutine.hpp"

#include <chrono>
#include <exception>
#include <fstream>
#include <functional>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#if defined(__SANITIZE_ADDRESS__)
#define OPENAI_TEST_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define OPENAI_TEST_ADDRESS_SANITIZER 1
#endif
#endif
#ifndef OPENAI_TEST_ADDRESS_SANITIZER
#define OPENAI_TEST_ADDRESS_SANITIZER 0
#endif

namespace asio = boost::asio;
namespace testing = openai::testing;
using namespace std::chrono_literals;
using clock_type = std::chrono::steady_clock;

namespace {

constexpr const char* test_key = "sk-stream-test-key-0000";

template <class Awaitable>
void run(asio::io_context& io, Awaitable a)
{
    openai_test::run_coroutine(io, std::move(a));
}

openai::client make_client(asio::io_context& io, const testing::server& server, int max_retries = 0)
{
    return openai::client{io.get_executor(),
                          {.api_key = test_key, .base_url = server.base_url(), .max_retries = max_retries}};
}

openai::chat_completion_create_params story_request(std::string text = "Tell me a story.")
{
    openai::chat_completion_create_params request{
        .model = "gpt-4o-mini",
        .messages = {openai::user_message(std::move(text))},
    };
    return request;
}

std::string chunk_json(std::string_view delta, std::string_view finish_reason = "null")
{
    return R"({"id":"chatcmpl-s1","object":"chat.completion.chunk","created":1700000000,"model":"gpt-4o-mini",)"
           R"("choices":[{"index":0,"delta":)" +
           std::string(delta) + R"(,"finish_reason":)" + std::string(finish_reason) + "}]}";
}

// A recorded stream: role, three content pieces with multi-byte UTF-8, a stop, [DONE].
std::string recorded_stream()
{
    return "data: " + chunk_json(R"({"role":"assistant","content":""})") + "\n\n" +
           ": keep-alive\n\n"
           "data: " +
           chunk_json(R"({"content":"Once upon "})") + "\r\n\r\n" + "data: " + chunk_json(R"({"content":"a tïme "})") +
           "\n\n" + "data: " + chunk_json(R"({"content":"🌍."})") + "\n\n" + "data: " + chunk_json("{}", "\"stop\"") +
           "\n\n" + "data: [DONE]\n\n";
}

testing::response sse_headers()
{
    testing::response r;
    r.headers.set("Content-Type", "text/event-stream");
    r.headers.set("x-request-id", "req_stream_1");
    return r;
}

// Two content chunks, "a" and "b", then [DONE], `interval` apart.
testing::response paced_stream(std::chrono::milliseconds interval)
{
    auto r = sse_headers();
    r.chunks = {"data: " + chunk_json(R"({"content":"a"})") + "\n\n",
                "data: " + chunk_json(R"({"content":"b"})") + "\n\n", "data: [DONE]\n\n"};
    r.chunk_interval = interval;
    return r;
}

// A first chunk "a", then nothing for a minute: meanwhile only a cancellation, a timeout or the
// client's own end completes a read, however slowly the test runs (a read that ignored them
// would get "b" after that minute, and fail the test rather than hang it).
testing::response silent_after_first_chunk()
{
    return paced_stream(std::chrono::minutes(1));
}

// About 2 MB of "x" chunks and [DONE] in one write, a stream that comes faster than it is read;
// `events` receives how many chunks it has.
testing::response two_megabyte_stream(int& events)
{
    auto r = sse_headers();
    const std::string event = "data: " + chunk_json(R"({"content":"x"})") + "\n\n";
    events = static_cast<int>(std::size_t{2} * 1024 * 1024 / event.size());
    std::string all;
    for (int i = 0; i < events; ++i)
        all += event;
    r.chunks = {all + "data: [DONE]\n\n"};
    return r;
}

// Reads a whole chat stream, returning the concatenated content.
asio::awaitable<std::string> read_all(openai::chat_completion_stream& stream, int* chunks = nullptr)
{
    std::string text;
    while (auto chunk = co_await stream.next())
    {
        if (chunks)
            ++*chunks;
        for (const auto& choice : chunk->choices)
            text += choice.delta.content.value_or("");
    }
    co_return text;
}

std::size_t resident_bytes()
{
    std::ifstream statm("/proc/self/statm");
    std::size_t pages = 0, resident = 0;
    statm >> pages >> resident;
    return resident * 4096;
}

}  // namespace

TEST_CASE("a chat stream from the OpenAI-compatible routes: chunks, final completion, usage, request shape")
{
    testing::server server;
    testing::add_openai_routes(server);
    asio::io_context io;
    auto client = make_client(io, server);

    run(io, [&]() -> asio::awaitable<void> {
        auto request = story_request();
        request.stream_options = openai::chat_completion_stream_options_param{.include_usage = true};
        auto stream = co_await client.chat.completions.stream(request);
        CHECK(stream.response().status_code() == 200);
        int chunks = 0;
        std::string text = co_await read_all(stream, &chunks);
        CHECK(text == "You said: Tell me a story.");
        CHECK(chunks > 3);
        CHECK(stream.done());

        openai::chat_completion final = stream.get_final_completion();
        REQUIRE(final.choices.size() == 1);
        CHECK(final.choices[0].message.content == "You said: Tell me a story.");
        CHECK(final.choices[0].finish_reason == "stop");
        CHECK(final.choices[0].message.role == "assistant");
        REQUIRE(final.usage.has_value());
        CHECK(final.usage->total_tokens == final.usage->prompt_tokens + final.usage->completion_tokens);
        CHECK(final.raw_response.status_code() == 200);
        CHECK_FALSE(final.raw_response.request_id().empty());

        // After the end, next() keeps reporting the end.
        CHECK_FALSE((co_await stream.next()).has_value());
    });

    auto log = server.requests();
    REQUIRE(log.size() == 1);
    auto body = boost::json::parse(log[0].body).as_object();
    CHECK(body.at("stream") == true);
    CHECK(body.at("stream_options").at("include_usage") == true);
    CHECK(log[0].headers.find("accept").value_or("") == "text/event-stream");
}

TEST_CASE("create() never asks for a stream, nor sends stream_options, even when the params say so")
{
    testing::server server;
    testing::add_openai_routes(server);
    asio::io_context io;
    auto client = make_client(io, server);
    run(io, [&]() -> asio::awaitable<void> {
        auto request = story_request("hi");
        request.stream = true;
        request.stream_options = openai::chat_completion_stream_options_param{.include_usage = true};
        auto completion = co_await client.chat.completions.create(request);
        CHECK(completion.choices.at(0).message.content == "You said: hi");
    });
    const auto body = boost::json::parse(server.requests().at(0).body).as_object();
    CHECK_FALSE(body.contains("stream"));
    CHECK_FALSE(body.contains("stream_options"));
}

TEST_CASE("the same recorded stream decodes identically chunked, with Content-Length, and one byte per write")
{
    testing::server server;
    const std::string recorded = recorded_stream();

    auto chunked = sse_headers();
    chunked.chunks = {recorded.substr(0, 50), recorded.substr(50, 101), recorded.substr(151)};
    server.enqueue("POST", "/v1/chat/completions", chunked);

    auto sized = sse_headers();
    sized.body = recorded;
    server.enqueue("POST", "/v1/chat/completions", sized);

    auto bytewise = sse_headers();
    for (char c : recorded)
        bytewise.chunks.emplace_back(1, c);
    server.enqueue("POST", "/v1/chat/completions", bytewise);

    asio::io_context io;
    auto client = make_client(io, server);
    run(io, [&]() -> asio::awaitable<void> {
        for (int i = 0; i < 3; ++i)
        {
            CAPTURE(i);
            auto stream = co_await client.chat.completions.stream(story_request());
            int chunks = 0;
            CHECK(co_await read_all(stream, &chunks) == "Once upon a tïme 🌍.");
            CHECK(chunks == 5);
            auto final = stream.get_final_completion();
            CHECK(final.id == "chatcmpl-s1");
            CHECK(final.model == "gpt-4o-mini");
            CHECK(final.created == 1700000000);
            CHECK(final.choices.at(0).finish_reason == "stop");
            CHECK(final.raw_response.request_id() == "req_stream_1");
        }
    });
    // Each finished stream returned its connection to the pool.
    auto log = server.requests();
    REQUIRE(log.size() == 3);
    CHECK(log[0].connection == log[1].connection);
    CHECK(log[1].connection == log[2].connection);
}

TEST_CASE("an error event raises api_stream_error with its message, type and code")
{
    testing::server server;
    auto r = sse_headers();
    r.chunks = {
        "data: " + chunk_json(R"({"role":"assistant","content":"Hel"})") + "\n\n",
        R"(data: {"error":{"message":"The server had an error while processing your request.","type":"server_error","param":null,"code":"internal_error"}})"
        "\n\n"};
    server.enqueue("POST", "/v1/chat/completions", r);

    auto typed = sse_headers();
    typed.chunks = {"event: error\ndata: {\"message\":\"overloaded\",\"type\":\"overloaded_error\"}\n\n"};
    server.enqueue("POST", "/v1/chat/completions", typed);

    asio::io_context io;
    auto client = make_client(io, server);
    run(io, [&]() -> asio::awaitable<void> {
        auto stream = co_await client.chat.completions.stream(story_request());
        auto first = co_await stream.next();
        REQUIRE(first.has_value());
        CHECK(first->choices.at(0).delta.content == "Hel");
        try
        {
            co_await stream.next();
            FAIL("the error event did not raise");
        }
        catch (const openai::api_stream_error& e)
        {
            CHECK(e.message() == "The server had an error while processing your request.");
            CHECK(e.type() == "server_error");
            CHECK(e.code() == "internal_error");
            CHECK(e.request_id() == "req_stream_1");
            CHECK(e.error_code() == openai::errc::stream_error_event);
            CHECK(std::string(e.what()).find("The server had an error") != std::string::npos);
        }
        // The stream stays failed: the next call raises the same error, never a normal end.
        CHECK_THROWS_AS(co_await stream.next(), openai::api_stream_error);
        // What arrived before the error is kept.
        CHECK(stream.current_completion().choices.at(0).message.content == "Hel");

        auto second = co_await client.chat.completions.stream(story_request());
        openai::diagnostics diag;
        auto [ec, chunk] = co_await second.next(diag, asio::as_tuple(asio::use_awaitable));
        CHECK(ec == openai::errc::stream_error_event);
        CHECK_FALSE(chunk.has_value());
        CHECK(diag.message == "overloaded");
        CHECK(diag.type == "overloaded_error");
    });
}

TEST_CASE("a connection dropped before [DONE] raises api_connection_error, never a normal end")
{
    testing::server server;
    const std::string event = "data: " + chunk_json(R"({"content":"partial"})") + "\n\n";

    // Chunked framing cut in the middle of a chunk, then close.
    testing::response cut;
    std::string head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";
    char size[16];
    std::snprintf(size, sizeof size, "%zx\r\n", event.size());
    cut.raw = head + size + event + "\r\n" + "40\r\ndata: {\"choi";
    cut.close = true;
    server.enqueue("POST", "/v1/chat/completions", cut);

    // Content-Length longer than what is sent, then close.
    testing::response short_body;
    short_body.raw = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: 5000\r\n\r\n" + event;
    short_body.close = true;
    server.enqueue("POST", "/v1/chat/completions", short_body);

    // A body delimited by the connection's end, with no [DONE]: indistinguishable from a drop.
    testing::response until_close;
    until_close.raw = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n" + event;
    until_close.close = true;
    server.enqueue("POST", "/v1/chat/completions", until_close);

    asio::io_context io;
    auto client = make_client(io, server);
    run(io, [&]() -> asio::awaitable<void> {
        for (int i = 0; i < 3; ++i)
        {
            CAPTURE(i);
            auto stream = co_await client.chat.completions.stream(story_request());
            auto first = co_await stream.next();
            REQUIRE(first.has_value());
            CHECK(first->choices.at(0).delta.content == "partial");
            bool raised = false;
            try
            {
                co_await stream.next();
            }
            catch (const openai::api_timeout_error&)
            {
                FAIL("a drop is not a timeout");
            }
            catch (const openai::api_connection_error& e)
            {
                raised = true;
                CHECK(std::string(e.what()).find("before") != std::string::npos);
            }
            CHECK(raised);
            CHECK_FALSE(stream.done());
        }
        // The client still works.
        testing::add_openai_routes(server);
        auto ok = co_await client.chat.completions.stream(story_request("again"));
        CHECK(co_await read_all(ok) == "You said: again");
    });
}

TEST_CASE("a complete body without [DONE] ends normally (servers that omit it)")
{
    testing::server server;
    auto r = sse_headers();
    r.chunks = {"data: " + chunk_json(R"({"content":"no done"})") + "\n\n"};
    server.enqueue("POST", "/v1/chat/completions", r);
    asio::io_context io;
    auto client = make_client(io, server);
    run(io, [&]() -> asio::awaitable<void> {
        auto stream = co_await client.chat.completions.stream(story_request());
        CHECK(co_await read_all(stream) == "no done");
        CHECK(stream.done());
    });
}

TEST_CASE("malformed JSON in an event raises api_response_validation_error")
{
    testing::server server;
    auto r = sse_headers();
    r.chunks = {"data: {\"choices\": [\n\n", "data: [DONE]\n\n"};
    server.enqueue("POST", "/v1/chat/completions", r);
    auto mistyped = sse_headers();
    mistyped.chunks = {"data: {\"choices\": 7}\n\n", "data: [DONE]\n\n"};
    server.enqueue("POST", "/v1/chat/completions", mistyped);
    asio::io_context io;
    auto client = make_client(io, server);
    run(io, [&]() -> asio::awaitable<void> {
        for (int i = 0; i < 2; ++i)
        {
            auto stream = co_await client.chat.completions.stream(story_request());
            CHECK_THROWS_AS(co_await stream.next(), openai::api_response_validation_error);
        }
    });
}

TEST_CASE("an HTTP error before the stream starts throws the usual typed errors")
{
    testing::server server;
    server.enqueue(
        "POST", "/v1/chat/completions",
        testing::response::error(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided"));
    server.enqueue(
        "POST", "/v1/chat/completions",
        testing::response::error(429, "insufficient_quota", "insufficient_quota", "You exceeded your quota"));
    auto overloaded = testing::response::error(503, "service_unavailable_error", "server_is_overloaded", "Overloaded");
    overloaded.headers.set("retry-after-ms", "10");
    server.enqueue("POST", "/v1/chat/completions", overloaded);
    server.enqueue("POST", "/v1/chat/completions", overloaded);
    asio::io_context io;
    auto client = make_client(io, server, 1);
    run(io, [&]() -> asio::awaitable<void> {
        CHECK_THROWS_AS(co_await client.chat.completions.stream(story_request()), openai::authentication_error);
        CHECK_THROWS_AS(co_await client.chat.completions.stream(story_request()), openai::quota_exceeded_error);
        // Retried before the stream began: two attempts, then the last error.
        CHECK_THROWS_AS(co_await client.chat.completions.stream(story_request()), openai::internal_server_error);
    });
    CHECK(server.request_count() == 4);
}

TEST_CASE("a 5xx before the stream starts is retried, then the stream is read")
{
    testing::server server;
    auto overloaded = testing::response::error(503, "service_unavailable_error", "server_is_overloaded", "Overloaded");
    overloaded.headers.set("retry-after-ms", "10");
    server.enqueue("POST", "/v1/chat/completions", overloaded);
    auto ok = sse_headers();
    ok.body = recorded_stream();
    server.enqueue("POST", "/v1/chat/completions", ok);
    asio::io_context io;
    auto client = make_client(io, server, 2);
    run(io, [&]() -> asio::awaitable<void> {
        auto stream = co_await client.chat.completions.stream(story_request());
        CHECK(co_await read_all(stream) == "Once upon a tïme 🌍.");
    });
    auto log = server.requests();
    REQUIRE(log.size() == 2);
    CHECK(log[1].headers.find("x-openai-cpp-retry-count").value_or("") == "1");
}

TEST_CASE("cancelling next() closes the connection; the client keeps working")
{
    testing::server server;
    server.enqueue("POST", "/v1/chat/completions", silent_after_first_chunk());
    testing::add_openai_routes(server);

    asio::io_context io;
    auto client = make_client(io, server);
    run(io, [&]() -> asio::awaitable<void> {
        auto stream = co_await client.chat.completions.stream(story_request());
        REQUIRE((co_await stream.next()).has_value());

        asio::cancellation_signal signal;
        asio::steady_timer timer(io, 50ms);
        timer.async_wait([&](auto) { signal.emit(asio::cancellation_type::terminal); });
        auto [ec, chunk] =
            co_await stream.next(asio::bind_cancellation_slot(signal.slot(), asio::as_tuple(asio::use_awaitable)));
        CHECK(ec == asio::error::operation_aborted);
        CHECK_FALSE(chunk.has_value());
        // Cancelled for good: no silent end afterwards either.
        CHECK_THROWS_AS(co_await stream.next(), openai::api_connection_error);

        auto again = co_await client.chat.completions.stream(story_request("after"));
        CHECK(co_await read_all(again) == "You said: after");
    });
    auto log = server.requests();
    REQUIRE(log.size() == 2);
    CHECK(log[0].connection != log[1].connection);  // the half-read connection was not reused
}

TEST_CASE("destroying a stream early closes its connection instead of pooling it")
{
    testing::server server;
    auto slow = sse_headers();
    for (int i = 0; i < 10; ++i)
        slow.chunks.push_back("data: " + chunk_json(R"({"content":"tick "})") + "\n\n");
    slow.chunk_interval = 100ms;
    server.enqueue("POST", "/v1/chat/completions", slow);
    testing::add_openai_routes(server);

    asio::io_context io;
    auto client = make_client(io, server);
    run(io, [&]() -> asio::awaitable<void> {
        {
            auto stream = co_await client.chat.completions.stream(story_request());
            REQUIRE((co_await stream.next()).has_value());
        }
        auto again = co_await client.chat.completions.create(story_request("next"));
        CHECK(again.choices.at(0).message.content == "You said: next");
    });
    auto log = server.requests();
    REQUIRE(log.size() == 2);
    CHECK(log[0].connection != log[1].connection);
}

TEST_CASE("an idle stream times out after stream_idle_timeout, not the whole-request timeout")
{
    testing::server server;
    server.enqueue("POST", "/v1/chat/completions", paced_stream(150ms));
    server.enqueue("POST", "/v1/chat/completions", paced_stream(2000ms));

    asio::io_context io;
    // A whole-request timeout shorter than the stream: it bounds only the wait for the headers.
    openai::client client{io.get_executor(),
                          {.api_key = test_key, .base_url = server.base_url(), .timeout = 200ms, .max_retries = 0}};
    run(io, [&]() -> asio::awaitable<void> {
        auto request = story_request();
        request.options.stream_idle_timeout = 1000ms;
        auto stream = co_await client.chat.completions.stream(request);
        CHECK(co_await read_all(stream) == "ab");  // 300 ms in all, more than `timeout`

        request.options.stream_idle_timeout = 300ms;
        auto stuck = co_await client.chat.completions.stream(request);
        REQUIRE((co_await stuck.next()).has_value());
        const auto start = clock_type::now();
        CHECK_THROWS_AS(co_await stuck.next(), openai::api_timeout_error);
        const auto waited = clock_type::now() - start;
        CHECK(waited >= 290ms);
        CHECK(waited < 1500ms);
    });
}

TEST_CASE("stream_idle_timeout bounds only the waits for data: a consumer may pause between reads")
{
    testing::server server;
    server.enqueue("POST", "/v1/chat/completions", paced_stream(50ms));  // the first read returns "a" alone

    asio::io_context io;
    auto client = make_client(io, server);
    run(io, [&]() -> asio::awaitable<void> {
        auto request = story_request();
        request.options.stream_idle_timeout = 200ms;
        auto stream = co_await client.chat.completions.stream(request);
        auto first = co_await stream.next();
        REQUIRE(first.has_value());
        CHECK(first->choices.at(0).delta.content == "a");
        // Three idle timeouts without reading: the rest waits in the socket, and nothing may
        // time the stream out meanwhile.
        asio::steady_timer pause(io, 600ms);
        co_await pause.async_wait(asio::use_awaitable);
        CHECK(co_await read_all(stream) == "b");
    });
}

TEST_CASE("an open stream that nobody reads holds no work: run() returns")
{
    testing::server server;
    server.enqueue("POST", "/v1/chat/completions", silent_after_first_chunk());

    asio::io_context io;
    auto client = make_client(io, server);  // the default stream_idle_timeout: 10 minutes
    std::optional<openai::chat_completion_stream> stream;
    std::optional<openai::chat_completion_chunk> first;
    client.chat.completions.stream(story_request(), [&](openai::error_code ec, openai::chat_completion_stream s) {
        REQUIRE_FALSE(ec);
        stream.emplace(std::move(s));
        stream->next([&](openai::error_code next_ec, std::optional<openai::chat_completion_chunk> chunk) {
            REQUIRE_FALSE(next_ec);
            first = std::move(chunk);
        });
    });
    io.run_for(30s);
    // stopped(): the context ran out of work, rather than run_for() giving up; a deadline timer
    // left waiting for the unread stream would have kept it running.
    CHECK(io.stopped());
    REQUIRE(first.has_value());
    CHECK(first->choices.at(0).delta.content == "a");
    stream.reset();
}

TEST_CASE("cancelling the coroutine that awaits next() with the default token stops the read")
{
    testing::server server;
    server.enqueue("POST", "/v1/chat/completions", silent_after_first_chunk());

    asio::io_context io;
    auto client = make_client(io, server);
    asio::cancellation_signal signal;
    bool got_first = false, threw = false;
    openai::error_code code;
    asio::co_spawn(
        io,
        [&]() -> asio::awaitable<void> {
            auto stream = co_await client.chat.completions.stream(story_request());
            got_first = (co_await stream.next()).has_value();
            // The read runs in this coroutine (same executor as the client): its cancellation
            // state is the one that must reach the socket.
            asio::steady_timer timer(io, 50ms);
            timer.async_wait([&](auto) { signal.emit(asio::cancellation_type::terminal); });
            try
            {
                co_await stream.next();
            }
            catch (const openai::api_connection_error& e)
            {
                threw = true;
                code = e.error_code();
            }
        },
        asio::bind_cancellation_slot(signal.slot(), asio::detached));
    io.run_for(30s);
    CHECK(got_first);
    CHECK(threw);
    CHECK(code == asio::error::operation_aborted);
}

TEST_CASE("tool-call deltas are assembled by index in the final completion")
{
    testing::server server;
    auto r = sse_headers();
    auto tool_delta = [](std::string_view calls) {
        return "data: " + chunk_json(std::string(R"({"tool_calls":)") + std::string(calls) + "}") + "\n\n";
    };
    r.chunks = {
        "data: " + chunk_json(R"({"role":"assistant","content":null})") + "\n\n",
        tool_delta(R"([{"index":0,"id":"call_a","type":"function","function":{"name":"get_weather","arguments":""}}])"),
        tool_delta(R"([{"index":1,"id":"call_b","type":"function","function":{"name":"get_time","arguments":""}}])"),
        tool_delta(R"([{"index":0,"function":{"arguments":"{\"city\":"}}])"),
        tool_delta(R"([{"index":1,"function":{"arguments":"{\"tz\":\"UTC\"}"}}])"),
        tool_delta(R"([{"index":0,"function":{"arguments":"\"Paris\"}"}}])"),
        "data: " + chunk_json("{}", "\"tool_calls\"") + "\n\n",
        "data: [DONE]\n\n",
    };
    server.enqueue("POST", "/v1/chat/completions", r);
    asio::io_context io;
    auto client = make_client(io, server);
    run(io, [&]() -> asio::awaitable<void> {
        auto stream = co_await client.chat.completions.stream(story_request());
        int chunks = 0;
        CHECK(co_await read_all(stream, &chunks) == "");
        CHECK(chunks == 7);
        auto final = stream.get_final_completion();
        REQUIRE(final.choices.size() == 1);
        CHECK(final.choices[0].finish_reason == "tool_calls");
        const auto& calls = final.choices[0].message.tool_calls;
        REQUIRE(calls.size() == 2);
        CHECK(calls[0].id == "call_a");
        CHECK(calls[0].function.name == "get_weather");
        CHECK(calls[0].function.arguments == R"({"city":"Paris"})");
        CHECK(calls[1].id == "call_b");
        CHECK(calls[1].function.name == "get_time");
        CHECK(calls[1].function.arguments == R"({"tz":"UTC"})");
    });
}

TEST_CASE("a legacy completions stream folds into one completion")
{
    testing::server server;
    testing::add_openai_routes(server);
    asio::io_context io;
    auto client = make_client(io, server);
    run(io, [&]() -> asio::awaitable<void> {
        openai::completion_create_params request{.model = "gpt-3.5-turbo-instruct", .prompt = "Say this"};
        auto stream = co_await client.completions.stream(request);
        std::string text;
        while (auto chunk = co_await stream.next())
            for (const auto& choice : chunk->choices)
                text += choice.text;
        CHECK_FALSE(text.empty());
        auto final = stream.get_final_completion();
        REQUIRE(final.choices.size() == 1);
        CHECK(final.choices[0].text == text);
        CHECK(final.choices[0].finish_reason == "stop");
    });
    CHECK(boost::json::parse(server.requests().at(0).body).at("stream") == true);
}

TEST_CASE("memory stays flat over a stream of 100,000 events")
{
    testing::server server;
    auto r = sse_headers();
    const std::string event = "data: " + chunk_json(R"({"content":""})") + "\n\n";
    // Batches of events per write keep the server fast; the client still parses each event.
    std::string batch;
    for (int i = 0; i < 100; ++i)
        batch += event;
    r.chunks.assign(1000, batch);
    r.chunks.push_back("data: [DONE]\n\n");
    server.enqueue("POST", "/v1/chat/completions", r);

    asio::io_context io;
    auto client = make_client(io, server);
    std::size_t early = 0, late = 0;
    int count = 0;
    run(io, [&]() -> asio::awaitable<void> {
        auto stream = co_await client.chat.completions.stream(story_request());
        while (auto chunk = co_await stream.next())
        {
            ++count;
            if (count == 2000)
                early = resident_bytes();
        }
        late = resident_bytes();
    });
    CHECK(count == 100000);
    // About 15 MB streamed through; the client keeps only the event being read. AddressSanitizer
    // holds freed memory in quarantine, so resident size means nothing under it.
#if !OPENAI_TEST_ADDRESS_SANITIZER
    CHECK(late < early + 4 * 1024 * 1024);
#else
    (void)early;
    (void)late;
#endif
}

TEST_CASE("a stream that arrives faster than it is read is read in larger pieces")
{
    // About 2 MB in one write. Each socket read costs two handlers, its completion and the
    // deadline watchdog's check once the stream is idle (buffered events cost none with the
    // default token): a buffer fixed at 16 KiB would take at least 128 reads, 256 handlers. It
    // grows to 64 KiB while reads fill it: about 40 reads here, fewer when each fills it.
    testing::server server;
    int events = 0;
    server.enqueue("POST", "/v1/chat/completions", two_megabyte_stream(events));

    asio::io_context io;
    auto client = make_client(io, server);
    int count = 0;
    std::exception_ptr failure;
    asio::co_spawn(
        io,
        [&]() -> asio::awaitable<void> {
            auto stream = co_await client.chat.completions.stream(story_request());
            while (co_await stream.next())
                ++count;
        },
        [&](std::exception_ptr e) { failure = e; });
    const std::size_t handlers = io.run();
    if (failure)
        std::rethrow_exception(failure);
    CHECK(count == events);
    INFO("handlers run: " << handlers);
    CHECK(handlers < 200);
}

TEST_CASE("streams read one after another on a kept connection allocate no large buffer")
{
    // Each stream arrives in one write of about 2 MB. The connection's read buffer and body
    // storage grow from 16 to 64 KiB as reads fill them, which depends on the scheduling: during
    // the first stream when it is read slower than it arrives, else during a later one. Either
    // way they grow once, and the connection keeps them: whatever the read sizes, the streams
    // after the first allocate at most the four large buffers of that growth (32 and 64 KiB,
    // each), and nothing else of 16 KiB or more (the parser takes the body a 4 KiB slice at a
    // time). A connection that made either buffer again for each stream would allocate at least
    // once a stream, five times here. (The transport's unit tests, whose reads are all full,
    // see no allocation at all after the first stream.)
    constexpr int later_streams = 5;
    constexpr std::size_t growth = 4;
    testing::server server;
    int events = 0;
    const auto r = two_megabyte_stream(events);
    for (int i = 0; i < 1 + later_streams; ++i)
        server.enqueue("POST", "/v1/chat/completions", r);

    asio::io_context io;
    auto client = make_client(io, server);
    std::size_t large_allocations = 0;
    run(io, [&]() -> asio::awaitable<void> {
        auto first = co_await client.chat.completions.stream(story_request());
        CHECK(co_await read_all(first) == std::string(static_cast<std::size_t>(events), 'x'));
        const openai_test::allocation_counter counter;
        for (int i = 0; i < later_streams; ++i)
        {
            auto stream = co_await client.chat.completions.stream(story_request());
            CHECK(co_await read_all(stream) == std::string(static_cast<std::size_t>(events), 'x'));
        }
        large_allocations = counter.large();
    });
    if (openai_test::allocation_counter::counts())  // not under sanitizers: see allocation_counter.hpp
        CHECK(large_allocations <= growth);
    auto log = server.requests();
    REQUIRE(log.size() == 1 + later_streams);
    for (const auto& request : log)
        CHECK(request.connection == log[0].connection);
}

TEST_CASE("a complete stream keeps its connection until its last bytes are read")
{
    // A's whole body arrives in one read, larger than the slice the parser takes at a time: its
    // connection holds A's unread bytes until A reaches [DONE], so B, opened meanwhile, gets a
    // connection of its own instead of writing over them.
    testing::server server;
    const auto body_of = [](char letter) {
        std::string body;
        for (int i = 0; i < 3; ++i)
            body += "data: " + chunk_json(R"({"content":")" + std::string(3000, letter) + R"("})") + "\n\n";
        return body + "data: [DONE]\n\n";
    };
    auto a = sse_headers();
    a.body = body_of('a');
    auto b = sse_headers();
    b.body = body_of('b');
    server.enqueue("POST", "/v1/chat/completions", a);
    server.enqueue("POST", "/v1/chat/completions", b);
    auto c = sse_headers();
    c.body = "data: [DONE]\n\n";
    server.enqueue("POST", "/v1/chat/completions", c);

    asio::io_context io;
    auto client = make_client(io, server);
    run(io, [&]() -> asio::awaitable<void> {
        auto first = co_await client.chat.completions.stream(story_request());
        auto chunk = co_await first.next();
        REQUIRE(chunk);
        CHECK(chunk->choices.at(0).delta.content == std::string(3000, 'a'));
        auto second = co_await client.chat.completions.stream(story_request());
        CHECK(co_await read_all(second) == std::string(9000, 'b'));
        CHECK(co_await read_all(first) == std::string(6000, 'a'));
        auto third = co_await client.chat.completions.stream(story_request());
        CHECK((co_await read_all(third)).empty());
    });
    auto log = server.requests();
    REQUIRE(log.size() == 3);
    CHECK(log[0].connection != log[1].connection);
    // Both streams returned their connections once read: the third request reused one.
    CHECK((log[2].connection == log[0].connection || log[2].connection == log[1].connection));
}

TEST_CASE("buffered chunks reach a coroutine without a trip through the executor")
{
    // 400 events in one write: most next() calls find their event already buffered. Awaited
    // with the default token or as_tuple(use_awaitable) they complete in the caller; other
    // tokens complete through the executor, one handler per chunk at least.
    testing::server server;
    auto r = sse_headers();
    std::string batch;
    for (int i = 0; i < 400; ++i)
        batch += "data: " + chunk_json(R"({"content":"x"})") + "\n\n";
    r.chunks = {batch + "data: [DONE]\n\n"};
    for (int i = 0; i < 3; ++i)
        server.enqueue("POST", "/v1/chat/completions", r);

    enum class token_kind
    {
        default_token,
        as_tuple,
        redirect_error,
    };
    asio::io_context io;
    auto client = make_client(io, server);
    auto read_with = [&](token_kind kind) {
        std::size_t chunks = 0;
        std::exception_ptr failure;
        asio::co_spawn(
            io,
            [&]() -> asio::awaitable<void> {
                auto stream = co_await client.chat.completions.stream(story_request());
                for (;;)
                {
                    std::optional<openai::chat_completion_chunk> chunk;
                    openai::error_code ec;
                    if (kind == token_kind::default_token)
                        chunk = co_await stream.next();
                    else if (kind == token_kind::as_tuple)
                        std::tie(ec, chunk) = co_await stream.next(asio::as_tuple(asio::use_awaitable));
                    else
                        chunk = co_await stream.next(asio::redirect_error(asio::use_awaitable, ec));
                    REQUIRE_FALSE(ec);
                    if (!chunk)
                        break;
                    chunks += chunk->choices.at(0).delta.content == "x";
                }
                CHECK(stream.get_final_completion().choices.at(0).message.content == std::string(400, 'x'));
            },
            [&](std::exception_ptr e) { failure = e; });
        const std::size_t handlers = io.run();
        io.restart();
        if (failure)
            std::rethrow_exception(failure);
        CHECK(chunks == 400);
        return handlers;
    };
    const std::size_t awaited = read_with(token_kind::default_token);
    const std::size_t as_tuple = read_with(token_kind::as_tuple);
    const std::size_t through_executor = read_with(token_kind::redirect_error);
    INFO("handlers run: default token " << awaited << ", as_tuple " << as_tuple << ", redirect_error "
                                        << through_executor);
    CHECK(through_executor >= 400);
    CHECK(awaited < 100);
    CHECK(as_tuple < 100);
}

TEST_CASE("the streaming contract compiles verbatim and prints the story")
{
    testing::server server;
    testing::add_openai_routes(server);
    asio::io_context io;
    auto client = make_client(io, server);
    std::ostringstream out;
    auto& cout_buffer = *std::cout.rdbuf();
    std::cout.rdbuf(out.rdbuf());
    run(io, [&]() -> asio::awaitable<void> {
        openai::chat_completion_create_params request{
            .model = "gpt-4o-mini",
            .messages = {openai::user_message("Tell me a story.")},
        };
        auto stream = co_await client.chat.completions.stream(request);
        while (auto chunk = co_await stream.next())
        {  // std::optional<openai::chat_completion_chunk>
            for (const auto& choice : chunk->choices)
                std::cout << choice.delta.content.value_or("") << std::flush;
        }
        openai::chat_completion final = stream.get_final_completion();  // everything folded together
        CHECK(final.choices.at(0).message.content == "You said: Tell me a story.");
    });
    std::cout.rdbuf(&cout_buffer);
    CHECK(out.str() == "You said: Tell me a story.");
}

TEST_CASE("a next() started while another is in flight fails with invalid_argument; the first completes")
{
    testing::server server;
    auto r = sse_headers();
    r.body = recorded_stream();  // every event in one read: all but the first next() find theirs buffered
    server.enqueue("POST", "/v1/chat/completions", r);
    auto paced = paced_stream(50ms);  // next() waits for a read
    server.enqueue("POST", "/v1/chat/completions", paced);
    asio::io_context io;
    auto client = make_client(io, server);

    // Callbacks: the second next() is started while the first one's buffered chunk is still
    // on its way to the handler.
    std::optional<openai::chat_completion_stream> stream;
    std::vector<std::string> delivered;
    std::vector<openai::error_code> errors;
    const auto record = [&](openai::error_code ec, std::optional<openai::chat_completion_chunk> chunk) {
        errors.push_back(ec);
        delivered.push_back(chunk ? chunk->choices.at(0).delta.content.value_or("") : "<none>");
    };
    client.chat.completions.stream(story_request(), [&](openai::error_code ec, openai::chat_completion_stream s) {
        REQUIRE_FALSE(ec);
        stream.emplace(std::move(s));
        stream->next([&](openai::error_code first_ec, std::optional<openai::chat_completion_chunk> first) {
            record(first_ec, std::move(first));
            stream->next(record);
            stream->next(record);
        });
    });
    io.run();
    io.restart();
    REQUIRE(errors.size() == 3);
    CHECK_FALSE(errors[0]);
    CHECK(delivered[0].empty());  // the role chunk
    // The second gets its chunk; the third is refused, and its chunk is not decoded over it.
    CHECK_FALSE(errors[1]);
    CHECK(delivered[1] == "Once upon ");
    CHECK(errors[2] == openai::errc::invalid_argument);
    CHECK(delivered[2] == "<none>");
    // The refused next() did not fail the stream: it reads on to the end.
    run(io, [&]() -> asio::awaitable<void> { CHECK(co_await read_all(*stream) == "a tïme 🌍."); });

    // Coroutines: the second next() comes from another coroutine while the first waits for data.
    using namespace asio::experimental::awaitable_operators;
    run(io, [&]() -> asio::awaitable<void> {
        auto s = co_await client.chat.completions.stream(story_request());
        const auto reader = [&]() -> asio::awaitable<std::string> { co_return co_await read_all(s); };
        const auto intruder = [&]() -> asio::awaitable<openai::error_code> {
            auto [ec, chunk] = co_await s.next(asio::as_tuple(asio::use_awaitable));
            CHECK_FALSE(chunk);
            co_return ec;
        };
        // Started in this order, each runs until it waits: the reader's next() is in flight when
        // the intruder's starts.
        auto [text, intruder_ec] = co_await (reader() && intruder());
        CHECK(intruder_ec == openai::errc::invalid_argument);
        CHECK(text == "ab");
    });
}

TEST_CASE("next() with a callback token, chained until the end")
{
    testing::server server;
    testing::add_openai_routes(server);
    asio::io_context io;
    auto client = make_client(io, server);
    std::optional<openai::chat_completion_stream> stream;
    std::string text;
    openai::error_code failure;
    bool ended = false;

    std::function<void(openai::error_code, std::optional<openai::chat_completion_chunk>)> on_chunk =
        [&](openai::error_code ec, std::optional<openai::chat_completion_chunk> chunk) {
            if (ec)
            {
                failure = ec;
                return;
            }
            if (!chunk)
            {
                ended = true;
                return;
            }
            for (const auto& choice : chunk->choices)
                text += choice.delta.content.value_or("");
            stream->next(on_chunk);
        };
    client.chat.completions.stream(story_request("callbacks"),
                                   [&](openai::error_code ec, openai::chat_completion_stream s) {
                                       REQUIRE_FALSE(ec);
                                       stream.emplace(std::move(s));
                                       stream->next(on_chunk);
                                   });
    io.run();
    CHECK_FALSE(failure);
    CHECK(ended);
    CHECK(text == "You said: callbacks");
    CHECK(stream->get_final_completion().choices.at(0).finish_reason == "stop");
}
