// Fault injection over real loopback sockets: the in-process server misbehaves in one way per
// case, and each case checks the exact error class, how many attempts the server saw, how long
// the client waited where that matters, and that the same client works afterwards.
#include <openai/openai.hpp>
#include <openai/testing/server.hpp>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <doctest/doctest.h>

#include "support/run_coroutine.hpp"

#include <chrono>
#include <functional>
#include <string>
#include <typeinfo>

namespace asio = boost::asio;
namespace testing = openai::testing;
using namespace std::chrono_literals;
using clock_type = std::chrono::steady_clock;

namespace {

constexpr const char* test_key = "sk-fault-test-key-0000";

const std::string models_body =
    R"({"object":"list","data":[{"id":"gpt-4o","object":"model","created":1686935002,"owned_by":"openai"}]})";

// One client against one scripted server; `list()` runs client.models.list() to completion.
struct fixture
{
    testing::server server;
    asio::io_context io;
    openai::client client;

    explicit fixture(openai::client_options options = {}) : client(io.get_executor(), with_server(std::move(options)))
    {}

    openai::client_options with_server(openai::client_options options)
    {
        options.api_key = test_key;
        options.base_url = server.base_url();
        return options;
    }

    void list()
    {
        openai_test::run_coroutine(io, [&]() -> asio::awaitable<void> { co_await client.models.list(); });
    }

    // Runs a call that must fail with exactly E (not a class derived from it); returns the
    // time it took.
    template <class E>
    clock_type::duration expect_failure(std::function<void(const E&)> check = {})
    {
        const auto start = clock_type::now();
        try
        {
            list();
            FAIL("the call succeeded");
        }
        catch (const E& e)
        {
            CHECK_MESSAGE(typeid(e) == typeid(E), "thrown: " << typeid(e).name() << ": " << e.what());
            if (check)
                check(e);
        }
        return clock_type::now() - start;
    }

    // The client still works: a normal answer on the same client.
    void works_afterwards()
    {
        server.enqueue("GET", "/v1/models", testing::response::json(200, models_body));
        const auto before = server.request_count();
        CHECK_NOTHROW(list());
        CHECK(server.request_count() == before + 1);
    }

    void enqueue(testing::response r, int times = 1)
    {
        for (int i = 0; i < times; ++i)
            server.enqueue("GET", "/v1/models", r);
    }
};

testing::response raw(std::string bytes)
{
    testing::response r;
    r.raw = std::move(bytes);
    r.close = true;
    return r;
}

testing::response fast_retry(testing::response r)
{
    r.headers.set("retry-after-ms", "10");
    return r;
}

}  // namespace

TEST_CASE("connection refused: api_connection_error after the retries' backoff")
{
    // A port that was free a moment ago: nothing listens there.
    unsigned short port = 0;
    {
        asio::io_context probe;
        asio::ip::tcp::acceptor a(probe, {asio::ip::make_address("127.0.0.1"), 0});
        port = a.local_endpoint().port();
    }
    asio::io_context io;
    openai::client client{
        io.get_executor(),
        {.api_key = test_key, .base_url = "http://127.0.0.1:" + std::to_string(port) + "/v1", .max_retries = 1}};
    const auto start = clock_type::now();
    std::exception_ptr failure;
    asio::co_spawn(
        io, [&]() -> asio::awaitable<void> { co_await client.models.list(); },
        [&](std::exception_ptr e) { failure = e; });
    io.run();
    REQUIRE(failure);
    CHECK_THROWS_AS(std::rethrow_exception(failure), openai::api_connection_error);
    // One retry after the first backoff step (0.375 s to 0.5 s).
    CHECK(clock_type::now() - start >= 370ms);
    CHECK(clock_type::now() - start < 3s);
}

TEST_CASE("reset before the response: retried, then api_connection_error")
{
    fixture f({.max_retries = 1});
    testing::response reset;
    reset.reset = true;
    f.enqueue(reset, 2);
    auto waited = f.expect_failure<openai::api_connection_error>();
    CHECK(f.server.request_count() == 2);
    CHECK(waited >= 370ms);  // backoff between the two attempts
    f.works_afterwards();
}

TEST_CASE("a reset in the middle of the headers or of the body: api_connection_error")
{
    const std::string partial_headers = "HTTP/1.1 200 OK\r\nContent-Type: application/js";
    const std::string partial_body =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(models_body.size()) +
        "\r\n\r\n" + models_body.substr(0, 30);
    for (const std::string& bytes : {partial_headers, partial_body})
    {
        CAPTURE(bytes);
        fixture f({.max_retries = 1});
        testing::response r = raw(bytes);
        r.close = false;
        r.reset = true;
        f.enqueue(r, 2);
        f.expect_failure<openai::api_connection_error>();
        CHECK(f.server.request_count() == 2);  // connection errors are retried
        f.works_afterwards();
    }
}

TEST_CASE("close inside the headers, inside the body, truncated chunked, short Content-Length")
{
    const std::string head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    const char* names[] = {"in the headers", "in the body", "truncated chunked body", "Content-Length too long"};
    const std::string answers[] = {
        "HTTP/1.1 200 OK\r\nContent-Ty",
        head + "Content-Length: " + std::to_string(models_body.size()) + "\r\n\r\n" + models_body.substr(0, 20),
        head + "Transfer-Encoding: chunked\r\n\r\n10\r\n{\"object\":\"list\"\r\n",
        head + "Content-Length: 5000\r\n\r\n" + models_body,
    };
    for (int i = 0; i < 4; ++i)
    {
        CAPTURE(names[i]);
        fixture f({.max_retries = 0});
        f.enqueue(raw(answers[i]));
        f.expect_failure<openai::api_connection_error>();
        CHECK(f.server.request_count() == 1);
        f.works_afterwards();
    }
}

TEST_CASE("malformed JSON and an empty body on a 200 are validation errors, not retried")
{
    for (std::string body : {std::string(R"({"object":"list","data":[)"), std::string()})
    {
        CAPTURE(body);
        fixture f({.max_retries = 2});
        f.enqueue(testing::response::json(200, body));
        f.expect_failure<openai::api_response_validation_error>([&](const auto& e) {
            CHECK(e.status_code() == 200);
            CHECK(e.body() == body);
        });
        CHECK(f.server.request_count() == 1);
        f.works_afterwards();
    }
}

TEST_CASE("an HTML 502 page maps by status, with an excerpt, and is retried")
{
    fixture f({.max_retries = 1});
    testing::response html;
    html.status = 502;
    html.headers.set("Content-Type", "text/html");
    html.body = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";
    f.enqueue(fast_retry(html), 2);
    f.expect_failure<openai::internal_server_error>([](const openai::internal_server_error& e) {
        CHECK(e.status_code() == 502);
        CHECK(e.message().find("502 Bad Gateway") != std::string::npos);
    });
    CHECK(f.server.request_count() == 2);
    f.works_afterwards();
}

TEST_CASE("garbage bytes instead of HTTP: api_connection_error")
{
    fixture f({.max_retries = 0});
    f.enqueue(raw("SSH-2.0-OpenSSH_9.2\r\n\x01\x02\x03 not http at all\r\n\r\n"));
    f.expect_failure<openai::api_connection_error>();
    CHECK(f.server.request_count() == 1);
    f.works_afterwards();
}

TEST_CASE("429 with retry-after: 1 waits a second, then succeeds")
{
    fixture f({.max_retries = 2});
    auto limited = testing::response::error(429, "requests", "rate_limit_exceeded", "Rate limit reached");
    limited.headers.set("retry-after", "1");
    f.enqueue(limited);
    f.enqueue(testing::response::json(200, models_body));
    const auto start = clock_type::now();
    CHECK_NOTHROW(f.list());
    const auto waited = clock_type::now() - start;
    CHECK(f.server.request_count() == 2);
    CHECK(waited >= 990ms);
    CHECK(waited < 2500ms);
}

TEST_CASE("429 with retry-after-ms waits that long, not the default backoff")
{
    fixture f({.max_retries = 2});
    auto limited = testing::response::error(429, "tokens", "rate_limit_exceeded", "Rate limit reached");
    limited.headers.set("retry-after-ms", "60");
    f.enqueue(limited);
    f.enqueue(testing::response::json(200, models_body));
    const auto start = clock_type::now();
    CHECK_NOTHROW(f.list());
    const auto waited = clock_type::now() - start;
    CHECK(f.server.request_count() == 2);
    CHECK(waited >= 59ms);
    CHECK(waited < 350ms);  // the default first backoff is at least 375 ms
    auto log = f.server.requests();
    CHECK(log[1].headers.find("x-openai-cpp-retry-count").value_or("") == "1");
}

TEST_CASE("429 insufficient_quota: quota_exceeded_error after exactly one attempt")
{
    fixture f({.max_retries = 5});
    f.enqueue(fast_retry(testing::response::error(
                  429, "insufficient_quota", "insufficient_quota",
                  "You exceeded your current quota, please check your plan and billing details.")),
              3);
    f.expect_failure<openai::quota_exceeded_error>([](const auto& e) {
        CHECK(e.status_code() == 429);
        CHECK(e.code() == "insufficient_quota");
    });
    CHECK(f.server.request_count() == 1);
}

TEST_CASE("500, 500, 200: succeeds on the third attempt")
{
    fixture f({.max_retries = 2});
    f.enqueue(fast_retry(testing::response::error(500, "server_error", "", "The server had an error")), 2);
    f.enqueue(testing::response::json(200, models_body));
    CHECK_NOTHROW(f.list());
    CHECK(f.server.request_count() == 3);
}

TEST_CASE("retries run out: the last attempt's error is raised")
{
    fixture f({.max_retries = 2});
    f.enqueue(fast_retry(testing::response::error(500, "server_error", "first", "first")));
    f.enqueue(fast_retry(testing::response::error(502, "server_error", "second", "second")));
    f.enqueue(fast_retry(testing::response::error(503, "service_unavailable_error", "server_is_overloaded", "third")));
    f.expect_failure<openai::internal_server_error>([](const auto& e) {
        CHECK(e.status_code() == 503);
        CHECK(e.code() == "server_is_overloaded");
        CHECK(e.message() == "third");
    });
    CHECK(f.server.request_count() == 3);
    f.works_afterwards();
}

TEST_CASE("x-should-retry: false on a 500 stops at one attempt; true on a 400 retries")
{
    fixture f({.max_retries = 2});
    auto no = testing::response::error(500, "server_error", "", "do not retry");
    no.headers.set("x-should-retry", "false");
    f.enqueue(no);
    f.expect_failure<openai::internal_server_error>();
    CHECK(f.server.request_count() == 1);

    auto yes = fast_retry(testing::response::error(400, "invalid_request_error", "", "retry me"));
    yes.headers.set("x-should-retry", "true");
    f.enqueue(yes);
    f.enqueue(testing::response::json(200, models_body));
    CHECK_NOTHROW(f.list());
    CHECK(f.server.request_count() == 3);
}

TEST_CASE("401 and 404 model_not_found are not retried")
{
    fixture f({.max_retries = 2});
    f.enqueue(testing::response::error(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided"));
    f.expect_failure<openai::authentication_error>([](const auto& e) { CHECK(e.code() == "invalid_api_key"); });
    CHECK(f.server.request_count() == 1);

    f.enqueue(testing::response::error(404, "invalid_request_error", "model_not_found",
                                       "The model `gpt-9` does not exist or you do not have access to it.", "model"));
    f.expect_failure<openai::model_not_found_error>([](const auto& e) { CHECK(e.param() == "model"); });
    CHECK(f.server.request_count() == 2);
    f.works_afterwards();
}

TEST_CASE("headers that never come, and a body that trickles forever, time out")
{
    fixture f({.timeout = 300ms, .max_retries = 0});
    testing::response stall;
    stall.stall = true;
    f.enqueue(stall);
    auto waited = f.expect_failure<openai::api_timeout_error>();
    CHECK(waited >= 290ms);
    CHECK(waited < 1500ms);

    testing::response trickle;
    trickle.headers.set("Content-Type", "application/json");
    trickle.chunks.assign(100, " ");
    trickle.chunk_interval = 50ms;
    f.enqueue(trickle);
    waited = f.expect_failure<openai::api_timeout_error>();
    CHECK(waited >= 290ms);
    CHECK(waited < 1500ms);
    f.works_afterwards();
}

TEST_CASE("total_timeout bounds all attempts together")
{
    fixture f({.timeout = 10s, .max_retries = 5, .total_timeout = 700ms});
    auto slow_error = fast_retry(testing::response::error(500, "server_error", "", "slow"));
    slow_error.delay = 300ms;
    f.enqueue(slow_error, 6);
    auto waited = f.expect_failure<openai::api_timeout_error>();
    CHECK(waited >= 690ms);
    CHECK(waited < 1500ms);
    CHECK(f.server.request_count() < 6);
}

TEST_CASE("an oversized body fails with response_too_large")
{
    fixture f({.max_retries = 2, .max_response_bytes = 4096});
    f.enqueue(testing::response::json(200, R"({"object":"list","data":[],"pad":")" + std::string(10000, 'x') + "\"}"));
    f.expect_failure<openai::error>([](const auto& e) { CHECK(e.error_code() == openai::errc::response_too_large); });
    CHECK(f.server.request_count() == 1);
    f.works_afterwards();
}

TEST_CASE("a keep-alive connection closed by the server between two requests is replaced")
{
    fixture f({.max_retries = 0});
    // Answers as if keep-alive, then hangs up.
    f.enqueue(raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                  std::to_string(models_body.size()) + "\r\n\r\n" + models_body));
    CHECK_NOTHROW(f.list());
    f.enqueue(testing::response::json(200, models_body));
    CHECK_NOTHROW(f.list());
    auto log = f.server.requests();
    REQUIRE(log.size() == 2);
    CHECK(log[0].connection != log[1].connection);
}

TEST_CASE("cancellation while waiting to retry ends the call at once; the client stays usable")
{
    fixture f({.max_retries = 3});
    auto limited = testing::response::error(429, "requests", "rate_limit_exceeded", "Rate limit reached");
    limited.headers.set("retry-after", "30");  // a long pause before the next attempt
    f.enqueue(limited);

    const auto start = clock_type::now();
    std::exception_ptr failure;
    asio::co_spawn(
        f.io,
        [&]() -> asio::awaitable<void> {
            using namespace asio::experimental::awaitable_operators;
            asio::steady_timer timer(f.io, 200ms);
            // Whichever finishes first cancels the other: the timer, 200 ms into the 30 s pause.
            auto result = co_await (f.client.models.list() || timer.async_wait(asio::use_awaitable));
            CHECK(result.index() == 1);
        },
        [&](std::exception_ptr e) { failure = e; });
    f.io.run();
    f.io.restart();
    CHECK_FALSE(failure);
    CHECK(clock_type::now() - start < 2s);
    CHECK(f.server.request_count() == 1);
    f.works_afterwards();
}
